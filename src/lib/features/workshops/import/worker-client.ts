/**
 * Runs an import's reading (`importProblems` / `importWithMapping`) in a Web Worker, so that
 * decoding, parsing and checking a large file never blocks the page: progress comes back as
 * messages, « Annuler » stops the worker. Where no worker can run (or it fails to start), the
 * same functions run on the page, in time slices (`eachInChunks`).
 */
import { ChunksCancelled } from '$lib/core/chunked';
import { startWorker, type WorkerPort } from '$lib/core/worker-port';
import type { CommuneRef } from '../communes';
import type { Taxonomy } from '../taxonomy';
import type { ColumnMapping } from './fields';
import { importProblems, importWithMapping, type ImportOptions } from './index';
import type { ImportResult } from './report';

/** What the page sends: plain data only (a matcher is rebuilt in the worker). */
export interface WorkerRequest {
	file: Blob;
	name: string;
	mapping: ColumnMapping | null;
	communes: readonly CommuneRef[];
	outside: readonly CommuneRef[];
	taxonomy: Taxonomy;
	now: string;
}

/** What the worker answers: progress, then a result or an error. */
export type WorkerReply =
	| { kind: 'progress'; done: number; total: number }
	| { kind: 'result'; result: ImportResult }
	| { kind: 'error'; message: string };

/** The import worker as the page sees it (a fake in tests). */
export type ImportWorker = WorkerPort<WorkerRequest, WorkerReply>;

/** Options of a reading in the worker. */
export interface WorkerImportOptions extends Omit<WorkerRequest, 'file' | 'name' | 'mapping'> {
	signal?: AbortSignal;
	onProgress?: (done: number, total: number) => void;
	/** Builds the worker; null when none can run (then the page reads the file itself). */
	create?: () => ImportWorker | null;
}

const defaultWorker = (): ImportWorker | null =>
	typeof Worker === 'undefined'
		? null
		: (new Worker(new URL('./import.worker.ts', import.meta.url), {
				type: 'module'
			}) as unknown as ImportWorker);

/** The same reading on the page's thread (no worker, or one that failed to start). */
function onPage(file: Blob, name: string, mapping: ColumnMapping | null, o: WorkerImportOptions) {
	const options: ImportOptions = {
		communes: o.communes,
		outside: o.outside,
		taxonomy: o.taxonomy,
		now: o.now,
		signal: o.signal,
		onProgress: o.onProgress
	};
	return mapping
		? importWithMapping(file, name, mapping, options)
		: importProblems(file, name, options);
}

/**
 * Reads `file` in a worker. Resolves with the import's result; rejects with `ChunksCancelled`
 * when `options.signal` is aborted (the worker is stopped; nothing was written).
 */
export function importInWorker(
	file: Blob,
	name: string,
	mapping: ColumnMapping | null,
	options: WorkerImportOptions
): Promise<ImportResult> {
	const { signal, onProgress, create = defaultWorker, ...data } = options;
	if (signal?.aborted) return Promise.reject(new ChunksCancelled());
	const w = startWorker(create);
	if (!w) return onPage(file, name, mapping, options);
	return new Promise<ImportResult>((resolve, reject) => {
		let started = false;
		const stop = () => {
			w.terminate();
			signal?.removeEventListener('abort', cancel);
		};
		const cancel = () => {
			stop();
			reject(new ChunksCancelled());
		};
		signal?.addEventListener('abort', cancel);
		w.onmessage = ({ data: reply }) => {
			started = true;
			if (reply.kind === 'progress') onProgress?.(reply.done, reply.total);
			else {
				stop();
				if (reply.kind === 'result') resolve(reply.result);
				else reject(new Error(reply.message));
			}
		};
		// A worker that could not even start (its script refused): read the file on the page.
		w.onerror = (event) => {
			stop();
			if (started) reject(new Error(event.message));
			else onPage(file, name, mapping, options).then(resolve, reject);
		};
		w.postMessage({ ...data, file, name, mapping });
	});
}
