/**
 * Long loops that keep the page responsive: the items are processed in slices of a few
 * milliseconds, and between slices the loop gives the browser a turn (painting, clicks) and
 * reports its progress. An `AbortSignal` stops it between two items (« Annuler »).
 */

/** How a chunked loop runs; every option has a default. */
export interface ChunkOptions {
	/** Stops the loop; it then rejects with `ChunksCancelled`. */
	signal?: AbortSignal;
	/** Called after each slice and at the end with the items done and the total. */
	onProgress?: (done: number, total: number) => void;
	/** Work time of one slice before giving a turn, ms (12 by default: well under one frame). */
	sliceMs?: number;
	/** Gives the browser a turn; `nextTurn` by default (tests pass their own). */
	pause?: () => Promise<void>;
	/** The clock, ms (`performance.now` by default). */
	now?: () => number;
}

/** Thrown by `eachInChunks` when its signal is aborted. */
export class ChunksCancelled extends Error {
	constructor() {
		super('Opération annulée.');
		this.name = 'ChunksCancelled';
	}
}

/**
 * A new task, queued behind those already waiting (painting, clicks, « Annuler »). A message
 * channel, not `setTimeout(0)` (clamped to 4 ms once nested) nor `scheduler.yield()` (whose
 * continuation jumps ahead of other tasks).
 */
export function nextTurn(): Promise<void> {
	if (typeof MessageChannel === 'undefined') return new Promise((r) => setTimeout(r, 0));
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = () => {
			channel.port1.close();
			resolve();
		};
		channel.port2.postMessage(null);
	});
}

/** Runs `step` on every item in order, in time slices; rejects with `ChunksCancelled` when aborted. */
export async function eachInChunks<T>(
	items: readonly T[],
	step: (item: T, index: number) => void,
	options: ChunkOptions = {}
): Promise<void> {
	const { signal, onProgress, sliceMs = 12, pause = nextTurn } = options;
	const now = options.now ?? (() => performance.now());
	const total = items.length;
	let index = 0;
	while (index < total) {
		if (signal?.aborted) throw new ChunksCancelled();
		const start = now();
		// At least one item per slice, so a slow item cannot stall the loop.
		do {
			step(items[index] as T, index);
			index++;
		} while (index < total && now() - start < sliceMs);
		onProgress?.(index, total);
		if (index < total) await pause();
	}
	if (signal?.aborted) throw new ChunksCancelled();
	if (total === 0) onProgress?.(0, 0);
}
