/**
 * Getis–Ord Gi* hot and cold spots: the unit itself counts among its neighbours (the "star").
 *
 * - G*_i = mean of x over N(i) ∪ {i} / Σ_j x_j (GeoDa's value, row-standardised);
 * - analytic z-score, Ord & Getis (1995) with binary weights w_ij = 1 on N(i) ∪ {i}:
 *     z_i = (Σ_{N*(i)} x_j − x̄ W_i) / (S √((n W_i − W_i²) / (n − 1))),
 *   W_i = |N(i)| + 1, x̄ the mean and S² = Σ x² / n − x̄²; its p-value is two-sided normal;
 * - or a conditional permutation pseudo p-value (folded, as LISA, see conditional-test.ts).
 * G* only makes sense for non-negative values (counts, rates); the z-score works for any value.
 */
import { HotSpotClass } from './clusters';
import { conditionalPValues } from './conditional-test';
import { checkPermutations } from './permutation-pool';
import { restrictToPresent, twoSidedNormalP, type Values } from './stats';
import type { SpatialWeights } from './weights';

/** Options of {@link getisOrdGiStar}. */
export interface GiStarOptions {
	/** 'analytic' (normal approximation, default) or 'permutation'. */
	inference?: 'analytic' | 'permutation';
	/** Permutations when `inference` is 'permutation' (default 999). */
	permutations?: number;
	/** Seed of the permutations (default 12345). */
	seed?: number;
	/** Threshold for the hot/cold classes (default 0.05). */
	alpha?: number;
}

/** Result of {@link getisOrdGiStar}, aligned on the weights' units; NaN where undefined. */
export interface GiStarResult {
	/** G*_i. */
	gStar: Float64Array;
	/** Analytic z-score. */
	zScores: Float64Array;
	/** p-values (analytic two-sided, or folded permutation pseudo p). */
	pValues: Float64Array;
	/** {@link HotSpotClass} codes at `alpha`. */
	classes: Uint8Array;
	inference: 'analytic' | 'permutation';
	alpha: number;
}

/** Gi* z-scores, p-values and hot/cold spot classes. Missing values are left out (class 5). */
export function getisOrdGiStar(
	values: Values,
	w: SpatialWeights,
	options: GiStarOptions = {}
): GiStarResult {
	const inference = options.inference ?? 'analytic';
	const alpha = options.alpha ?? 0.05;
	const sub = restrictToPresent(values, w);
	const x = sub.values;
	const sw = sub.weights;
	const n = x.length;
	let sum = 0;
	let sum2 = 0;
	for (let i = 0; i < n; i++) {
		sum += x[i]!;
		sum2 += x[i]! * x[i]!;
	}
	const mean = sum / n;
	const s = Math.sqrt(Math.max(0, sum2 / n - mean * mean));
	const gStar = new Float64Array(n).fill(NaN);
	const zScores = new Float64Array(n).fill(NaN);
	const neighbourMean = new Float64Array(n).fill(NaN);
	const one = new Float64Array(n).fill(1);
	for (let i = 0; i < n; i++) {
		const start = sw.offsets[i]!;
		const k = sw.offsets[i + 1]! - start;
		if (k === 0) continue;
		let local = 0;
		for (let q = start; q < start + k; q++) local += x[sw.neighbors[q]!]!;
		neighbourMean[i] = local / k;
		const W = k + 1;
		const total = local + x[i]!;
		gStar[i] = total / W / sum;
		const denom = s * Math.sqrt((n * W - W * W) / (n - 1));
		zScores[i] = denom > 0 ? (total - mean * W) / denom : NaN;
	}
	let pValues: Float64Array;
	if (inference === 'permutation') {
		const R = checkPermutations(options.permutations ?? 999);
		// G*_i is increasing in the mean of the drawn neighbours: compare that mean directly.
		pValues = conditionalPValues(x, sw.offsets, one, neighbourMean, R, options.seed ?? 12345);
	} else {
		pValues = zScores.map((z) => (Number.isFinite(z) ? twoSidedNormalP(z) : NaN));
	}
	const classes = new Uint8Array(n).fill(HotSpotClass.Island);
	for (let i = 0; i < n; i++) {
		if (!Number.isFinite(gStar[i]!)) continue;
		const significant = pValues[i]! <= alpha;
		classes[i] = !significant
			? HotSpotClass.NotSignificant
			: zScores[i]! > 0
				? HotSpotClass.Hot
				: HotSpotClass.Cold;
	}
	// Back to the full set of units; units without a value get class 5.
	const expand = (a: Float64Array) => {
		const out = new Float64Array(w.n).fill(NaN);
		sub.keep.forEach((i, k) => (out[i] = a[k]!));
		return out;
	};
	const fullClasses = new Uint8Array(w.n).fill(HotSpotClass.Undefined);
	sub.keep.forEach((i, k) => (fullClasses[i] = classes[k]!));
	return {
		gStar: expand(gStar),
		zScores: expand(zScores),
		pValues: expand(pValues),
		classes: fullClasses,
		inference,
		alpha
	};
}
