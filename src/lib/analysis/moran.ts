/**
 * Global Moran's I with a permutation test, row-standardised weights.
 *
 * I = (n / S0) × Σ_i z_i lag_i / Σ_i z_i², with lag_i the mean of the neighbours' z and S0 the
 * sum of all weights (the number of units that have neighbours). Without islands this is the
 * slope of the Moran scatter plot, GeoDa's figure. Expected value under no autocorrelation:
 * E[I] = −1 / (n − 1).
 */
import { checkPermutations } from './permutation-pool';
import { createRng, randomInt } from './rng';
import { restrictToPresent, standardize, type Values } from './stats';
import type { SpatialWeights } from './weights';

/** Options of {@link globalMoran}. */
export interface MoranOptions {
	/** Number of random permutations R (default 999). */
	permutations?: number;
	/** Seed of the random generator (default 12345). */
	seed?: number;
}

/** Result of {@link globalMoran}. */
export interface MoranResult {
	/** Moran's I. */
	I: number;
	/** Expected value under spatial randomness, −1 / (n − 1). */
	expected: number;
	/** Pseudo p-value (M + 1) / (R + 1), M counted on the side of the observed deviation. */
	pValue: number;
	/** Mean of the permuted I. */
	permutedMean: number;
	/** Standard deviation of the permuted I. */
	permutedSd: number;
	/** (I − permuted mean) / permuted sd, as GeoDa reports it. */
	zScore: number;
	/** Units used (with a value). */
	n: number;
	permutations: number;
	seed: number;
}

/** Σ_i z_i × lag_i over units with neighbours, and S0. */
function crossProduct(z: Float64Array, w: SpatialWeights): { sum: number; s0: number } {
	let sum = 0;
	let s0 = 0;
	for (let i = 0; i < w.n; i++) {
		const start = w.offsets[i]!;
		const k = w.offsets[i + 1]! - start;
		if (k === 0) continue;
		let s = 0;
		for (let q = start; q < start + k; q++) s += z[w.neighbors[q]!]!;
		sum += (z[i]! * s) / k;
		s0 += 1;
	}
	return { sum, s0 };
}

/** Moran's I of standardised values (no test). */
export function moranI(z: Float64Array, w: SpatialWeights): number {
	let zz = 0;
	for (let i = 0; i < z.length; i++) zz += z[i]! * z[i]!;
	const { sum, s0 } = crossProduct(z, w);
	if (zz === 0 || s0 === 0) return NaN;
	return ((w.n / s0) * sum) / zz;
}

/**
 * Global Moran's I with a permutation pseudo p-value: the values are shuffled over the units R
 * times (Fisher–Yates), I is recomputed each time, and M counts permuted I at least as far
 * from E[I] as the observed one on the same side (one-sided in the observed direction, as
 * GeoDa and PySAL's p_sim). Missing values are dropped along with their links.
 */
export function globalMoran(
	values: Values,
	w: SpatialWeights,
	options: MoranOptions = {}
): MoranResult {
	const R = checkPermutations(options.permutations ?? 999);
	const seed = options.seed ?? 12345;
	const sub = restrictToPresent(values, w);
	const n = sub.values.length;
	const z = standardize(sub.values);
	const I = moranI(z, sub.weights);
	const expected = n > 1 ? -1 / (n - 1) : NaN;
	const rng = createRng(seed);
	const shuffled = Float64Array.from(z);
	let extreme = 0;
	let sum = 0;
	let sum2 = 0;
	for (let r = 0; r < R; r++) {
		for (let i = n - 1; i > 0; i--) {
			const j = randomInt(rng, i + 1);
			const t = shuffled[i]!;
			shuffled[i] = shuffled[j]!;
			shuffled[j] = t;
		}
		const Ir = moranI(shuffled, sub.weights);
		sum += Ir;
		sum2 += Ir * Ir;
		if (I >= expected ? Ir >= I : Ir <= I) extreme++;
	}
	const permutedMean = sum / R;
	const permutedSd = Math.sqrt(Math.max(0, sum2 / R - permutedMean ** 2));
	return {
		I,
		expected,
		pValue: Number.isFinite(I) ? (extreme + 1) / (R + 1) : NaN,
		permutedMean,
		permutedSd,
		zScore: permutedSd > 0 ? (I - permutedMean) / permutedSd : NaN,
		n,
		permutations: R,
		seed
	};
}
