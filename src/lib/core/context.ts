/** The app core through Svelte context: set in the root layout, read by every page. */
import { getContext, setContext } from 'svelte';
import { getDuckDB } from '$lib/data/duckdb';
import { basePath, loadAtlasData } from '$lib/data/static-data';
import { AppCore } from './app-core.svelte';

const KEY = Symbol('atlas-core');

/** Creates the browser's core and provides it to the component tree (root layout only). */
export function provideAppCore(): AppCore {
	return setContext(KEY, new AppCore({ data: loadAtlasData, engine: () => getDuckDB(basePath()) }));
}

/** The core provided by the root layout; throws when called outside it. */
export function useAppCore(): AppCore {
	const core = getContext<AppCore | undefined>(KEY);
	if (!core) throw new Error('Le cœur de l’application n’est pas fourni (layout racine manquant).');
	return core;
}
