/**
 * Promise-based client of the analysis worker. One worker, created lazily, answers requests in
 * order; each call resolves with the typed result of its kind.
 */
import type { GiStarResult } from './getis-ord';
import type { LisaResult } from './lisa';
import type { MoranResult } from './moran';
import type { AnalysisRequest, AnalysisResponse } from './protocol';

/** Result type for each request kind. */
export interface ResultByKind {
	lisa: LisaResult;
	moran: MoranResult;
	gi: GiStarResult;
}

/** Minimal Worker surface, so that tests can pass a fake. */
export interface WorkerLike {
	postMessage(message: unknown): void;
	addEventListener(
		type: 'message',
		listener: (event: MessageEvent<AnalysisResponse>) => void
	): void;
	addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
	terminate(): void;
}

/** Client of the analysis worker. */
export class AnalysisClient {
	#worker: WorkerLike | null = null;
	#nextId = 1;
	#pending = new Map<number, { resolve: (r: unknown) => void; reject: (e: Error) => void }>();
	/** Time spent computing the last answered request inside the worker, in ms (null before any). */
	lastMs: number | null = null;

	/** `create` builds the worker; the default is the module worker next to this file. */
	constructor(
		private readonly create: () => WorkerLike = () =>
			new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' })
	) {}

	#ensure(): WorkerLike {
		if (this.#worker) return this.#worker;
		const worker = this.create();
		worker.addEventListener('message', (event) => {
			const res = event.data;
			const entry = res.id === undefined ? undefined : this.#pending.get(res.id);
			if (!entry || res.id === undefined) return;
			this.#pending.delete(res.id);
			if (res.ok) {
				this.lastMs = res.ms;
				entry.resolve(res.result);
			} else entry.reject(new Error(res.error));
		});
		worker.addEventListener('error', (event) => {
			const error = new Error(`Le calcul a échoué dans le worker : ${event.message}`);
			for (const entry of this.#pending.values()) entry.reject(error);
			this.#pending.clear();
		});
		this.#worker = worker;
		return worker;
	}

	/**
	 * Sends a request and resolves with its result. The values and weights arrays are copied
	 * (structured clone), so the caller keeps them usable.
	 */
	run<K extends AnalysisRequest['kind']>(
		request: Extract<AnalysisRequest, { kind: K }>
	): Promise<ResultByKind[K]> {
		const id = this.#nextId++;
		return new Promise<ResultByKind[K]>((resolve, reject) => {
			this.#pending.set(id, { resolve: resolve as (r: unknown) => void, reject });
			this.#ensure().postMessage({ ...request, id });
		});
	}

	/**
	 * Starts the worker and runs a small LISA so that the module is loaded and the hot loops are
	 * compiled before the first real request (measured in Chromium: first call ≈ 200 ms, the
	 * following ones ≈ 10 ms for 71 communes × 9 999 permutations). Call it when the page is idle.
	 */
	async warmUp(): Promise<void> {
		const n = 64;
		// Row 0 and row n − 1 have one neighbour, the others two: offsets 0, 1, 3, 5, …, 2n − 2.
		const offsets = Int32Array.from({ length: n + 1 }, (_, i) =>
			i === n ? 2 * n - 2 : Math.max(0, 2 * i - 1)
		);
		const neighbors = new Int32Array(2 * n - 2);
		// Chain 0 — 1 — … — 63: row i lists i − 1 and i + 1 when they exist.
		for (let i = 0, q = 0; i < n; i++) {
			if (i > 0) neighbors[q++] = i - 1;
			if (i < n - 1) neighbors[q++] = i + 1;
		}
		const values = Float64Array.from({ length: n }, (_, i) => Math.sin(i));
		await this.run({ kind: 'lisa', values, weights: { n, offsets, neighbors }, permutations: 999 });
	}

	/** Stops the worker; pending calls are rejected. */
	dispose(): void {
		this.#worker?.terminate();
		this.#worker = null;
		for (const entry of this.#pending.values()) entry.reject(new Error('Calcul annulé.'));
		this.#pending.clear();
	}
}
