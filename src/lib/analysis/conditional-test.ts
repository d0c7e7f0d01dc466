/**
 * Conditional permutation test shared by LISA and Gi*: unit i is held fixed, |N(i)| other
 * values are drawn without replacement, and the permuted statistic is a monotone function of
 * their mean m. Each caller gives, per unit, a factor f_i and the observed threshold t_i, and the
 * permuted statistic is compared as `m × f_i` against `t_i` (for LISA f_i = z_i, t_i = I_i,
 * which is GeoDa's own expression, so that the same draws give the same counts).
 *
 * Folded pseudo p-value: p = (min(#{≥ t_i}, #{≤ t_i}) + 1) / (R + 1), the extremes counted on
 * the side of the observed value. Ties count on both sides. GeoDa counts R − #{≥} for the lower
 * side, so a tie (e.g. I_i = 0 for a unit exactly at the mean, or discrete data) gives it
 * p = 1/(R + 1), the smallest possible; we give the conservative p instead. Without ties both
 * definitions are identical.
 */
import {
	buildPermutationPool,
	countAtLeast,
	maxCardinality,
	pooledMeans,
	poolOccurrences,
	sortRows
} from './permutation-pool';

/**
 * Folded pseudo p-values (NaN for units without neighbours). `values` are what is drawn (z for
 * LISA, x for Gi*); pool indices in [0, n − 1) skip the unit held fixed by standing the last unit
 * in for it, so the rows where i itself was drawn are recomputed (they are rare: R k / (n − 1)).
 */
export function conditionalPValues(
	values: Float64Array,
	offsets: Int32Array,
	factor: Float64Array,
	threshold: Float64Array,
	permutations: number,
	seed: number
): Float64Array {
	const n = values.length;
	const R = permutations;
	const p = new Float64Array(n).fill(NaN);
	if (n < 2) return p;
	const pool = buildPermutationPool(n, maxCardinality(offsets), R, seed);
	const width = pool.width;
	const idx = pool.indices;
	const means = pooledMeans(pool, values);
	// Sorting costs about width × R × log R (V8's typed-array sort is not fast); a linear scan
	// costs n × R. Sort only when there are many more units than neighbour-count rows.
	const sorted = n > 4 * width * Math.log2(R + 1) ? sortRows(means, R) : null;
	const occ = poolOccurrences(pool, n);
	const last = n - 1;
	for (let i = 0; i < n; i++) {
		const k = offsets[i + 1]! - offsets[i]!;
		if (k === 0) continue;
		const f = factor[i]!;
		const t = threshold[i]!;
		const row = (k - 1) * R;
		let atLeast = 0;
		let above = 0;
		if (sorted) {
			atLeast = countAtLeast(sorted, row, R, f, t);
			above = countAtLeast(sorted, row, R, f, t, true);
		} else {
			// `+(cond)` compiles to a branch-free set; `cond ? 1 : 0` measured twice as slow here.
			for (let r = row, end = row + R; r < end; r++) {
				const v = means[r]! * f;
				atLeast += +(v >= t);
				above += +(v > t);
			}
		}
		if (i !== last) {
			for (let q = occ.start[i]!; q < occ.start[i + 1]!; q++) {
				const pos = occ.pos[q]!;
				const slot = pos % width;
				if (slot >= k) continue;
				const base = pos - slot;
				let s = 0;
				for (let u = 0; u < k; u++) {
					const j = idx[base + u]!;
					s += values[j === i ? last : j]!;
				}
				const before = means[row + base / width]! * f;
				const after = (s / k) * f;
				atLeast += (after >= t ? 1 : 0) - (before >= t ? 1 : 0);
				above += (after > t ? 1 : 0) - (before > t ? 1 : 0);
			}
		}
		const atMost = R - above;
		p[i] = (Math.min(atLeast, atMost) + 1) / (R + 1);
	}
	return p;
}
