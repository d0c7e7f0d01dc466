/**
 * The browser's workshop problems loader: the store is read in checked batches (as /ateliers
 * reads it), each batch turned into Arrow record batches as it comes, then the tables go into the
 * engine. The reading needs no engine, so a page starts it ahead (`prefetch`) while the engine
 * starts; storage and Arrow code are fetched only when problems are needed.
 */
import type { Engine } from '$lib/data/duckdb';
import type { CurrentProblems } from '$lib/features/workshops/current';
import type { ProblemTables } from '$lib/features/workshops/arrow';

type Read = { current: CurrentProblems; tables: Record<keyof ProblemTables, Uint8Array> };

async function read(): Promise<Read> {
	const [{ currentProblems }, { problemsToArrowTables, problemTablesToIPC }] = await Promise.all([
		import('$lib/features/workshops/current'),
		import('$lib/features/workshops/arrow')
	]);
	const parts: ProblemTables[] = [];
	const current = await currentProblems((batch) => parts.push(problemsToArrowTables(batch)));
	// The example (or an empty list) was not read from the store: its tables are built here.
	const tables = current.example ? [problemsToArrowTables(current.problems)] : parts;
	return { current, tables: problemTablesToIPC(tables) };
}

let ahead: Promise<Read> | null = null;

/** Starts reading the store now; the next `loadBrowserProblems` uses this reading. */
export function prefetchBrowserProblems(): void {
	ahead = read();
	ahead.catch(() => {}); // heard by the load that takes it
}

/** Reads the problems (or takes the reading started ahead) and puts them into the engine. */
export async function loadBrowserProblems(engine: Engine): Promise<CurrentProblems> {
	const reading = ahead ?? read();
	ahead = null;
	const { current, tables } = await reading;
	await engine.replaceTables(tables);
	return current;
}
