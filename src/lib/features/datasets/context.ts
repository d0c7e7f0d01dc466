/**
 * The dataset import of /donnees, shared by the datasets section and the SQL console (whose
 * « Enregistrer comme indicateur » opens a query's result in the same import form).
 */
import { getContext, setContext } from 'svelte';
import type { AppCore } from '$lib/core/app-core.svelte';
import { DatasetImport } from './import-state.svelte';

const KEY = Symbol('dataset-import');

/** Creates the page's import and shares it with the components below (call during init). */
export function provideDatasetImport(core: AppCore): DatasetImport {
	return setContext(KEY, new DatasetImport(core));
}

/** The page's import, or undefined on a page without one. */
export function useDatasetImport(): DatasetImport | undefined {
	return getContext<DatasetImport | undefined>(KEY);
}
