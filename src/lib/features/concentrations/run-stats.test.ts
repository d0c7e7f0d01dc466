import { describe, expect, it } from 'vitest';
import type { SpatialWeights } from '$lib/analysis/weights';
import { keepStats, keptStats, statsKey, type StatsEntry, type StatsInput } from './run-stats';

// Three communes in a row: 1 — 2 — 3 (CSR: 1's neighbour is 2; 2's are 1 and 3; 3's is 2).
const weights: SpatialWeights = {
	kind: 'queen',
	n: 3,
	ids: ['30001', '30002', '30003'],
	offsets: Int32Array.from([0, 1, 3, 4]),
	neighbors: Int32Array.from([1, 0, 2, 1]),
	islands: []
};
const input = (over: Partial<StatsInput> = {}): StatsInput => ({
	values: Float64Array.from([10, 20, Number.NaN]),
	weights,
	permutations: 99,
	seed: 42,
	...over
});
const entry = { run: { lisaMs: 1 }, stability: [] } as unknown as StatsEntry;

describe('computations kept in the tab', () => {
	it('gives back a computation for the very same input only', () => {
		keepStats(input(), entry);
		expect(keptStats(input())).toBe(entry);
		// Any number the worker gets makes it another computation.
		expect(keptStats(input({ seed: 43 }))).toBeNull();
		expect(keptStats(input({ permutations: 999 }))).toBeNull();
		expect(keptStats(input({ values: Float64Array.from([10, 20, 30]) }))).toBeNull();
		expect(keptStats(input({ weights: { ...weights, kind: 'rook' } }))).toBeNull();
		const otherNeighbours = { ...weights, neighbors: Int32Array.from([2, 0, 2, 1]) };
		expect(keptStats(input({ weights: otherNeighbours }))).toBeNull();
	});

	it('keeps the 24 most recent computations', () => {
		const seeds = Array.from({ length: 25 }, (_, k) => 1000 + k);
		for (const seed of seeds) keepStats(input({ seed }), entry);
		expect(keptStats(input({ seed: 1000 }))).toBeNull();
		expect(keptStats(input({ seed: 1001 }))).toBe(entry);
		expect(keptStats(input({ seed: 1024 }))).toBe(entry);
		expect(statsKey(input({ seed: 1 }))).not.toBe(statsKey(input({ seed: 2 })));
	});
});
