/**
 * Small numeric helpers shared by the statistics modules: standardisation, restriction of
 * weights to the units with a value, and the normal distribution.
 */
import type { SpatialWeights } from './weights';

/** Numeric input: a plain array (with null for missing values) or a typed array (NaN = missing). */
export type Values = ArrayLike<number | null>;

/** True when the value is a finite number (null, undefined and NaN are missing). */
export function isPresent(v: number | null | undefined): v is number {
	return typeof v === 'number' && Number.isFinite(v);
}

/**
 * Standardises to z-scores, (x − mean) / sd with the sample standard deviation (n − 1), the
 * convention of GeoDa's LISA, so that local statistics match it digit for digit.
 * Returns zeros when all values are equal (sd = 0): there is then nothing to map.
 */
export function standardize(values: ArrayLike<number>): Float64Array {
	const n = values.length;
	let sum = 0;
	for (let i = 0; i < n; i++) sum += values[i]!;
	const mean = sum / n;
	let ss = 0;
	for (let i = 0; i < n; i++) ss += (values[i]! - mean) ** 2;
	const sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
	const z = new Float64Array(n);
	if (sd > 0) for (let i = 0; i < n; i++) z[i] = (values[i]! - mean) / sd;
	return z;
}

/** Units kept by {@link restrictToPresent}, and the weights between them only. */
export interface Restricted {
	/** Original index of each kept unit. */
	keep: Int32Array;
	/** Values of the kept units. */
	values: Float64Array;
	/** Weights among kept units; links to units without a value are dropped. */
	weights: SpatialWeights;
}

/**
 * Drops units whose value is missing, and every link to them. A unit whose neighbours all lack a
 * value becomes an island: we never let a missing value count as 0 in a spatial lag.
 */
export function restrictToPresent(values: Values, w: SpatialWeights): Restricted {
	if (values.length !== w.n) {
		throw new Error(`${values.length} valeurs pour ${w.n} unités : alignez les valeurs sur w.ids.`);
	}
	const newIndex = new Int32Array(w.n).fill(-1);
	const kept: number[] = [];
	for (let i = 0; i < w.n; i++) {
		if (isPresent(values[i])) {
			newIndex[i] = kept.length;
			kept.push(i);
		}
	}
	const keep = Int32Array.from(kept);
	const m = keep.length;
	const offsets = new Int32Array(m + 1);
	const nb: number[] = [];
	const islands: number[] = [];
	for (let a = 0; a < m; a++) {
		const i = keep[a]!;
		for (let q = w.offsets[i]!; q < w.offsets[i + 1]!; q++) {
			const j = newIndex[w.neighbors[q]!]!;
			if (j >= 0) nb.push(j);
		}
		offsets[a + 1] = nb.length;
		if (offsets[a + 1] === offsets[a]) islands.push(a);
	}
	const ids = kept.map((i) => w.ids[i] ?? String(i));
	const vals = Float64Array.from(kept, (i) => values[i] as number);
	const weights: SpatialWeights = {
		kind: w.kind,
		n: m,
		ids,
		offsets,
		neighbors: Int32Array.from(nb),
		islands
	};
	return { keep, values: vals, weights };
}

/**
 * Complementary error function, W. J. Cody's rational Chebyshev approximation as given in
 * Numerical Recipes (erfc with fractional error below 1.2e-7 everywhere).
 */
export function erfc(x: number): number {
	const z = Math.abs(x);
	const t = 1 / (1 + 0.5 * z);
	const r =
		t *
		Math.exp(
			-z * z -
				1.26551223 +
				t *
					(1.00002368 +
						t *
							(0.37409196 +
								t *
									(0.09678418 +
										t *
											(-0.18628806 +
												t *
													(0.27886807 +
														t *
															(-1.13520398 +
																t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))))
		);
	return x >= 0 ? r : 2 - r;
}

/** Two-sided p-value of a standard normal z-score: P(|Z| ≥ |z|). */
export function twoSidedNormalP(z: number): number {
	return erfc(Math.abs(z) / Math.SQRT2);
}
