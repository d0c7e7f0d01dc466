import { describe, expect, it } from 'vitest';
import { globalMoran, moranI } from './moran';
import { standardize } from './stats';
import { chainWeights, latticeWeights } from './testing/grids';

describe('moranI, computed by hand', () => {
	it('chain 1-2-3-4: I = 0.4', () => {
		// Deviations d = [−1.5, −0.5, 0.5, 1.5], Σd² = 5; row-standardised lags of d:
		// [−0.5, −0.5, 0.5, 0.5]; Σ d·lag = 0.75 + 0.25 + 0.25 + 0.75 = 2; I = (4/4) × 2/5 = 0.4.
		expect(moranI(standardize([1, 2, 3, 4]), chainWeights(4))).toBeCloseTo(0.4, 12);
	});

	it('3 × 3 rook checkerboard: I = −1', () => {
		// Five 1s and four 0s: d = 4/9 or −5/9, each lag is the opposite value.
		// Σ d·lag = 5(4/9)(−5/9) + 4(−5/9)(4/9) = −20/9 = −Σd², so I = −1.
		const x = Array.from({ length: 9 }, (_, i) =>
			(Math.floor(i / 3) + (i % 3)) % 2 === 0 ? 1 : 0
		);
		expect(moranI(standardize(x), latticeWeights(3, 3, 'rook'))).toBeCloseTo(-1, 12);
	});
});

describe('globalMoran permutation test', () => {
	it('reports E[I] = −1/(n − 1) and a small p for a strong gradient', () => {
		const w = latticeWeights(10, 10, 'rook');
		const x = Array.from({ length: 100 }, (_, i) => i % 10);
		const r = globalMoran(x, w, { permutations: 999, seed: 2 });
		expect(r.expected).toBeCloseTo(-1 / 99, 15);
		expect(r.I).toBeGreaterThan(0.8);
		// No permutation of a 100-cell gradient comes near: M = 0, p = 1/1000.
		expect(r.pValue).toBe(0.001);
		expect(r.zScore).toBeGreaterThan(5);
	});

	it('is reproducible with a seed', () => {
		const w = latticeWeights(6, 6, 'queen');
		// Values without spatial pattern, so that p is not stuck at its floor 1/(R + 1).
		const x = [
			3, 8, 1, 9, 4, 4, 7, 2, 6, 5, 0, 8, 1, 6, 3, 9, 2, 7, 5, 5, 0, 4, 8, 1, 6, 2, 9, 3, 7, 0, 5,
			8, 2, 6, 1, 4
		];
		expect(globalMoran(x, w, { seed: 9 })).toEqual(globalMoran(x, w, { seed: 9 }));
		expect(globalMoran(x, w, { seed: 9 }).permutedMean).not.toBe(
			globalMoran(x, w, { seed: 10 }).permutedMean
		);
	});
});
