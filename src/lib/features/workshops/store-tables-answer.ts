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
import type { KeptTables, UsableCopy } from './engine-copy';
import { copyUpToDate } from './copy-changes';
import type { TablesIPC, TablesReply, TablesRequest } from './store-tables';

/** Problems per message sent back to the page. */
export const SLICE = 1000;

/**
 * Answers requests with `post`; `open` opens the store (the browser's; a fake in tests), `slice`
 * is the number of problems per message. « read » takes the kept copy of the tables when it is up
 * to date (`engine-copy.ts`; not when the request says `fresh`), and then reads the problems
 * only if they are asked for; otherwise it reads the store and keeps a copy of the tables built.
 * « keep » (a page that wrote to the store) only makes sure an up-to-date copy is kept.
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
		const moved = Object.values(tables).map((bytes: Uint8Array) => bytes.buffer);
		post({ kind: 'tables', tables, count, entries, notice, fromCopy }, moved);
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
			if (request.kind === 'keep') {
				post({ kind: 'kept', kept: await keepUpToDate(open) });
				return;
			}
			const store = await open();
			try {
				const copy = await store.engineCopy();
				// `fresh`: the page's engine refused the copy; it is replaced by this reading.
				const usable = request.fresh ? null : copy.fresh;
				// The copy brought up to date with what was written since (`journal.ts`); null when
				// it or an entry cannot be read as tables (damaged on disk): the store is then read.
				const upToDate = usable ? upToDateOrNull(usable) : null;
				if (usable && upToDate) {
					read = () => readAgain(open);
					sendTables({ ...usable, ...upToDate }, await store.customEntries(), true);
					return;
				}
				const { built, own } = await readTables(store);
				read = own.problems;
				// The page's tables are moved, not copied: the copy kept is made before.
				const toKeep = { ...built, tables: copyOf(built.tables) };
				sendTables(built, own.entries, false);
				await (keeping = copy.keep(toKeep));
			} finally {
				store.close();
			}
		} catch (e) {
			post({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
		}
	};
}

/** Reads the whole store, checked, into the engine's tables. */
async function readTables(store: ProblemStore) {
	const parts: ProblemTables[] = [];
	const own = await readOwnProblems(store, (batch) => parts.push(problemsToArrowTables(batch)));
	const built: KeptTables = {
		tables: problemTablesToIPC(parts),
		count: own.problems.length,
		notice: own.notice
	};
	return { built, own };
}

/**
 * Ids in a journal past which « keep » builds a new copy rather than leave it: each reading of
 * the copy then applies them all again (10 000 cost the map about 0,2 s).
 */
export const COMPACT_AT = 1000;

const journalLength = (copy: UsableCopy) =>
	new Set(copy.entries.flatMap((entry) => entry.removed)).size;

/**
 * Whether an up-to-date copy of the tables is kept once this returns: the one there (with its
 * journal, while short), or one built now from a full read (not kept if the store was written
 * meanwhile).
 */
async function keepUpToDate(open: () => Promise<ProblemStore>): Promise<boolean> {
	const store = await open();
	try {
		const copy = await store.engineCopy();
		if (copy.fresh && journalLength(copy.fresh) < COMPACT_AT) return true;
		return await copy.keep((await readTables(store)).built);
	} finally {
		store.close();
	}
}

function upToDateOrNull(copy: UsableCopy): ReturnType<typeof copyUpToDate> | null {
	try {
		return copyUpToDate(copy);
	} catch {
		return null;
	}
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
