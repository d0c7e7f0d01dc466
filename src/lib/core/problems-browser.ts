/**
 * The browser's workshop problems loader. The store is read in checked batches (as /ateliers
 * reads it) and each batch turned into Arrow record batches, in a worker
 * (`$lib/features/workshops/store-tables.ts`): the page gets the tables for the engine, then
 * the problems themselves once they are counted. Where no worker runs, the page does the same
 * reading itself (`currentProblems`). The reading needs no engine, so a page starts it ahead
 * (`prefetch`) while the engine starts; storage and Arrow code are fetched only when needed.
 */
import type { Engine } from '$lib/data/duckdb';
import type { Problem } from '$lib/features/workshops/model';
import type { TablesIPC } from '$lib/features/workshops/store-tables';
import type { Taxonomy } from '$lib/features/workshops/taxonomy';

/** What a loader gives: `rest`, when set, brings the problems once asked (`problems` is empty). */
export interface LoadedProblems {
	problems: Problem[];
	example: boolean;
	taxonomy: Taxonomy;
	notice: string;
	rest?: () => Promise<Problem[]>;
}

/**
 * `fromCopy`: the tables are the store's kept copy (`engine-copy.ts`) brought up to date, not a
 * reading of it.
 */
type Read = { loaded: LoadedProblems; tables: TablesIPC; fromCopy?: boolean };

/** The page's own reading (no worker): the problems come with the tables. */
async function readOnPage(): Promise<Read> {
	const [{ currentProblems }, { problemsToArrowTables, problemTablesToIPC }] = await Promise.all([
		import('$lib/features/workshops/current'),
		import('$lib/features/workshops/arrow')
	]);
	const parts: ReturnType<typeof problemsToArrowTables>[] = [];
	const current = await currentProblems((batch) => parts.push(problemsToArrowTables(batch)));
	// The example (or an empty list) was not read from the store: its tables are built here.
	const tables = current.example ? [problemsToArrowTables(current.problems)] : parts;
	return { loaded: current, tables: problemTablesToIPC(tables) };
}

async function read(fresh = false): Promise<Read> {
	performance.mark('problems:read-start');
	const { readStoreTables } = await import('$lib/features/workshops/store-tables');
	const store = await readStoreTables(undefined, fresh);
	performance.mark('problems:read-end');
	if (!store) return readOnPage();
	const { tables, count, entries, notice, fromCopy } = store;
	if (fromCopy) performance.mark('problems:kept-copy'); // the benchmark's and tests' witness
	if (count > 0) {
		const [{ withCustomEntries }, { BUILT_IN_TAXONOMY }] = await Promise.all([
			import('$lib/features/workshops/taxonomy-custom'),
			import('$lib/features/workshops/taxonomy')
		]);
		const { taxonomy } = withCustomEntries(BUILT_IN_TAXONOMY, entries);
		return {
			loaded: { problems: [], example: false, taxonomy, notice, rest: store.problems },
			tables,
			fromCopy
		};
	}
	// No problem of the user's: the page decides on the example (its choice is in localStorage).
	const [{ withExample }, { loadCommuneRefs }, { problemsToArrowIPC }] = await Promise.all([
		import('$lib/features/workshops/current'),
		import('$lib/features/workshops/commune-refs'),
		import('$lib/features/workshops/arrow')
	]);
	const current = await withExample({ problems: [], entries, notice }, await loadCommuneRefs());
	// No visible problem: empty tables, not the kept copy (whose journal may have deleted all).
	return { loaded: current, tables: problemsToArrowIPC(current.example ? current.problems : []) };
}

let ahead: Promise<Read> | null = null;

/** Starts reading the store now; the next `loadBrowserProblems` uses this reading. */
export function prefetchBrowserProblems(): void {
	ahead = read();
	ahead.catch(() => {}); // heard by the load that takes it
}

/** Reads the problems (or takes the reading started ahead) and puts them into the engine. */
export function loadBrowserProblems(engine: Engine): Promise<LoadedProblems> {
	const reading = ahead ?? read();
	ahead = null;
	return loadBrowserProblemsFrom(engine, reading);
}

async function loadBrowserProblemsFrom(
	engine: Engine,
	reading: Promise<Read>
): Promise<LoadedProblems> {
	const { loaded, tables, fromCopy } = await reading;
	performance.mark('problems:engine-start');
	try {
		await engine.replaceTables(tables);
	} catch (e) {
		// A kept copy the engine cannot read (damaged on disk): the store itself is read instead.
		if (!fromCopy) throw e;
		return loadBrowserProblemsFrom(engine, read(true));
	}
	performance.mark('problems:in-engine');
	return loaded;
}
