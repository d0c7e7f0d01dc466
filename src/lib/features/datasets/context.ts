/**
 * The dataset import of /donnees, shared by the datasets section and the SQL console (whose
 * « Enregistrer comme indicateur » opens a query's result in the same import form).
 */
import { getContext, setContext } from 'svelte';
import { beforeNavigate } from '$app/navigation';
import type { AppCore } from '$lib/core/app-core.svelte';
import { DatasetImport } from './import-state.svelte';

const KEY = Symbol('dataset-import');

/** Asked before another page of the atlas replaces an import not saved yet. */
export const LEAVE_IMPORT_QUESTION =
	'L’import en cours n’est pas enregistré : quitter la page l’abandonne (le fichier, les choix et la description). Quitter quand même ?';

/**
 * Creates the page's import and shares it with the components below (call during init). A file
 * read but not saved is not dropped without a word: leaving the tab brings the browser's own
 * question, another page of the atlas asks first.
 */
export function provideDatasetImport(core: AppCore): DatasetImport {
	const imp = setContext(KEY, new DatasetImport(core));
	beforeNavigate((navigation) => {
		if (imp.step !== 'choosing' && imp.step !== 'saving') return;
		if (navigation.willUnload) navigation.cancel();
		else if (!confirm(LEAVE_IMPORT_QUESTION)) navigation.cancel();
	});
	return imp;
}

/** The page's import, or undefined on a page without one. */
export function useDatasetImport(): DatasetImport | undefined {
	return getContext<DatasetImport | undefined>(KEY);
}
