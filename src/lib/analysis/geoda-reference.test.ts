/**
 * Validation against an independent implementation: GeoDa's C++ compiled to WebAssembly
 * (@geoda/core 0.0.22 for queen weights, @geoda/lisa 0.0.22 for Local Moran), on the real Gard
 * commune contours (COG 2025) and the census 2022 share of 0–14 year olds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { localMoran } from './lisa';
import { globalMoran } from './moran';
import { loadGeoda } from './testing/geoda-node';
import { readGardCommunes, shareYoung } from './testing/gard-data';
import { knnWeights } from './knn';
import { contiguityWeights, toNeighborLists } from './weights';

type Geoda = Awaited<ReturnType<typeof loadGeoda>>;
let geoda: Geoda;

beforeAll(async () => {
	geoda = await loadGeoda();
});

describe.each(['agglo', 'gard'] as const)('against GeoDa on the %s communes', (scope) => {
	const fc = readGardCommunes(scope);
	const x = shareYoung(fc);

	async function geodaQueen(): Promise<number[][]> {
		const gc = await geoda.core.getGeometryCollection({ geometries: fc.features as never });
		const lists = await geoda.core.getContiguityNeighborsFromGeomCollection({
			geomCollection: gc,
			isQueen: true,
			useCentroids: false,
			precisionThreshold: 0
		});
		return lists.map((l) => [...l].sort((a, b) => a - b));
	}

	it('has the expected number of communes', () => {
		expect(fc.features.length).toBe(scope === 'agglo' ? 71 : 350);
	});

	it('queen neighbours equal GeoDa’s exact-vertex queen, at tolerance 0 and at the default 1e-4', async () => {
		const ref = await geodaQueen();
		expect(toNeighborLists(contiguityWeights(fc, { tolerance: 0 }))).toEqual(ref);
		expect(toNeighborLists(contiguityWeights(fc))).toEqual(ref);
	});

	it('k-NN (k = 4, 6) equals GeoDa’s with metric "degrees"; the default metric differs on purpose', async () => {
		const gc = await geoda.core.getGeometryCollection({ geometries: fc.features as never });
		for (const k of [4, 6]) {
			const ref = (
				await geoda.core.getNearestNeighborsFromGeomCollection({ k, geomCollection: gc })
			).map((l) => [...l].sort((a, b) => a - b));
			expect(toNeighborLists(knnWeights(fc, { k, metric: 'degrees' }))).toEqual(ref);
			// Scaling longitudes by cos(latitude) changes some rows (about half here): GeoDa measures
			// distances in raw degrees, where a degree east counts as much as a degree north.
			expect(toNeighborLists(knnWeights(fc, { k }))).not.toEqual(ref);
		}
	});

	it('local Moran I_i and lags equal GeoDa’s to 1e-9; Moran’s I equals Σ I_i / (n − 1)', async () => {
		const w = contiguityWeights(fc, { tolerance: 0 });
		const ref = await geoda.lisa.localMoran({
			data: Array.from(x),
			neighbors: toNeighborLists(w),
			permutation: 99
		});
		const ours = localMoran(x, w, { permutations: 99 });
		ref.lisaValues.forEach((v, i) => expect(Math.abs(v - ours.localI[i]!)).toBeLessThan(1e-9));
		ref.lagValues.forEach((v, i) => expect(Math.abs(v - ours.lag[i]!)).toBeLessThan(1e-9));
		// With sample-sd z-scores Σ z² = n − 1, so the scatter-plot slope is Σ I_i / (n − 1).
		const reference = ref.lisaValues.reduce((s, v) => s + v, 0) / (x.length - 1);
		expect(Math.abs(globalMoran(x, w, { permutations: 9 }).I - reference)).toBeLessThan(1e-9);
	});

	it('pseudo p-values agree within Monte-Carlo error, and classes agree away from 0.05', async () => {
		const w = contiguityWeights(fc, { tolerance: 0 });
		const R = 9999;
		const ref = await geoda.lisa.localMoran({
			data: Array.from(x),
			neighbors: toNeighborLists(w),
			permutation: R,
			seed: 123456789
		});
		const ours = localMoran(x, w, { permutations: R, seed: 2025 });
		let compared = 0;
		ref.pValues.forEach((p, i) => {
			const q = ours.pValues[i]!;
			// Two independent estimates of the same p: sd of the difference √(2p(1−p)/R); 5 sd + lattice.
			expect(Math.abs(p - q)).toBeLessThan(5 * Math.sqrt((2 * p * (1 - p)) / R) + 2 / R);
			if (Math.abs(p - 0.05) > 0.01 && Math.abs(q - 0.05) > 0.01) {
				expect(ours.clusters[i]).toBe(ref.clusters[i]);
				compared++;
			}
		});
		expect(compared).toBeGreaterThan(0.8 * x.length);
	});
});
