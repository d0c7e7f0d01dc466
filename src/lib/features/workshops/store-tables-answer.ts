/**
 * The store reader worker's answers (`store-tables.worker.ts`), apart so that tests run them
 * without a worker: « read » reads the store (`readOwnProblems`: every record checked, old theme
 * ids made current and written back) into Arrow IPC tables, « problems » sends the problems read,
 * `SLICE` at a time (each message is copied on the page's thread: no long task).
 */
import { problemsToArrowTables, problemTablesToIPC, type ProblemTables } from './arrow';
import type { Problem } from './model';
import { readOwnProblems } from './read-own';
import { openProblemStore } from './storage';
import type { ProblemStore } from './store-api';
import type { TablesReply, TablesRequest } from './store-tables';

/** Problems per message sent back to the page. */
export const SLICE = 1000;

/**
 * Answers requests with `post`; `open` opens the store (the browser's; a fake in tests), `slice`
 * is the number of problems per message.
 */
export function answerTables(
	post: (reply: TablesReply, transfer?: Transferable[]) => void,
	open: () => Promise<ProblemStore> = openProblemStore,
	slice = SLICE
): (request: TablesRequest) => Promise<void> {
	let read: Problem[] = [];
	return async (request) => {
		if (request.kind === 'problems') {
			for (let i = 0; i < read.length; i += slice)
				post({ kind: 'slice', problems: read.slice(i, i + slice) });
			post({ kind: 'end' });
			read = [];
			return;
		}
		try {
			const store = await open();
			const parts: ProblemTables[] = [];
			try {
				const own = await readOwnProblems(store, (batch) =>
					parts.push(problemsToArrowTables(batch))
				);
				read = own.problems;
				const tables = problemTablesToIPC(parts);
				post(
					{ kind: 'tables', tables, count: read.length, entries: own.entries, notice: own.notice },
					[tables.problems.buffer, tables.problem_links.buffer]
				);
			} finally {
				store.close();
			}
		} catch (e) {
			post({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
		}
	};
}
