/**
 * The user's imported datasets in the app core: read once from the browser's store, put into the
 * engine, and their indicators added to the catalogue registry with their values in the snapshot,
 * so every page shows them like built-in ones. Nothing here is loaded while no dataset is stored.
 */
import type { AtlasData } from '$lib/data/static-data';
import type { Engine } from '$lib/data/duckdb';
import type { StoredDataset } from '$lib/features/datasets/model';
import type { DatasetStore } from '$lib/features/datasets/store';
import type { CatalogueRegistry } from './catalogue-registry.svelte';

/** How the service reaches the store, the engine and the data (the core's, or fakes in tests). */
export interface DatasetsHost {
	store(): Promise<DatasetStore>;
	engine(): Promise<Engine>;
	data(): Promise<AtlasData>;
	catalogue: CatalogueRegistry;
}

const browserStore = async () =>
	(await import('$lib/features/datasets/store')).browserDatasetStore();

/** See the module comment. */
export class UserDatasets {
	list = $state.raw<StoredDataset[]>([]);
	/** Records of the store that failed the check: kept, unused, reported. */
	damaged = $state.raw<{ key: string; reason: string }[]>([]);
	/** Why the datasets could not be read or shown, in French ('' when all is well). */
	error = $state('');
	#read: Promise<StoredDataset[]> | null = null;
	#installed = new WeakMap<Engine, Set<string>>();

	constructor(private readonly host: DatasetsHost) {}

	/** Reads the store once (a failure is reported, and the atlas goes on without datasets). */
	read(): Promise<StoredDataset[]> {
		this.#read ??= this.host
			.store()
			.then((s) => s.read())
			.then((r) => {
				this.list = r.datasets;
				this.damaged = r.damaged;
				return r.datasets;
			})
			.catch(async (e: unknown) => {
				const { datasetStoreMessage } = await import('$lib/features/datasets/store');
				this.error = `Vos jeux de données importés n'ont pas pu être lus : ${datasetStoreMessage(e)}`;
				return [];
			});
		return this.#read;
	}

	/** Puts every stored dataset into a freshly started engine. */
	async installAll(engine: Engine): Promise<void> {
		for (const ds of await this.read()) await this.#install(engine, ds);
	}

	async #install(engine: Engine, ds: StoredDataset): Promise<void> {
		// Bookkeeping, not state: no view reads it.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const done = this.#installed.get(engine) ?? new Set<string>();
		this.#installed.set(engine, done);
		if (done.has(ds.id)) return;
		const { installDataset } = await import('$lib/features/datasets/install');
		await installDataset(engine, ds);
		done.add(ds.id);
	}

	/**
	 * Adds the stored datasets' indicators to the catalogue and their values to `data`'s snapshot
	 * (the engine computes them). Without stored datasets, nothing is loaded.
	 */
	async attach(data: AtlasData): Promise<void> {
		const list = await this.read();
		if (!list.length) return;
		try {
			const engine = await this.host.engine();
			for (const ds of list) await this.#show(engine, data, ds);
		} catch (e) {
			const detail = e instanceof Error ? e.message : String(e);
			this.error = `Vos jeux de données importés sont gardés dans ce navigateur, mais ne peuvent pas être affichés : le moteur de requêtes n'a pas démarré (${detail}). Les indicateurs de l'atlas restent disponibles.`;
		}
	}

	async #show(engine: Engine, data: AtlasData, ds: StoredDataset): Promise<void> {
		const { datasetIndicator } = await import('$lib/features/datasets/model');
		const { snapshotIndicator } = await import('$lib/features/datasets/install');
		await this.#install(engine, ds);
		const indicator = datasetIndicator(ds);
		await snapshotIndicator(engine, data.snapshot, indicator);
		this.host.catalogue.remove(ds.id);
		this.host.catalogue.add(indicator);
	}

	/**
	 * Stores a new dataset (or replaces one, when `replace`), then shows it everywhere. A refused
	 * write throws a French message and changes nothing.
	 */
	async save(ds: StoredDataset, replace = false): Promise<void> {
		const store = await this.host.store();
		if (replace) await store.replace(ds);
		else await store.add(ds);
		this.list = [...this.list.filter((d) => d.id !== ds.id), ds];
		const [engine, data] = await Promise.all([this.host.engine(), this.host.data()]);
		this.#installed.get(engine)?.delete(ds.id);
		await this.#show(engine, data, ds);
	}

	/** Removes a dataset from the store, the engine, the snapshot and the catalogue. */
	async remove(id: string): Promise<void> {
		await (await this.host.store()).remove(id);
		this.list = this.list.filter((d) => d.id !== id);
		this.host.catalogue.remove(id);
		const [engine, data] = await Promise.all([this.host.engine(), this.host.data()]);
		delete data.snapshot.indicators[id];
		this.#installed.get(engine)?.delete(id);
		const { uninstallDataset } = await import('$lib/features/datasets/install');
		await uninstallDataset(engine, id);
	}
}

export { browserStore as browserDatasetStoreLoader };
