/** What the import worker does with one request (kept apart from the worker so tests call it). */
import { importProblems, importWithMapping } from './index';
import type { WorkerReply, WorkerRequest } from './worker-client';

/** Reads the file of `request`, posting progress, then the result or an error. */
export async function answerRequest(
	request: WorkerRequest,
	post: (reply: WorkerReply) => void
): Promise<void> {
	const { file, name, mapping, communes, outside, taxonomy, now } = request;
	const options = {
		communes,
		outside,
		taxonomy,
		now,
		onProgress: (done: number, total: number) => post({ kind: 'progress', done, total })
	};
	try {
		const result = mapping
			? await importWithMapping(file, name, mapping, options)
			: await importProblems(file, name, options);
		post({ kind: 'result', result });
	} catch (e) {
		post({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
	}
}
