import { describe, expect, it } from 'vitest';
import { ChunksCancelled, eachInChunks } from './chunked';

/** A clock that advances 5 ms each time it is read: with 12 ms slices, every slice does 3 items. */
function steppingClock() {
	let t = 0;
	return () => (t += 5);
}

describe('eachInChunks', () => {
	it('runs every item once, in order, pausing between slices and reporting progress', async () => {
		const seen: number[] = [];
		const progress: [number, number][] = [];
		let pauses = 0;
		await eachInChunks([10, 11, 12, 13, 14, 15, 16], (item) => seen.push(item), {
			now: steppingClock(),
			pause: async () => void pauses++,
			onProgress: (done, total) => progress.push([done, total])
		});
		expect(seen).toEqual([10, 11, 12, 13, 14, 15, 16]);
		// Slice start reads t=5; items at t=10 (5 elapsed), 15 (10 elapsed), 20 (15 ≥ 12: stop).
		// So 3 items per slice: 3, 6, then the last one. Two pauses (none after the last slice).
		expect(progress).toEqual([
			[3, 7],
			[6, 7],
			[7, 7]
		]);
		expect(pauses).toBe(2);
	});

	it('does at least one item per slice even when an item takes longer than the slice', async () => {
		let t = 0;
		const progress: number[] = [];
		await eachInChunks(['a', 'b'], () => {}, {
			now: () => (t += 100),
			pause: async () => {},
			onProgress: (done) => progress.push(done)
		});
		expect(progress).toEqual([1, 2]);
	});

	it('stops between slices when aborted, leaving the remaining items untouched', async () => {
		const controller = new AbortController();
		const seen: number[] = [];
		const run = eachInChunks([1, 2, 3, 4, 5, 6, 7, 8, 9], (item) => seen.push(item), {
			now: steppingClock(),
			signal: controller.signal,
			// « Annuler » clicked during the first pause.
			pause: async () => controller.abort()
		});
		await expect(run).rejects.toBeInstanceOf(ChunksCancelled);
		expect(seen).toEqual([1, 2, 3]);
	});

	it('reports 0 / 0 for an empty list, and refuses to start once aborted', async () => {
		const progress: [number, number][] = [];
		await eachInChunks([], () => {}, { onProgress: (d, t) => progress.push([d, t]) });
		expect(progress).toEqual([[0, 0]]);
		const controller = new AbortController();
		controller.abort();
		const seen: number[] = [];
		await expect(
			eachInChunks([1], (i) => seen.push(i), { signal: controller.signal })
		).rejects.toBeInstanceOf(ChunksCancelled);
		expect(seen).toEqual([]);
	});
});
