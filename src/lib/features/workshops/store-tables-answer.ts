/**
 * The store reader worker's answers (`store-tables.worker.ts`), apart so that tests run them
 * without a worker: « read » reads the store (`readOwnProblems`: every record checked, old theme
 * ids made current and written back) into Arrow IPC tables, or takes the kept copy of them;
 * « problems » sends the problems read, `SLICE` at a time (each message is copied on the page's
 * thread: no long task).
 */
import { problemsToArrowTables, problemTablesToIPC, type ProblemTables } from './arrow';
import type { Problem } from './model';
import { readOwnProblems } from './read-own';
import { openProblemStore } from './storage';
import type { ProblemStore } from './store-api';
import type { KeptTables } from './engine-copy';
import type { TablesIPC, TablesReply, TablesRequest } from './store-tables';

/** Problems per message sent back to the page. */
export const SLICE = 1000;

/**
 * Answers requests with `post`; `open` opens the store (the browser's; a fake in tests), `slice`
 * is the number of problems per message. « read » takes the kept copy of the tables when it is up
 * to date (`engine-copy.ts`; not when the request says `fresh`), and then reads the problems
 * only if they are asked for; otherwise it reads the store and keeps a copy of the tables built.
 */
export function answerTables(
	post: (reply: TablesReply, transfer?: Transferable[]) => void,
	open: () => Promise<ProblemStore> = openProblemStore,
	slice = SLICE
): (request: TablesRequest) => Promise<void> {
	let read: Problem[] | (() => Promise<Problem[]>) = [];
	// The copy being kept: the page ends the worker after the problems, so they wait for it.
	let keeping: Promise<unknown> = Promise.resolve();
	const sendTables = (kept: KeptTables, entries: unknown[], fromCopy: boolean) => {
		const { tables, count, notice } = kept;
		post({ kind: 'tables', tables, count, entries, notice, fromCopy }, [
			tables.problems.buffer,
			tables.problem_links.buffer
		]);
	};
	return async (request) => {
		try {
			if (request.kind === 'problems') {
				const problems = typeof read === 'function' ? await read() : read;
				read = [];
				await keeping;
				for (let i = 0; i < problems.length; i += slice)
					post({ kind: 'slice', problems: problems.slice(i, i + slice) });
				post({ kind: 'end' });
				return;
			}
			const store = await open();
			try {
				const copy = request.fresh ? null : await store.engineCopy();
				if (copy?.fresh) {
					read = () => readAgain(open);
					sendTables(copy.fresh, await store.customEntries(), true);
					return;
				}
				const parts: ProblemTables[] = [];
				const own = await readOwnProblems(store, (batch) =>
					parts.push(problemsToArrowTables(batch))
				);
				read = own.problems;
				const built = { tables: problemTablesToIPC(parts), count: read.length, notice: own.notice };
				// The page's tables are moved, not copied: the copy kept is made before.
				const toKeep = copy ? { ...built, tables: copyOf(built.tables) } : null;
				sendTables(built, own.entries, false);
				if (copy && toKeep) await (keeping = copy.keep(toKeep));
			} finally {
				store.close();
			}
		} catch (e) {
			post({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
		}
	};
}

const copyOf = (tables: TablesIPC): TablesIPC => ({
	problems: tables.problems.slice(),
	problem_links: tables.problem_links.slice()
});

/** The problems, read from the store when the tables came from the kept copy. */
async function readAgain(open: () => Promise<ProblemStore>): Promise<Problem[]> {
	const store = await open();
	try {
		return (await readOwnProblems(store)).problems;
	} finally {
		store.close();
	}
}
