import { describe, expect, it } from 'vitest';
import { AnalysisClient, type WorkerLike } from './client';
import type { LisaResult } from './lisa';
import {
	handleRequest,
	transferables,
	type AnalysisRequest,
	type AnalysisResponse
} from './protocol';
import { chainWeights } from './testing/grids';

const w = chainWeights(5);
const request: AnalysisRequest = {
	kind: 'lisa',
	values: Float64Array.from([1, 2, 3, 4, 5]),
	weights: { n: w.n, offsets: w.offsets, neighbors: w.neighbors },
	permutations: 99,
	seed: 1
};

describe('handleRequest', () => {
	it('rejects inconsistent CSR weights with a French message', () => {
		const bad = {
			...request,
			weights: { n: 5, offsets: Int32Array.of(0, 1, 3, 5, 7, 9), neighbors: w.neighbors }
		};
		const res = handleRequest(bad);
		expect(res).toMatchObject({ ok: false });
		if (!res.ok) expect(res.error).toMatch(/Matrice de voisinage invalide/);
	});

	it('answers a LISA request with the same numbers as a direct call (I_0 = 0.8 by hand)', () => {
		const res = handleRequest(request);
		expect(res.ok).toBe(true);
		if (!res.ok) return;
		expect((res.result as LisaResult).localI[0]).toBeCloseTo(0.8, 12);
		expect(transferables(res.result).length).toBeGreaterThan(3);
	});

	it('turns errors into a French message instead of throwing', () => {
		const res = handleRequest({ ...request, permutations: 1e6 });
		expect(res).toMatchObject({ ok: false });
		if (!res.ok) expect(res.error).toMatch(/permutations/);
	});
});

/** Fake worker running handleRequest in the same thread, with a structured clone. */
function fakeWorker(): WorkerLike {
	const listeners: ((e: MessageEvent<AnalysisResponse>) => void)[] = [];
	return {
		postMessage(message) {
			const res = handleRequest(structuredClone(message) as AnalysisRequest);
			queueMicrotask(() =>
				listeners.forEach((l) => l({ data: res } as MessageEvent<AnalysisResponse>))
			);
		},
		addEventListener(type: string, listener: unknown) {
			if (type === 'message')
				listeners.push(listener as (e: MessageEvent<AnalysisResponse>) => void);
		},
		terminate() {}
	};
}

describe('AnalysisClient', () => {
	it('resolves each call with its own result, and rejects on error', async () => {
		const client = new AnalysisClient(fakeWorker);
		const [lisa, moran] = await Promise.all([
			client.run({ ...request, kind: 'lisa' }),
			client.run({ ...request, kind: 'moran' })
		]);
		expect(lisa.localI[4]).toBeCloseTo(0.8, 12);
		// Chain 1..5: d = [−2, −1, 0, 1, 2], lags [−1, −1, 0, 1, 1], Σ d·lag = 6, Σd² = 10 → I = 0.6.
		expect(moran.I).toBeCloseTo(0.6, 12);
		await expect(client.run({ ...request, kind: 'lisa', permutations: 0 })).rejects.toThrow(
			/permutations/
		);
		client.dispose();
	});
});
