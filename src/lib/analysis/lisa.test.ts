import { randomNormal, randomLcg } from 'd3-random';
import { describe, expect, it } from 'vitest';
import { ClusterClass } from './clusters';
import { localMoran } from './lisa';
import { buildPermutationPool } from './permutation-pool';
import { standardize } from './stats';
import { chainWeights, latticeWeights } from './testing/grids';
import { weightsFromLists } from './weights';

describe('localMoran statistics, computed by hand', () => {
	it('chain 1-2-3-4-5: z = (x − 3)/√2.5, I = z_i × mean(z of neighbours)', () => {
		// sd (n − 1) = √(10/4) = √2.5, so z = [−2, −1, 0, 1, 2] / √2.5.
		// I_0 = z_0 z_1 = 2/2.5 = 0.8 ; I_1 = z_1 (z_0 + z_2)/2 = (−1)(−2)/2 /2.5 = 0.4 ; I_2 = 0.
		const r = localMoran([1, 2, 3, 4, 5], chainWeights(5), { permutations: 99 });
		const s = Math.sqrt(2.5);
		const expected = {
			z: [-2 / s, -1 / s, 0, 1 / s, 2 / s],
			lag: [-1 / s, -1 / s, 0, 1 / s, 1 / s],
			I: [0.8, 0.4, 0, 0.4, 0.8]
		};
		expected.z.forEach((v, i) => expect(r.z[i]).toBeCloseTo(v, 12));
		expected.lag.forEach((v, i) => expect(r.lag[i]).toBeCloseTo(v, 12));
		expected.I.forEach((v, i) => expect(r.localI[i]).toBeCloseTo(v, 12));
		// Quadrants: low-low at the low end, high-high at the high end.
		expect(r.quadrants[0]).toBe(ClusterClass.LowLow);
		expect(r.quadrants[4]).toBe(ClusterClass.HighHigh);
	});

	it('marks a unit without value as undefined and keeps it out of its neighbours’ lag', () => {
		// Chain 0-1-2-3 with x1 missing: unit 0 loses its only neighbour (island), unit 2 keeps 3 only.
		const r = localMoran([1, null, 3, 5], chainWeights(4), { permutations: 99 });
		expect(r.clusters[1]).toBe(ClusterClass.Undefined);
		expect(r.clusters[0]).toBe(ClusterClass.Island);
		expect(r.neighborCount[2]).toBe(1);
		// Values kept: 1, 3, 5 → mean 3, sd 2, z = [−1, 0, 1]; lag_2 = z_3 = 1.
		expect(r.lag[2]).toBeCloseTo(1, 12);
		expect(Number.isNaN(r.pValues[0]!)).toBe(true);
		expect(Number.isNaN(r.pValues[1]!)).toBe(true);
	});

	it('gives islands NaN statistics and the “Sans voisin” class', () => {
		const w = weightsFromLists([[1], [0], []]);
		const r = localMoran([1, 2, 3], w, { permutations: 99 });
		expect(r.clusters[2]).toBe(ClusterClass.Island);
		expect(Number.isNaN(r.localI[2]!)).toBe(true);
	});
});

describe('localMoran permutation test', () => {
	const w = latticeWeights(12, 10, 'queen');
	const rand = randomNormal.source(randomLcg(0.42))();
	const values = Float64Array.from({ length: w.n }, () => rand());

	it('same seed gives identical p-values; another seed gives different ones', () => {
		const a = localMoran(values, w, { permutations: 999, seed: 7 });
		const b = localMoran(values, w, { permutations: 999, seed: 7 });
		const c = localMoran(values, w, { permutations: 999, seed: 8 });
		expect(Array.from(b.pValues)).toEqual(Array.from(a.pValues));
		expect(Array.from(c.pValues)).not.toEqual(Array.from(a.pValues));
	});

	it('p-values lie on the (M + 1)/(R + 1) lattice, between 1/(R + 1) and 0.5 + 1/(R + 1)', () => {
		const r = localMoran(values, w, { permutations: 99, seed: 1 });
		for (const p of r.pValues) {
			const m = p * 100 - 1;
			expect(Math.abs(m - Math.round(m))).toBeLessThan(1e-9);
			expect(p).toBeGreaterThanOrEqual(0.01);
			expect(p).toBeLessThanOrEqual(0.51);
		}
	});

	it('equals a naive conditional permutation loop over the same pool (linear and sorted paths)', () => {
		for (const [cols, rows, R] of [
			[12, 10, 199],
			[60, 50, 99]
		] as const) {
			const ww = latticeWeights(cols, rows, 'queen');
			const x = Float64Array.from({ length: ww.n }, () => rand());
			const fast = localMoran(x, ww, { permutations: R, seed: 3 });
			// Naive: for each unit, for each pooled row, sum the first k drawn values, index i → n − 1.
			const z = standardize(x);
			const n = ww.n;
			const pool = buildPermutationPool(n, 8, R, 3);
			for (let i = 0; i < n; i++) {
				const k = ww.offsets[i + 1]! - ww.offsets[i]!;
				let larger = 0;
				let smaller = 0;
				for (let r = 0; r < R; r++) {
					let s = 0;
					for (let t = 0; t < k; t++) {
						const j = pool.indices[r * pool.width + t]!;
						s += z[j === i ? n - 1 : j]!;
					}
					if ((s / k) * z[i]! >= fast.localI[i]!) larger++;
					if ((s / k) * z[i]! <= fast.localI[i]!) smaller++;
				}
				const m = Math.min(larger, smaller);
				expect(fast.pValues[i]).toBe((m + 1) / (R + 1));
			}
		}
	});

	it('is calibrated under spatial randomness: ≈ 2α folded, ≈ α two-sided', () => {
		const big = latticeWeights(40, 40, 'rook');
		const x = Float64Array.from({ length: big.n }, () => rand());
		const share = (ps: Float64Array) => ps.filter((p) => p <= 0.05).length / ps.length;
		expect(share(localMoran(x, big, { seed: 11 }).pValues)).toBeGreaterThan(0.07);
		expect(share(localMoran(x, big, { seed: 11 }).pValues)).toBeLessThan(0.13);
		const two = localMoran(x, big, { seed: 11, sides: 'two-sided' }).pValues;
		expect(share(two)).toBeGreaterThan(0.03);
		expect(share(two)).toBeLessThan(0.07);
	});

	it('finds a planted high block as high-high and a low block as low-low', () => {
		// 20 × 20 rook grid of noise with a 6 × 6 block at +10 and another at −10. Each block is 36 of
		// 400 cells, so 4 random neighbours all come from the block with probability ≈ (36/399)^4:
		// block interiors must be significant. (With a half/half split that probability is about
		// (1/2)^4 ≈ 6 %, and no rook LISA could reach p ≤ 0.05: a property of the test, not a bug.)
		const g = latticeWeights(20, 20, 'rook');
		const inBlock = (i: number, r0: number, c0: number) => {
			const r = Math.floor(i / 20) - r0;
			const c = (i % 20) - c0;
			return r >= 0 && r < 6 && c >= 0 && c < 6;
		};
		const x = Float64Array.from(
			{ length: g.n },
			(_, i) => (inBlock(i, 2, 2) ? 10 : inBlock(i, 12, 12) ? -10 : 0) + rand()
		);
		const r = localMoran(x, g, { permutations: 999, seed: 5 });
		for (const i of [4 * 20 + 4, 5 * 20 + 5, 4 * 20 + 5])
			expect(r.clusters[i]).toBe(ClusterClass.HighHigh);
		for (const i of [14 * 20 + 14, 15 * 20 + 15, 14 * 20 + 15])
			expect(r.clusters[i]).toBe(ClusterClass.LowLow);
	});

	it('does not call a unit exactly at the mean significant (ties count on both sides)', () => {
		// Regression: with GeoDa's rule (lower side = R − #≥), I_2 = 0 gets p = 1/(R + 1) and the
		// class high-high. Every permuted I_2 is 0 too, so both tails hold all R draws: p = 1.
		const r = localMoran([1, 2, 3, 4, 5], chainWeights(5), { permutations: 99, seed: 1 });
		expect(r.pValues[2]).toBe(1);
		expect(r.clusters[2]).toBe(ClusterClass.NotSignificant);
	});

	it('refuses more than 99 999 permutations with a message saying what to do', () => {
		expect(() => localMoran(values, w, { permutations: 100_000 })).toThrow(/99 999/);
	});
});
