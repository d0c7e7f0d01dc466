/**
 * The app's shared core, created once in the root layout and read by every page through
 * context: the territory and its geometry (loaded once), the query engine (started once, on
 * first use), the catalogue registry and the workshop problems store. Pages never load, parse or start these themselves.
 */
import type { Engine } from '$lib/data/duckdb';
import type { UserSqlConnector } from '$lib/data/user-sql';
import type { AtlasData } from '$lib/data/static-data';
import type { DatasetStore } from '$lib/features/datasets/store';
import { CatalogueRegistry } from './catalogue-registry.svelte';
import { browserDatasetStoreLoader, UserDatasets } from './user-datasets.svelte';
import { WorkshopProblems, type ProblemsLoader } from './workshop-problems.svelte';

/** How the core gets its data and engine (the browser's by default; fakes in tests). */
export interface CoreLoaders {
	data(): Promise<AtlasData>;
	engine(): Promise<Engine>;
	/** Reads the workshop problems into the engine (the browser's store by default). */
	problems?: ProblemsLoader;
	/** The imported datasets' store (the browser's IndexedDB by default). */
	datasets?: () => Promise<DatasetStore>;
}

/** See the module comment. */
export class AppCore {
	readonly catalogue = new CatalogueRegistry();
	#data: Promise<AtlasData> | null = null;
	#engine: Promise<Engine> | null = null;

	/** The workshop problems, read once per page start and shared by every page. */
	readonly problems: WorkshopProblems;

	/** The user's imported datasets, shown as indicators on every page. */
	readonly datasets: UserDatasets;

	constructor(private readonly loaders: CoreLoaders) {
		this.problems = new WorkshopProblems(loaders.problems);
		this.datasets = new UserDatasets({
			store: loaders.datasets ?? browserDatasetStoreLoader,
			engine: () => this.engine(),
			data: () => this.data(),
			catalogue: this.catalogue
		});
	}

	/**
	 * The first-paint data, fetched once; a failed load is retried on the next call. When the user
	 * has imported datasets, their indicators are added first (the engine computes them).
	 */
	data(): Promise<AtlasData> {
		this.#data ??= Promise.all([this.loaders.data(), this.datasets.read()])
			.then(async ([data]) => {
				await this.datasets.attach(data);
				return data;
			})
			.catch((e: unknown) => {
				this.#data = null;
				throw e;
			});
		return this.#data;
	}

	/** The DuckDB engine, started once on first use, with the imported datasets put in. */
	engine(): Promise<Engine> {
		this.#engine ??= this.loaders.engine().then(async (engine) => {
			await this.datasets.installAll(engine);
			return engine;
		});
		return this.#engine;
	}

	/**
	 * The read-only connector for SQL the user types (a connection of its own, on the same
	 * engine): any statement but a single query is refused, results are cut at a row limit.
	 */
	async userSql(): Promise<UserSqlConnector> {
		return (await this.engine()).userSql();
	}
}
