import { beforeAll, describe, expect, it } from 'vitest';
import { HotSpotClass } from './clusters';
import { getisOrdGiStar } from './getis-ord';
import { loadGeoda } from './testing/geoda-node';
import { readGardCommunes, shareYoung } from './testing/gard-data';
import { chainWeights, latticeWeights } from './testing/grids';
import { contiguityWeights, toNeighborLists } from './weights';

describe('getisOrdGiStar, computed by hand', () => {
	it('chain 1-2-3-4-5: G*, analytic z = ±√3 at the ends, p = 0.0833', () => {
		// n = 5, mean 3, S² = 55/5 − 9 = 2. Unit 0: N* = {0, 1}, W = 2, Σ = 3.
		// z_0 = (3 − 3·2) / (√2 · √((5·2 − 4)/4)) = −3 / √3 = −√3. Unit 2: Σ = 9 = 3·3, z = 0.
		// Two-sided p for |z| = √3 ≈ 1.7321: 2 (1 − Φ(1.7321)) = 2 × 0.04163 = 0.08326.
		const r = getisOrdGiStar([1, 2, 3, 4, 5], chainWeights(5));
		expect(r.gStar[0]).toBeCloseTo(3 / 2 / 15, 12);
		expect(r.zScores[0]).toBeCloseTo(-Math.sqrt(3), 12);
		expect(r.zScores[1]).toBeCloseTo(-Math.sqrt(3), 12);
		expect(r.zScores[2]).toBeCloseTo(0, 12);
		expect(r.zScores[4]).toBeCloseTo(Math.sqrt(3), 12);
		expect(r.pValues[0]).toBeCloseTo(0.08326, 4);
		expect(r.classes[0]).toBe(HotSpotClass.NotSignificant);
		expect(r.classes[4]).toBe(HotSpotClass.NotSignificant);
		expect(r.classes[0]).toBe(r.classes[4]);
	});

	it('finds a hot block and a cold block (analytic and permutation)', () => {
		const g = latticeWeights(15, 15, 'queen');
		const x = Float64Array.from({ length: g.n }, (_, i) => {
			const r = Math.floor(i / 15);
			const c = i % 15;
			return (r < 4 && c < 4 ? 50 : r > 10 && c > 10 ? 0 : 20) + ((i * 7) % 5);
		});
		for (const inference of ['analytic', 'permutation'] as const) {
			const res = getisOrdGiStar(x, g, { inference, seed: 4 });
			expect(res.classes[1 * 15 + 1]).toBe(HotSpotClass.Hot);
			expect(res.classes[13 * 15 + 13]).toBe(HotSpotClass.Cold);
		}
	});

	it('marks missing values as undefined', () => {
		const r = getisOrdGiStar([1, null, 3, 4, 5], chainWeights(5));
		expect(r.classes[1]).toBe(HotSpotClass.Undefined);
		expect(r.classes[0]).toBe(HotSpotClass.Island);
	});
});

/** Exact folded p for a unit with one neighbour: ties (the real neighbour) count on both sides. */
function exactSingleNeighbourP(x: Float64Array, i: number, nb: number): number {
	const others = Array.from(x).filter((_, j) => j !== i);
	const atLeast = others.filter((v) => v >= x[nb]!).length;
	const atMost = others.filter((v) => v <= x[nb]!).length;
	return Math.min(atLeast, atMost) / others.length;
}

describe('getisOrdGiStar against GeoDa (localGStar) on the 71 Agglo communes', () => {
	let geoda: Awaited<ReturnType<typeof loadGeoda>>;
	beforeAll(async () => {
		geoda = await loadGeoda();
	});

	it('G* equals GeoDa’s to 1e-12 and permutation p-values agree within Monte-Carlo error', async () => {
		const fc = readGardCommunes('agglo');
		const x = shareYoung(fc);
		const w = contiguityWeights(fc, { tolerance: 0 });
		const R = 9999;
		const ref = await geoda.lisa.localGStar({
			data: Array.from(x),
			neighbors: toNeighborLists(w),
			permutation: R,
			seed: 987654321
		});
		const ours = getisOrdGiStar(x, w, { inference: 'permutation', permutations: R, seed: 31 });
		let compared = 0;
		ref.lisaValues.forEach((g, i) => {
			expect(Math.abs(g - ours.gStar[i]!)).toBeLessThan(1e-12);
			const q = ours.pValues[i]!;
			const k = w.offsets[i + 1]! - w.offsets[i]!;
			// With one neighbour the conditional distribution is uniform over the 70 other values, so
			// the exact folded p is a rank count. Drawing the real neighbour ties with the observed
			// value; GeoDa leaves that tie out of the lower tail (anti-conservative by 1/70), we keep it.
			const exact = k === 1 ? exactSingleNeighbourP(x, i, w.neighbors[w.offsets[i]!]!) : NaN;
			const p = k === 1 ? exact : ref.pValues[i]!;
			const mc = k === 1 ? 1 : 2;
			expect(Math.abs(p - q)).toBeLessThan(5 * Math.sqrt((mc * p * (1 - p)) / R) + 2 / R);
			if (k > 1 && Math.abs(p - 0.05) > 0.01 && Math.abs(q - 0.05) > 0.01) {
				// GeoDa codes: 0 not significant, 1 high (hot), 2 low (cold) — the same numbers as ours.
				expect(ours.classes[i]).toBe(ref.clusters[i]);
				compared++;
			}
		});
		expect(compared).toBeGreaterThan(50);
	});
});
