import { describe, expect, it } from 'vitest';
import { ChunksCancelled } from '$lib/core/chunked';
import { ALES_COMMUNES } from '../../../../../tests/fixtures/workshops/ales-communes';
import { fictionalProblems } from '../../../../../tests/fixtures/workshops/generate';
import { NOW } from '../../../../../tests/fixtures/workshops/helpers';
import { problemsToCsv } from '../export';
import { BUILT_IN_TAXONOMY } from '../taxonomy';
import { importProblems } from './index';
import { answerRequest } from './worker-answer';
import {
	importInWorker,
	type ImportWorker,
	type WorkerReply,
	type WorkerRequest
} from './worker-client';

const CODES = ALES_COMMUNES.map((c) => c.code);
// 300 fictional problems, each « exemple fictif », as the atlas exports them.
const csv = new Blob([
	problemsToCsv(fictionalProblems(300, CODES), {
		communes: ALES_COMMUNES,
		taxonomy: BUILT_IN_TAXONOMY
	})
]);
const OPTIONS = { communes: ALES_COMMUNES, outside: [], taxonomy: BUILT_IN_TAXONOMY, now: NOW };

/**
 * A worker in this thread that answers as the real one does. Every message is copied with
 * `structuredClone`, as `postMessage` would: a function (a matcher) in it would throw here.
 */
function fakeWorker(log: string[]): ImportWorker {
	const w: ImportWorker = {
		onmessage: null,
		onerror: null,
		terminate: () => log.push('terminate'),
		postMessage(request: WorkerRequest) {
			log.push('post');
			void answerRequest(structuredClone(request), (reply: WorkerReply) =>
				w.onmessage?.({ data: structuredClone(reply) } as MessageEvent<WorkerReply>)
			);
		}
	};
	return w;
}

describe('importInWorker (reading a file off the page)', () => {
	it('gives the result of reading on the page, with the progress, then stops the worker', async () => {
		const log: string[] = [];
		const progress: number[] = [];
		const result = await importInWorker(csv, 'export.csv', null, {
			...OPTIONS,
			onProgress: (done) => progress.push(done),
			create: () => fakeWorker(log)
		});
		const onPage = await importProblems(csv, 'export.csv', { ...OPTIONS });
		expect(result).toEqual(onPage);
		expect(result.kind === 'ok' && result.problems.length).toBe(300);
		expect(progress.at(-1)).toBe(300);
		expect(log).toEqual(['post', 'terminate']);
	});

	it('stops the worker on « Annuler » and rejects with ChunksCancelled', async () => {
		const log: string[] = [];
		const controller = new AbortController();
		const silent: ImportWorker = { ...fakeWorker(log), postMessage: () => log.push('post') };
		const run = importInWorker(csv, 'export.csv', null, {
			...OPTIONS,
			signal: controller.signal,
			create: () => silent
		});
		controller.abort();
		await expect(run).rejects.toBeInstanceOf(ChunksCancelled);
		expect(log).toEqual(['post', 'terminate']);
	});

	it('reads on the page when no worker can run, or when it fails to start', async () => {
		const onPage = await importProblems(csv, 'export.csv', { ...OPTIONS });
		expect(
			await importInWorker(csv, 'export.csv', null, { ...OPTIONS, create: () => null })
		).toEqual(onPage);
		const log: string[] = [];
		const broken: ImportWorker = {
			...fakeWorker(log),
			postMessage() {
				log.push('post');
				queueMicrotask(() => broken.onerror?.({ message: 'script refusé' } as ErrorEvent));
			}
		};
		expect(
			await importInWorker(csv, 'export.csv', null, { ...OPTIONS, create: () => broken })
		).toEqual(onPage);
		expect(log).toEqual(['post', 'terminate']);
	});
});
