/**
 * The page's side of the store reader worker (`store-tables.worker.ts`): the store is read,
 * checked and turned into Arrow tables off the page, which gets the tables first (for the
 * engine), then the problems themselves when it asks (`problems()`, after the counts). Where no
 * worker can run, or it fails to start, `readStoreTables` resolves with null and the page reads
 * the store itself, through the same `readOwnProblems`.
 */
import type { ProblemTables } from './arrow';
import type { Problem } from './model';
import { startWorker, type WorkerPort } from '$lib/core/worker-port';

/** Both tables as Arrow IPC streams. */
export type TablesIPC = Record<keyof ProblemTables, Uint8Array>;

/**
 * What the page asks: read the store (`fresh`: without the kept copy of the tables), then (once)
 * the problems read; or only keep an up-to-date copy of the tables (`keep`, after a write).
 */
export type TablesRequest =
	{ kind: 'read'; fresh?: boolean } | { kind: 'problems' } | { kind: 'keep' };

/** What the worker answers: the tables (or an error), then the problems in slices, then the end. */
export type TablesReply =
	| {
			kind: 'tables';
			tables: TablesIPC;
			count: number;
			entries: unknown[];
			notice: string;
			fromCopy: boolean;
	  }
	| { kind: 'slice'; problems: Problem[] }
	| { kind: 'end' }
	| { kind: 'kept'; kept: boolean }
	| { kind: 'error'; message: string };

/** The store reader worker as the page sees it (a fake in tests). */
export type TablesWorker = WorkerPort<TablesRequest, TablesReply>;

/** The store as read by the worker. */
export interface StoreTables {
	tables: TablesIPC;
	/** Visible problems read (the example is the page's decision when there are none). */
	count: number;
	entries: unknown[];
	notice: string;
	/**
	 * The tables are the kept copy (`engine-copy.ts`), brought up to date with what was written
	 * since, not a reading of the store.
	 */
	fromCopy: boolean;
	/** The problems read, asked for once (the worker stops after); [] when `count` is 0. */
	problems(): Promise<Problem[]>;
}

const defaultWorker = (): TablesWorker | null =>
	typeof Worker === 'undefined'
		? null
		: (new Worker(new URL('./store-tables.worker.ts', import.meta.url), {
				type: 'module'
			}) as unknown as TablesWorker);

/**
 * Reads the store in a worker; null when no worker can run or it failed to start (the page then
 * reads the store itself). Rejects with the worker's message when the reading itself failed.
 */
export function readStoreTables(
	create: () => TablesWorker | null = defaultWorker,
	fresh = false
): Promise<StoreTables | null> {
	const w = startWorker(create);
	if (!w) return Promise.resolve(null);
	return new Promise<StoreTables | null>((resolve, reject) => {
		let started = false;
		let rest: { resolve(p: Problem[]): void; reject(e: Error): void } | null = null;
		// A worker lost after the tables: the problems, asked for later, fail at once.
		let lost: Error | null = null;
		const fail = (error: Error) => {
			lost = error;
			rest?.reject(error);
		};
		const slices: Problem[][] = [];
		w.onmessage = ({ data: reply }) => {
			started = true;
			if (reply.kind === 'tables') {
				const { tables, count, entries, notice, fromCopy } = reply;
				if (count === 0) w.terminate();
				resolve({
					tables,
					count,
					entries,
					notice,
					fromCopy,
					problems: () => problems(count)
				});
			} else if (reply.kind === 'slice') slices.push(reply.problems);
			else if (reply.kind === 'end') {
				w.terminate();
				rest?.resolve(slices.flat());
			} else {
				w.terminate();
				// « kept » answers only « keep », never asked here.
				const error = new Error(reply.kind === 'error' ? reply.message : 'réponse inattendue');
				fail(error); // after the tables: the problems fail
				reject(error); // before them: the reading fails
			}
		};
		// A worker that could not even start (its script refused): the page reads the store.
		w.onerror = (event) => {
			w.terminate();
			if (!started) resolve(null);
			else fail(new Error(event.message));
		};
		let asked: Promise<Problem[]> | null = null;
		const problems = (count: number) => {
			if (count === 0) return Promise.resolve([]);
			asked ??= new Promise<Problem[]>((res, rej) => {
				if (lost) return rej(lost);
				rest = { resolve: res, reject: rej };
				w.postMessage({ kind: 'problems' });
			});
			return asked;
		};
		w.postMessage({ kind: 'read', fresh });
	});
}

/**
 * Has a worker keep an up-to-date copy of the engine's tables (`keep`); resolves with whether one
 * is kept. Never rejects: the copy is only a saving, and the pages read the store without it.
 */
export function keepTablesCopy(
	create: () => TablesWorker | null = defaultWorker
): Promise<boolean> {
	const w = startWorker(create);
	if (!w) return Promise.resolve(false);
	return new Promise<boolean>((resolve) => {
		const end = (kept: boolean) => {
			w.terminate();
			resolve(kept);
		};
		w.onmessage = ({ data: reply }) => end(reply.kind === 'kept' && reply.kept);
		w.onerror = () => end(false);
		w.postMessage({ kind: 'keep' });
	});
}
