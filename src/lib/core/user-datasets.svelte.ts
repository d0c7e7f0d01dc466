/**
 * The user's imported datasets in the app core: read once from the browser's store, put into the
 * engine, and their indicators added to the catalogue registry with their values in the snapshot,
 * so every page shows them like built-in ones. Nothing here is loaded while no dataset is stored.
 */
import type { AtlasData } from '$lib/data/static-data';
import type { Engine } from '$lib/data/duckdb';
import type { StoredDataset } from '$lib/features/datasets/model';
import type { Indicator } from '$lib/indicators/types';
import type { DatasetStore } from '$lib/features/datasets/store';
import type { CatalogueRegistry } from './catalogue-registry.svelte';

/** How the service reaches the store, the engine and the data (the core's, or fakes in tests). */
export interface DatasetsHost {
	store(): Promise<DatasetStore>;
	engine(): Promise<Engine>;
	data(): Promise<AtlasData>;
	catalogue: CatalogueRegistry;
}

/** The channel on which tabs announce a change of the stored datasets. */
const CHANNEL = 'atlas-datasets';

const browserStore = async () =>
	(await import('$lib/features/datasets/store')).browserDatasetStore();

/** See the module comment. */
export class UserDatasets {
	list = $state.raw<StoredDataset[]>([]);
	/** Records of the store that failed the check: kept, unused, reported. */
	damaged = $state.raw<{ key: string; reason: string }[]>([]);
	/** Why the datasets could not be read or shown, in French ('' when all is well). */
	error = $state('');
	/** Said when another tab of the atlas added, replaced or removed a dataset. */
	otherTab = $state('');
	/** The store has been read (or could not be): until then, no list can say « none ». */
	loaded = $state(false);
	#read: Promise<StoredDataset[]> | null = null;
	#installed = new WeakMap<Engine, Set<string>>();

	constructor(private readonly host: DatasetsHost) {}

	/**
	 * This tab's mark on its messages. A channel hears every other channel of its name, this
	 * tab's own listener included: without it, saving a dataset said « changed in another tab ».
	 */
	readonly #tab = `${Date.now()}-${Math.random()}`;

	/** Tells the other tabs that the stored datasets changed (they say so, and offer a reload). */
	#announce(): void {
		if (typeof BroadcastChannel === 'undefined') return;
		const channel = new BroadcastChannel(CHANNEL);
		channel.postMessage({ changed: true, from: this.#tab });
		channel.close();
	}

	/** Listens for changes made in another tab; returns the function that stops listening. */
	listen(): () => void {
		if (typeof BroadcastChannel === 'undefined') return () => undefined;
		const channel = new BroadcastChannel(CHANNEL);
		channel.onmessage = (event: MessageEvent) => {
			const from = (event.data as { from?: unknown } | null)?.from;
			if (from === this.#tab) return;
			this.otherTab =
				'Les jeux de données ont changé dans un autre onglet de l’atlas : rechargez la page pour voir les mêmes ici.';
		};
		return () => channel.close();
	}

	/** Reads the store once (a failure is reported, and the atlas goes on without datasets). */
	read(): Promise<StoredDataset[]> {
		this.#read ??= this.host
			.store()
			.then((s) => s.read())
			.then((r) => {
				this.list = r.datasets;
				this.damaged = r.damaged;
				this.loaded = true;
				return r.datasets;
			})
			.catch(async (e: unknown) => {
				const { datasetStoreMessage } = await import('$lib/features/datasets/store');
				this.error = `Vos jeux de données importés n’ont pas pu être lus : ${datasetStoreMessage(e)}`;
				this.loaded = true;
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
	 * Adds the stored datasets' indicators to the catalogue and their values to `data`'s snapshot:
	 * the values computed when they were saved, or, when the atlas data has changed since, values
	 * the engine computes again. Without stored datasets, nothing is loaded.
	 */
	async attach(data: AtlasData): Promise<void> {
		const list = await this.read();
		if (!list.length) return;
		const { datasetIndicator } = await import('$lib/features/datasets/model');
		const stale = list.filter((ds) => ds.computed?.basis !== data.snapshot.generatedAt);
		for (const ds of list)
			if (ds.computed && !stale.includes(ds)) data.snapshot.indicators[ds.id] = ds.computed.values;
		try {
			if (stale.length) {
				const engine = await this.host.engine();
				for (const ds of stale) await this.#compute(engine, data, ds);
			}
		} catch (e) {
			const detail = e instanceof Error ? e.message : String(e);
			this.error = `Vos jeux de données importés sont gardés dans ce navigateur, mais certains ne peuvent pas être affichés : le moteur de requêtes n’a pas démarré (${detail}). Les indicateurs de l’atlas restent disponibles.`;
		}
		for (const ds of list)
			if (data.snapshot.indicators[ds.id]) this.#register(datasetIndicator(ds));
	}

	/**
	 * Adds an indicator to the catalogue. One the catalogue refuses (a theme this atlas does not
	 * have, from a colleague's package) is said, not thrown: the other pages' data must still load.
	 */
	#register(indicator: Indicator): void {
		this.host.catalogue.remove(indicator.id);
		try {
			this.host.catalogue.add(indicator);
		} catch (e) {
			const why = e instanceof Error ? e.message : String(e);
			this.error = `L’indicateur « ${indicator.label} » est gardé dans ce navigateur mais ne peut pas être affiché : ${why}`;
		}
	}

	/** Puts a dataset in the engine and computes its indicator into the snapshot. */
	async #compute(
		engine: Engine,
		data: AtlasData,
		ds: StoredDataset
	): Promise<NonNullable<StoredDataset['computed']>> {
		const { datasetIndicator } = await import('$lib/features/datasets/model');
		const { snapshotIndicator } = await import('$lib/features/datasets/install');
		this.#installed.get(engine)?.delete(ds.id);
		await this.#install(engine, ds);
		await snapshotIndicator(engine, data.snapshot, datasetIndicator(ds));
		return { basis: data.snapshot.generatedAt, values: data.snapshot.indicators[ds.id]! };
	}

	/**
	 * Computes a new dataset's indicator, stores the dataset with its values (or replaces the one
	 * of the same id, when `replace`), then shows it everywhere. A refused write throws a French
	 * message, and the atlas is left as it was.
	 */
	async save(ds: StoredDataset, replace = false): Promise<void> {
		const [store, engine, data] = await Promise.all([
			this.host.store(),
			this.host.engine(),
			this.host.data()
		]);
		const previous = this.list.find((d) => d.id === ds.id);
		try {
			const stored = { ...ds, computed: await this.#compute(engine, data, ds) };
			if (replace) await store.replace(stored);
			else await store.add(stored);
			this.list = [...this.list.filter((d) => d.id !== ds.id), stored];
		} catch (e) {
			await this.#undo(engine, data, ds.id, previous);
			throw e;
		}
		const { datasetIndicator } = await import('$lib/features/datasets/model');
		this.#register(datasetIndicator(ds));
		this.#announce();
	}

	/** Puts the engine and the snapshot back as they were before a failed save. */
	async #undo(engine: Engine, data: AtlasData, id: string, previous?: StoredDataset) {
		if (previous) await this.#compute(engine, data, previous).catch(() => undefined);
		else {
			delete data.snapshot.indicators[id];
			this.#installed.get(engine)?.delete(id);
			const { uninstallDataset } = await import('$lib/features/datasets/install');
			await uninstallDataset(engine, id).catch(() => undefined);
		}
	}

	/** Removes a dataset from the store, the engine, the snapshot and the catalogue. */
	async remove(id: string): Promise<void> {
		await (await this.host.store()).remove(id);
		this.#announce();
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
