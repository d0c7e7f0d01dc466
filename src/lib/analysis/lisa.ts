/**
 * Local Moran's I (LISA) with conditional permutation pseudo p-values, row-standardised weights.
 *
 * Definitions (as GeoDa, so our numbers can be checked against it):
 * - z_i = (x_i − mean) / sd, sample sd (n − 1);
 * - lag_i = mean of z_j over the neighbours j of i;
 * - I_i = z_i × lag_i.
 * Pseudo p-value, "folded" like GeoDa: hold z_i fixed, draw |N(i)| other values without
 * replacement R times, M = the number of permuted I_i at least as extreme as the observed one on
 * the side of the observed value, p = (M + 1) / (R + 1) (ties: see conditional-test.ts).
 * So p ≥ 1 / (R + 1): with 999 permutations no p-value can go below 0.001.
 * The folded p is one-sided in the observed direction: with no spatial structure at all, about
 * 2α of the units fall under α. `sides: 'two-sided'` doubles it (capped at 1) for a test whose
 * false-positive rate is α; the default stays 'folded' so that maps match GeoDa's.
 */
import { ClusterClass, quadrant, type ClusterCode } from './clusters';
import { conditionalPValues } from './conditional-test';
import { checkPermutations } from './permutation-pool';
import { restrictToPresent, standardize, type Values } from './stats';
import type { SpatialWeights } from './weights';

/** Options of {@link localMoran}. */
export interface LisaOptions {
	/** Number of permutations R (default 999, at most 99 999). */
	permutations?: number;
	/** Seed of the random generator: same seed, same p-values (default 12345). */
	seed?: number;
	/** Significance threshold used for `clusters` (default 0.05). */
	alpha?: number;
	/** 'folded' (GeoDa, default) or 'two-sided' (folded p doubled, capped at 1). */
	sides?: 'folded' | 'two-sided';
}

/** Result of {@link localMoran}; arrays are aligned on the weights' units. NaN where undefined. */
export interface LisaResult {
	/** Standardised values z_i. */
	z: Float64Array;
	/** Spatial lag of z (mean of the neighbours' z). */
	lag: Float64Array;
	/** Local Moran's I_i = z_i × lag_i. */
	localI: Float64Array;
	/** Folded pseudo p-values (M + 1) / (R + 1). */
	pValues: Float64Array;
	/** Moran scatter plot quadrant, whatever the significance ({@link ClusterClass} codes 1–4, 5, 6). */
	quadrants: Uint8Array;
	/** Cluster class at `alpha` (0 = not significant). */
	clusters: Uint8Array;
	/** Number of neighbours used for each unit. */
	neighborCount: Int32Array;
	permutations: number;
	seed: number;
	alpha: number;
	sides: 'folded' | 'two-sided';
}

/** Default number of permutations. */
export const DEFAULT_PERMUTATIONS = 999;
/** Default seed, so that two screens showing the same map show the same p-values. */
export const DEFAULT_SEED = 12345;

/** Local Moran's I on units that all have a value (no missing values). */
function localMoranComplete(
	x: Float64Array,
	w: SpatialWeights,
	R: number,
	seed: number,
	alpha: number,
	twoSided: boolean
): Omit<LisaResult, 'permutations' | 'seed' | 'alpha' | 'sides'> {
	const n = x.length;
	const z = standardize(x);
	const lag = new Float64Array(n).fill(NaN);
	const localI = new Float64Array(n).fill(NaN);
	const pValues = new Float64Array(n).fill(NaN);
	const quadrants = new Uint8Array(n).fill(ClusterClass.Island);
	const clusters = new Uint8Array(n).fill(ClusterClass.Island);
	const neighborCount = new Int32Array(n);
	for (let i = 0; i < n; i++) {
		const start = w.offsets[i]!;
		const k = w.offsets[i + 1]! - start;
		neighborCount[i] = k;
		if (k === 0) continue;
		let s = 0;
		for (let q = start; q < start + k; q++) s += z[w.neighbors[q]!]!;
		lag[i] = s / k;
		localI[i] = z[i]! * lag[i]!;
		quadrants[i] = quadrant(z[i]!, lag[i]!);
	}
	if (n > 1) {
		const folded = conditionalPValues(z, w.offsets, z, localI, R, seed);
		for (let i = 0; i < n; i++) {
			if (neighborCount[i] === 0) continue;
			pValues[i] = twoSided ? Math.min(1, 2 * folded[i]!) : folded[i]!;
			clusters[i] = pValues[i]! <= alpha ? quadrants[i]! : ClusterClass.NotSignificant;
		}
	}
	return { z, lag, localI, pValues, quadrants, clusters, neighborCount };
}

/**
 * Local Moran's I with conditional permutation pseudo p-values (see the module comment).
 * Missing values (null/NaN) get class "Valeur manquante" and are left out of everybody's lag and
 * of the permutations. Units without neighbours get class "Sans voisin" and NaN statistics.
 */
export function localMoran(
	values: Values,
	w: SpatialWeights,
	options: LisaOptions = {}
): LisaResult {
	const R = checkPermutations(options.permutations ?? DEFAULT_PERMUTATIONS);
	const seed = options.seed ?? DEFAULT_SEED;
	const alpha = options.alpha ?? 0.05;
	const sides = options.sides ?? 'folded';
	const sub = restrictToPresent(values, w);
	const part = localMoranComplete(sub.values, sub.weights, R, seed, alpha, sides === 'two-sided');
	if (sub.keep.length === w.n) return { ...part, permutations: R, seed, alpha, sides };
	const expandF = (a: Float64Array) => {
		const out = new Float64Array(w.n).fill(NaN);
		sub.keep.forEach((i, a2) => (out[i] = a[a2]!));
		return out;
	};
	const expandClass = (a: Uint8Array) => {
		const out = new Uint8Array(w.n).fill(ClusterClass.Undefined);
		sub.keep.forEach((i, a2) => (out[i] = a[a2]!));
		return out;
	};
	const neighborCount = new Int32Array(w.n);
	sub.keep.forEach((i, a) => (neighborCount[i] = part.neighborCount[a]!));
	return {
		z: expandF(part.z),
		lag: expandF(part.lag),
		localI: expandF(part.localI),
		pValues: expandF(part.pValues),
		quadrants: expandClass(part.quadrants),
		clusters: expandClass(part.clusters),
		neighborCount,
		permutations: R,
		seed,
		alpha,
		sides
	};
}

/** Cluster classes at another threshold, or from a significance mask (e.g. FDR), without recomputing. */
export function clustersAt(result: LisaResult, significant: (i: number) => boolean): Uint8Array {
	const out = new Uint8Array(result.quadrants.length);
	result.quadrants.forEach((q, i) => {
		const isClass = q === ClusterClass.Island || q === ClusterClass.Undefined;
		out[i] = isClass || significant(i) ? q : ClusterClass.NotSignificant;
	});
	return out;
}

/** Re-exported for callers that only need the code type. */
export type { ClusterCode };
