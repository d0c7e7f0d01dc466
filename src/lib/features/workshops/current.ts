/**
 * The problems the app shows, shared by the map page and `/ateliers`: the user's own (IndexedDB)
 * or, while there are none, the fictional example. The example is never written into the
 * user's store: as soon as the user saves or imports a problem, their data replaces it.
 */
import type { CommuneRef } from './communes';
import { loadCommuneRefs } from './commune-refs';
import { loadExample } from './example';
import type { Problem } from './model';
import { openProblemStore, type ProblemStore } from './storage';
import { readOwnProblems, type OwnProblems } from './read-own';
import { BUILT_IN_TAXONOMY, type Taxonomy } from './taxonomy';
import { withCustomEntries } from './taxonomy-custom';

const DISMISSED_KEY = 'atlas-exemple-fictif-masque';

/** True when the user chose « commencer avec une liste vide »: the example is no longer shown. */
export function exampleDismissed(): boolean {
	try {
		return localStorage.getItem(DISMISSED_KEY) === '1';
	} catch {
		return false; // no localStorage (private mode, tests): show the example as usual
	}
}

/** Records (or clears) the user's choice to start from an empty list instead of the example. */
export function setExampleDismissed(dismissed: boolean): void {
	try {
		if (dismissed) localStorage.setItem(DISMISSED_KEY, '1');
		else localStorage.removeItem(DISMISSED_KEY);
	} catch {
		// Without localStorage the choice lasts for this page only.
	}
}

/** What the app shows: the problems, whether they are the fictional example, the communes. */
export interface CurrentProblems {
	problems: Problem[];
	/** True when `problems` is the fictional example (the store holds no problem). */
	example: boolean;
	communes: CommuneRef[];
	/** Built-in subjects and publics plus the user's custom ones (for labels). */
	taxonomy: Taxonomy;
	/** What opening the store changed in stored records, in French ('' when nothing). */
	notice: string;
}

/**
 * The problems the app shows: the user's own (IndexedDB), or the fictional example when there
 * are none (unless the user chose to start from an empty list). The store is read as /ateliers
 * reads it: in batches, every record checked (`readInBatches`); `onBatch` gets each batch's
 * visible problems as they come (the map builds its tables meanwhile). Old theme ids are made
 * current in what is returned, and written back once the whole store is read (`tidy`). `open`
 * opens the store (the browser's; a fake in tests).
 */
export async function currentProblems(
	onBatch?: (problems: Problem[]) => void,
	open: () => Promise<ProblemStore> = openProblemStore
): Promise<CurrentProblems> {
	const communes = await loadCommuneRefs();
	const own = await open();
	let read: OwnProblems;
	try {
		read = await readOwnProblems(own, onBatch);
	} finally {
		own.close();
	}
	return withExample(read, communes);
}

/**
 * What the app shows once the store is read: its problems, or the fictional example when it
 * holds none (unless the user chose to start from an empty list).
 */
export async function withExample(
	{ problems, entries, notice }: OwnProblems,
	communes: CommuneRef[]
): Promise<CurrentProblems> {
	const taxonomy = withCustomEntries(BUILT_IN_TAXONOMY, entries).taxonomy;
	if (problems.length > 0) return { problems, example: false, communes, taxonomy, notice };
	if (exampleDismissed()) return { problems: [], example: false, communes, taxonomy, notice };
	return { problems: await loadExample(communes), example: true, communes, taxonomy, notice };
}
