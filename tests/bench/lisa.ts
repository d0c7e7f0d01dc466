/**
 * LISA benchmark (prints figures; not a test). Run with `npx tsx bench/lisa.ts`.
 *
 * - LISA, 9 999 permutations, the 71 Alès Agglomération communes (real contours from the shared
 *   mirror, queen weights): first run (cold JIT, as a fresh Web Worker would see it) and median
 *   of the following runs;
 * - LISA, 999 permutations, a synthetic 175 × 200 queen grid (35 000 units), seeded values;
 * - a naive plain-JavaScript LISA loop on the 71 communes (fresh random neighbours per unit and
 *   per permutation, rejection sampling, arrays of numbers), for the ratio;
 * - queen weights built from 35 000 square polygons.
 * `runLisaBench()` returns the figures so that the main benchmark can merge them.
 */
import type { Feature, Polygon } from 'geojson';
import { pathToFileURL } from 'node:url';
import { localMoran } from '../../src/lib/analysis/lisa';
import { createRng, randomUnit } from '../../src/lib/analysis/rng';
import { readGardCommunes, shareYoung } from '../../src/lib/analysis/testing/gard-data';
import { latticeWeights } from '../../src/lib/analysis/testing/grids';
import { contiguityWeights, toNeighborLists } from '../../src/lib/analysis/weights';

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function time(fn: () => unknown): number {
	const t0 = performance.now();
	fn();
	return performance.now() - t0;
}

/** CPU time of this thread's process (user + system), ms: steadier than wall time on a busy box. */
function cpuTime(fn: () => unknown): number {
	const c0 = process.cpuUsage();
	fn();
	const c = process.cpuUsage(c0);
	return (c.user + c.system) / 1000;
}

/** Straightforward LISA as one would first write it: no pool, no typed arrays, Math.random. */
function naiveLisa(x: number[], neighbors: number[][], R: number): number[] {
	const n = x.length;
	const mean = x.reduce((s, v) => s + v, 0) / n;
	const sd = Math.sqrt(x.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1));
	const z = x.map((v) => (v - mean) / sd);
	return z.map((zi, i) => {
		const nb = neighbors[i]!;
		const k = nb.length;
		if (k === 0) return NaN;
		const observed = (zi * nb.reduce((s, j) => s + z[j]!, 0)) / k;
		let larger = 0;
		for (let r = 0; r < R; r++) {
			const picked = new Set<number>();
			while (picked.size < k) {
				const j = Math.floor(Math.random() * n);
				if (j !== i) picked.add(j);
			}
			let s = 0;
			for (const j of picked) s += z[j]!;
			if ((zi * s) / k >= observed) larger++;
		}
		return (Math.min(larger, R - larger) + 1) / (R + 1);
	});
}

/** 35 000 unit squares on a 175 × 200 grid, as GeoJSON polygons. */
function squareGrid(cols: number, rows: number): Feature<Polygon>[] {
	const out: Feature<Polygon>[] = [];
	for (let r = 0; r < rows; r++) {
		for (let c = 0; c < cols; c++) {
			const [x, y, s] = [c * 0.01, 40 + r * 0.01, 0.01];
			const ring = [
				[x, y],
				[x + s, y],
				[x + s, y + s],
				[x, y + s],
				[x, y]
			];
			out.push({
				type: 'Feature',
				properties: {},
				geometry: { type: 'Polygon', coordinates: [ring] }
			});
		}
	}
	return out;
}

/** Runs the benchmark and returns its figures (milliseconds, and the naive/ours ratio). */
export async function runLisaBench(): Promise<Record<string, number>> {
	const fc = readGardCommunes('agglo');
	const x = shareYoung(fc);
	const w = contiguityWeights(fc);
	const cold71 = time(() => localMoran(x, w, { permutations: 9999, seed: 0 }));
	const runs71 = Array.from({ length: 9 }, (_, k) =>
		time(() => localMoran(x, w, { permutations: 9999, seed: k + 1 }))
	);

	const lists = toNeighborLists(w);
	const xs = Array.from(x);
	naiveLisa(xs, lists, 999); // warm-up, as for ours
	const naive = Array.from({ length: 5 }, () => time(() => naiveLisa(xs, lists, 9999)));

	const grid = latticeWeights(175, 200, 'queen');
	const rng = createRng(2025);
	const values = Float64Array.from({ length: grid.n }, () => randomUnit(rng));
	const cold35k = time(() => localMoran(values, grid, { permutations: 999, seed: 0 }));
	const runs35k = Array.from({ length: 5 }, (_, k) =>
		time(() => localMoran(values, grid, { permutations: 999, seed: k + 1 }))
	);

	const squares = { type: 'FeatureCollection' as const, features: squareGrid(175, 200) };
	const weights35k = median(
		Array.from({ length: 3 }, () => time(() => contiguityWeights(squares)))
	);

	const cpu71 = Array.from({ length: 9 }, (_, k) =>
		cpuTime(() => localMoran(x, w, { permutations: 9999, seed: k + 20 }))
	);
	const cpu35k = Array.from({ length: 3 }, (_, k) =>
		cpuTime(() => localMoran(values, grid, { permutations: 999, seed: k + 20 }))
	);
	const lisa71 = median(runs71);
	const naive71 = median(naive);
	return {
		lisa_71_9999_cold_ms: cold71,
		lisa_71_9999_median_ms: lisa71,
		lisa_71_9999_cpu_median_ms: median(cpu71),
		lisa_71_9999_naive_median_ms: naive71,
		lisa_71_naive_over_ours: naive71 / lisa71,
		lisa_35k_999_cold_ms: cold35k,
		lisa_35k_999_median_ms: median(runs35k),
		lisa_35k_999_cpu_median_ms: median(cpu35k),
		queen_weights_35k_squares_ms: weights35k
	};
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const figures = await runLisaBench();
	const fmt = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });
	console.table(Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, fmt.format(v)])));
}
