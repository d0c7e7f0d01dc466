/**
 * Imported datasets in the browser's IndexedDB (a database of their own). Every record read is
 * checked; one that fails is left where it is and reported. A new dataset never overwrites one
 * of the same id (another tab may have written it): replacing is a separate, explicit call.
 */
import { openDB, type IDBPDatabase } from 'idb';
import { errorName, indexedDbAvailable } from '$lib/features/workshops/storage-errors';
import type { StoredDataset } from './model';
import { checkDataset } from './schema';

/** What reading the store gives: usable datasets, and the records that failed the check. */
export interface DatasetReading {
	datasets: StoredDataset[];
	damaged: { key: string; reason: string }[];
}

/** The calls the app makes on the store (IndexedDB in the browser, a map in unit tests). */
export interface DatasetStore {
	read(): Promise<DatasetReading>;
	/** Adds a dataset; refuses (DatasetStoreError) when its id is taken. */
	add(ds: StoredDataset): Promise<void>;
	/** Replaces the dataset of the same id (explicit user request). */
	replace(ds: StoredDataset): Promise<void>;
	remove(id: string): Promise<void>;
}

/** A storage failure, its message already in French and saying what to do. */
export class DatasetStoreError extends Error {
	override name = 'DatasetStoreError';
}

const DB_NAME = 'atlas-des-besoins-jeux';
const STORE = 'datasets';

/** The French message of a storage failure: what was not done, and what to do. */
export function datasetStoreMessage(e: unknown): string {
	if (e instanceof DatasetStoreError) return e.message;
	if (errorName(e) === 'QuotaExceededError')
		return 'Le disque est plein (ou la place accordée à ce site est épuisée) : le jeu de données n’a pas été enregistré, et rien de ce qui était enregistré n’est perdu. Libérez de la place, puis importez de nouveau le fichier.';
	const detail = e instanceof Error && e.message ? ` (détail technique : ${e.message})` : '';
	return `Le stockage du navigateur a refusé l’opération : le jeu de données n’a pas été enregistré. Rechargez la page puis recommencez.${detail}`;
}

/** Reads every record through the check (pure, shared by the stores). */
export function checkRecords(records: { key: string; value: unknown }[]): DatasetReading {
	const out: DatasetReading = { datasets: [], damaged: [] };
	for (const r of records) {
		const c = checkDataset(r.value);
		if (c.ok && c.dataset.id === r.key) out.datasets.push(c.dataset);
		else out.damaged.push({ key: r.key, reason: c.ok ? 'identifiant incohérent' : c.reason });
	}
	out.datasets.sort((a, b) => a.importedAt.localeCompare(b.importedAt));
	return out;
}

const taken = (id: string) =>
	new DatasetStoreError(
		`Un jeu de données « ${id} » est déjà enregistré dans ce navigateur (peut-être depuis un autre onglet). Rechargez la page pour le voir, ou choisissez « Remplacer ».`
	);

/** The browser's store; opening fails with a French DatasetStoreError. */
export function browserDatasetStore(): DatasetStore {
	let db: Promise<IDBPDatabase> | null = null;
	const open = () => {
		if (!indexedDbAvailable())
			throw new DatasetStoreError(
				'Le stockage du navigateur (IndexedDB) n’est pas disponible (navigation privée ?) : les jeux de données importés ne peuvent pas être gardés. Ouvrez l’atlas dans une fenêtre normale.'
			);
		db ??= openDB(DB_NAME, 1, {
			upgrade(d) {
				if (!d.objectStoreNames.contains(STORE)) d.createObjectStore(STORE);
			}
		});
		return db;
	};
	return {
		async read() {
			const d = await open();
			if (!d.objectStoreNames.contains(STORE)) return { datasets: [], damaged: [] };
			const tx = d.transaction(STORE);
			const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
			return checkRecords(keys.map((k, i) => ({ key: String(k), value: values[i] })));
		},
		async add(ds) {
			const tx = (await open()).transaction(STORE, 'readwrite');
			if ((await tx.store.getKey(ds.id)) !== undefined) {
				tx.done.catch(() => undefined);
				tx.abort();
				throw taken(ds.id);
			}
			await tx.store.add(ds, ds.id);
			await tx.done;
		},
		async replace(ds) {
			const tx = (await open()).transaction(STORE, 'readwrite');
			await tx.store.put(ds, ds.id);
			await tx.done;
		},
		async remove(id) {
			const tx = (await open()).transaction(STORE, 'readwrite');
			await tx.store.delete(id);
			await tx.done;
		}
	};
}

/** An in-memory store with the same rules (unit tests). */
export function memoryDatasetStore(initial: Record<string, unknown> = {}): DatasetStore {
	const records = new Map(Object.entries(initial));
	return {
		async read() {
			return checkRecords([...records].map(([key, value]) => ({ key, value })));
		},
		async add(ds) {
			if (records.has(ds.id)) throw taken(ds.id);
			records.set(ds.id, structuredClone(ds));
		},
		async replace(ds) {
			records.set(ds.id, structuredClone(ds));
		},
		async remove(id) {
			records.delete(id);
		}
	};
}
