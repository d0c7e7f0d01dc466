/**
 * Opening the workshops database, with every failure turned into a French `StorageError`:
 * IndexedDB missing, a database written by a newer version of the atlas, a store missing from a
 * database that another app or a damaged profile left behind.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPObjectStore } from 'idb';
import type { StoredProblem } from './conflict';
import { checkStoredRecords, type CheckedRecords } from './stored-record';
import {
	errorName,
	indexedDbAvailable,
	STORAGE_UNAVAILABLE,
	StorageError,
	storageErrorMessage
} from './storage-errors';
import type { CustomEntry, TaxonomyKind } from './taxonomy-custom';
import type { BuildEntry } from './journal-entries';
import { ENTRY_PREFIX, entryKey, entryParts, extendJournal } from './journal';

/**
 * The database as this version writes it. `derived` (version 2) holds what is computed from the
 * problems and kept to save reading them all again: the store's generation, a number every
 * problems transaction raises, the engine's tables built at one generation (`engine-copy.ts`)
 * and the journal of what was written since (`journal.ts`). It is never user data: losing it only
 * costs a full read.
 */
export interface AtlasDB extends DBSchema {
	problems: { key: string; value: StoredProblem };
	taxonomy: { key: [TaxonomyKind, string]; value: CustomEntry };
	derived: { key: string; value: unknown };
}

/** The app's database name. */
export const DB_NAME = 'atlas-des-besoins-ateliers';
const DB_VERSION = 2;
/** The object stores of the user's data. */
export const STORE_NAMES = ['problems', 'taxonomy'] as const;
/** The store of data computed from the problems (not the user's: never reported missing). */
export const DERIVED = 'derived';
/** Key of the generation in `derived`. */
export const GENERATION_KEY = 'generation';
/** Key of the kept copy of the engine's tables in `derived` (`engine-copy.ts`). */
export const COPY_KEY = 'engine-tables';
/** Key of the head of the journal of what was written since that copy was kept (`journal.ts`). */
export const JOURNAL_KEY = 'engine-tables-journal';
/** One of the object stores. */
export type StoreName = (typeof STORE_NAMES)[number];

/** An open database and the stores it lacks (each read as empty, each write refused). */
export interface OpenedDb {
	db: IDBPDatabase<AtlasDB>;
	missing: StoreName[];
	/**
	 * Set by the store: told, in French, when the connection is threatened or lost: another page
	 * asks to delete or upgrade the database (`blocking`), or the browser closed it (site data
	 * cleared: `terminated`).
	 */
	interrupted: { listener: ((notice: string) => void) | null };
}

/** Another page asks to delete or upgrade the database while this one holds it open. */
export const STORAGE_THREATENED =
	'Une autre page de ce navigateur demande d’effacer ou de remplacer le stockage des problématiques. Exportez vos problématiques maintenant (« Exporter », JSON) : si cet effacement a lieu, elles ne seront plus là au prochain chargement de la page. Vous pourrez alors importer ce fichier pour les retrouver.';

/** A newer atlas, in another tab, waits to upgrade the database this page holds open. */
export const STORAGE_UPGRADING =
	'Une version plus récente de l’atlas est ouverte dans un autre onglet : elle attend cette page pour mettre à jour le stockage. Rechargez cette page pour continuer ; les problématiques enregistrées sont gardées.';

/** The browser closed the database (site data cleared, disk error). */
export const STORAGE_CLOSED =
	'Le navigateur a fermé le stockage des problématiques (données du site effacées ?) : ce que vous enregistrez maintenant ne l’est plus. Exportez les problématiques affichées (« Exporter », JSON) avant de recharger la page, puis importez ce fichier si elles n’y sont plus.';

/** The French notice for missing stores ('' when none). */
export function missingStoresNotice(missing: readonly StoreName[]): string {
	if (!missing.length) return '';
	const what = missing
		.map((s) => (s === 'problems' ? 'les problématiques' : 'les sujets, publics et thèmes ajoutés'))
		.join(' et ');
	return `Le stockage de ce navigateur est incomplet : la partie qui garde ${what} est absente (base créée par une autre application ou endommagée). Ce qui reste est lisible, mais ne peut pas y être enregistré. Pour réparer : exportez vos problématiques (JSON), effacez les données de ce site dans les réglages du navigateur, rechargez la page puis importez la sauvegarde.`;
}

/** An older version of the atlas, open in another tab, holds the database at its version. */
export const UPGRADE_BLOCKED =
	'Une version plus ancienne de l’atlas est ouverte dans un autre onglet ou une autre fenêtre, et elle empêche cette version de mettre à jour le stockage. Fermez ou rechargez les autres onglets de l’atlas, puis rechargez cette page : rien de ce qui est enregistré n’est perdu.';

/** An opening that neither succeeds nor fails (waiting behind a blocked one), in French. */
export const STORAGE_STALLED =
	'Le stockage du navigateur ne répond pas : une version plus ancienne de l’atlas, ouverte dans un autre onglet ou une autre fenêtre, le bloque sans doute. Fermez ou rechargez les autres onglets de l’atlas, puis rechargez cette page : rien de ce qui est enregistré n’est perdu.';
/** How long an opening may wait before it is reported as stalled. */
const OPEN_STALL_MS = 8000;

/** The error thrown by a write into a missing store. */
export function missingStoreError(store: StoreName): StorageError {
	return new StorageError(missingStoresNotice([store]), 'NotFoundError');
}

/** Opens (creating on first use) the database; never throws anything but a `StorageError`. */
export async function openAtlasDb(name: string = DB_NAME): Promise<OpenedDb> {
	if (!indexedDbAvailable()) throw new StorageError(STORAGE_UNAVAILABLE, 'unavailable');
	try {
		let refused = false;
		let refuse = (_: StorageError) => {};
		const refusal = new Promise<never>((_, reject) => {
			refuse = (error) => {
				refused = true;
				reject(error);
			};
		});
		// Only the first of several waiting openings hears `blocked`; the others just wait (a
		// page's worker behind the page's own blocked opening): they give up after a while.
		const stall = setTimeout(
			() => refuse(new StorageError(STORAGE_STALLED, 'blocked')),
			OPEN_STALL_MS
		);
		const interrupted: OpenedDb['interrupted'] = { listener: null };
		const opening = openDB<AtlasDB>(name, DB_VERSION, {
			upgrade(database, oldVersion) {
				// The user's stores only in a new database: a store missing from an existing one is
				// reported (`missingStoresNotice`), not silently replaced by an empty one.
				if (oldVersion < 1)
					for (const store of STORE_NAMES)
						database.createObjectStore(
							store,
							store === 'problems' ? { keyPath: 'id' } : { keyPath: ['kind', 'id'] }
						);
				if (oldVersion < 2 && !database.objectStoreNames.contains(DERIVED))
					database.createObjectStore(DERIVED);
			},
			blocked: () => refuse(new StorageError(UPGRADE_BLOCKED, 'blocked')),
			// The connection is kept: closing it would let the deletion happen at once. The page
			// says so, so that its problems are exported first.
			// `blockedVersion` is null for a deletion, a number for a newer atlas's upgrade.
			blocking: (_current, blockedVersion) =>
				interrupted.listener?.(blockedVersion === null ? STORAGE_THREATENED : STORAGE_UPGRADING),
			terminated: () => interrupted.listener?.(STORAGE_CLOSED)
		});
		// Once the other tabs are gone the opening completes: that late connection is not used.
		void opening.then((late) => refused && late.close()).catch(() => {});
		const db = await Promise.race([opening, refusal]).finally(() => clearTimeout(stall));
		const missing = STORE_NAMES.filter((s) => !db.objectStoreNames.contains(s));
		return { db, missing, interrupted };
	} catch (e) {
		throw new StorageError(storageErrorMessage(e, 'open'), errorNameOf(e));
	}
}

/** Runs a write; any failure becomes a French `StorageError` (nothing half-written is kept). */
export async function guardWrite<T>(run: () => Promise<T>): Promise<T> {
	try {
		return await run();
	} catch (e) {
		throw new StorageError(storageErrorMessage(e, 'write'), errorNameOf(e));
	}
}

/** The error name of a DOMException (or '' for anything else). */
export function errorNameOf(e: unknown): string {
	return e instanceof StorageError ? e.reason : errorName(e);
}

/** The open database. */
export type Db = IDBPDatabase<AtlasDB>;
type Scope = ('problems' | typeof DERIVED)[];
type ProblemsStore = IDBPObjectStore<AtlasDB, Scope, 'problems', 'readwrite'>;

/**
 * A readwrite transaction on the problems store. Records are written and deleted only through
 * `put` and `delete`, which note them for the journal of the kept copy (`journal.ts`); `commit`
 * writes their journal entries and resolves once everything is written (rejects if anything
 * failed).
 */
export interface ProblemsTx {
	/** The problems store, to read in this transaction. */
	store: Pick<ProblemsStore, 'get' | 'getAll' | 'getAllKeys' | 'count'>;
	put(record: StoredProblem): Promise<unknown>;
	delete(id: string): Promise<unknown>;
	commit(): Promise<void>;
}

/** The journal entries' keys, all of them. */
export const entryRange = (): IDBKeyRange =>
	IDBKeyRange.bound(ENTRY_PREFIX, `${ENTRY_PREFIX}\uffff`);

/** Drops the kept copy and its whole journal, in `derived` (a transaction's own store). */
export function dropJournal(derived: {
	delete(key: string | IDBKeyRange): Promise<unknown>;
}): Promise<unknown> {
	return Promise.all([COPY_KEY, JOURNAL_KEY, entryRange()].map((key) => derived.delete(key)));
}

/**
 * Opens a readwrite transaction on the problems store that also raises the store's generation
 * and, at `commit`, extends the journal of the kept copy of the engine's tables with what it
 * wrote (`build` makes the entries), or drops the copy when the journal cannot be extended or
 * no `build` is given; all in the same transaction, so all are written or none
 * (`engine-copy.ts`). Every problems write goes here.
 */
export function problemsTx(db: Db, build?: BuildEntry): ProblemsTx {
	const derived = db.objectStoreNames.contains(DERIVED);
	const tx = db.transaction(derived ? ['problems', DERIVED] : ['problems'], 'readwrite');
	const store = tx.objectStore('problems');
	const written = new Map<string, StoredProblem>();
	const deleted = new Set<string>();
	let journal = async () => {};
	if (derived) {
		const kept = tx.objectStore(DERIVED);
		// A failed raise aborts the transaction: the caller hears it through `commit`.
		const raised = kept.get(GENERATION_KEY).then((n) => {
			const generation = storedGeneration(n) + 1;
			void kept.put(generation, GENERATION_KEY).catch(() => {});
			return generation;
		});
		const before = kept.get(JOURNAL_KEY);
		raised.catch(() => {});
		before.catch(() => {});
		journal = async () => {
			// Asked after every write of the transaction: the count is the one they leave.
			const [generation, stored, records] = await Promise.all([raised, before, store.count()]);
			const parts = entryParts([...written.values()], [...deleted]);
			const touched = [...written.keys(), ...deleted];
			const head = build && extendJournal(stored, generation, touched, records, parts.length);
			// The copy is out of date from now on: dropped with its journal, it frees its room
			// (about 32 MB for 100 000 problems).
			if (!head) return void dropJournal(kept).catch(() => {});
			try {
				// One entry at a time, each built once the one before is written: short tasks.
				for (const [k, part] of parts.entries())
					await kept.put(build(generation, part.records, part.removed), entryKey(generation, k));
				// The head last: an entry missing leaves the chain broken, never a copy too old.
				await kept.put(head, JOURNAL_KEY);
			} catch {
				// An entry that could not be built (a failed write aborts the whole transaction).
				void dropJournal(kept).catch(() => {});
			}
		};
	}
	return {
		store,
		put(record) {
			deleted.delete(record.id);
			written.set(record.id, record);
			return store.put(record);
		},
		delete(id) {
			written.delete(id);
			deleted.add(id);
			return store.delete(id);
		},
		async commit() {
			// A transaction already failed: the journal is not written, `done` says why.
			await journal().catch(() => {});
			await tx.done;
		}
	};
}

/**
 * The largest generation read as such: the journal's rows carry the generation as a 32-bit
 * integer (`seq`), which the one after it must still fit.
 */
const MAX_GENERATION = 2 ** 31 - 2;

/** The generation `derived` holds (0 when none, damaged, or past `MAX_GENERATION`). */
export const storedGeneration = (stored: unknown): number =>
	Number.isInteger(stored) && (stored as number) >= 0 && (stored as number) <= MAX_GENERATION
		? (stored as number)
		: 0;

/** Every record of the problems store, checked (read inside `tx` when given). */
export async function readChecked(db: Db, tx?: ProblemsTx): Promise<CheckedRecords> {
	const store = tx?.store ?? db.transaction('problems').store;
	const [raws, keys] = await Promise.all([store.getAll(), store.getAllKeys()]);
	return checkStoredRecords(raws, keys);
}
