/**
 * The shared pool of random neighbour sets used by the conditional permutation tests
 * (LISA, Gi*). GeoDa does the same: instead of drawing fresh neighbours for every unit and
 * every permutation, it draws R sets of `maxK` distinct indices once and reuses them for all
 * units. Each unit's test is still an exact conditional permutation test; only the tests of
 * different units share their random draws (their p-values are a little correlated, which does
 * not change their individual validity).
 */
import { fillUint32 } from './rng';

/** 2^-32, to map a uint32 to [0, 1). */
const INV_2_32 = 2.3283064365386963e-10;

/** R rows of `width` distinct indices in [0, n − 1), row-major. */
export interface PermutationPool {
	/** Number of permutations R. */
	permutations: number;
	/** Indices per row (the largest neighbour count). */
	width: number;
	/** R × width indices. */
	indices: Int32Array;
}

/**
 * Draws the pool with a partial Fisher–Yates shuffle: `width` swaps per permutation instead of a
 * full shuffle of n − 1 values. The scratch array is not reset between rows: a partial
 * Fisher–Yates on any arrangement still yields a uniform sample without replacement.
 * Indices are in [0, n − 1): callers map them past the unit held fixed (see lisa.ts).
 */
export function buildPermutationPool(
	n: number,
	width: number,
	permutations: number,
	seed: number
): PermutationPool {
	const candidates = n - 1;
	const k = Math.max(0, Math.min(width, candidates));
	const indices = new Int32Array(permutations * k);
	const scratch = new Int32Array(Math.max(0, candidates));
	for (let j = 0; j < candidates; j++) scratch[j] = j;
	const draws = fillUint32(seed, new Uint32Array(permutations * k));
	let out = 0;
	for (let r = 0; r < permutations; r++) {
		for (let t = 0; t < k; t++) {
			// Multiply-shift to [0, candidates − t), as randomInt in rng.ts.
			const pick = t + Math.floor(draws[out]! * INV_2_32 * (candidates - t));
			const chosen = scratch[pick]!;
			scratch[pick] = scratch[t]!;
			scratch[t] = chosen;
			indices[out++] = chosen;
		}
	}
	return { permutations, width: k, indices };
}

/** Largest number of neighbours of any unit. */
export function maxCardinality(offsets: Int32Array): number {
	let max = 0;
	for (let i = 0; i + 1 < offsets.length; i++) max = Math.max(max, offsets[i + 1]! - offsets[i]!);
	return max;
}

/** Checks and clamps the number of permutations (99 999 at most, as GeoDa). */
export function checkPermutations(permutations: number): number {
	const r = Math.floor(permutations);
	if (!(r >= 1 && r <= 99_999)) {
		throw new Error(
			`Nombre de permutations invalide (${permutations}) : choisissez entre 1 et 99 999.`
		);
	}
	return r;
}

/**
 * Mean of the first k pooled values, for every k in 1..width and every permutation r, stored at
 * `[(k − 1) × R + r]`. Because all units share the pool, the permuted lag of any unit with k
 * neighbours is read from this table instead of being summed again: the LISA cost drops from
 * n × R × k additions to n × R comparisons. Sums run in draw order, as a direct loop would.
 */
export function pooledMeans(pool: PermutationPool, values: Float64Array): Float64Array {
	const { permutations: R, width, indices } = pool;
	const table = new Float64Array(width * R);
	for (let r = 0; r < R; r++) {
		let s = 0;
		for (let t = 0; t < width; t++) {
			s += values[indices[r * width + t]!]!;
			table[t * R + r] = s / (t + 1);
		}
	}
	return table;
}

/** Where each index occurs in the pool: positions `pos[start[j] .. start[j+1])` (flat r × width + t). */
export interface PoolOccurrences {
	start: Int32Array;
	pos: Int32Array;
}

/**
 * Inverted index of the pool. A unit i held fixed must not be drawn: pool index i stands for the
 * last unit instead. Only the rows where i was drawn among the first k need that correction;
 * this index finds them without scanning the pool (on average R × k / (n − 1) rows).
 */
export function poolOccurrences(pool: PermutationPool, n: number): PoolOccurrences {
	const start = new Int32Array(n + 1);
	const { indices } = pool;
	for (let p = 0; p < indices.length; p++) start[indices[p]! + 1]!++;
	for (let j = 0; j < n; j++) start[j + 1]! += start[j]!;
	const fill = start.slice(0, n);
	const pos = new Int32Array(indices.length);
	for (let p = 0; p < indices.length; p++) pos[fill[indices[p]!]!++] = p;
	return { start, pos };
}

/** Each k-row of a {@link pooledMeans} table sorted ascending, for counting by binary search. */
export function sortRows(table: Float64Array, R: number): Float64Array {
	const sorted = Float64Array.from(table);
	for (let start = 0; start < sorted.length; start += R) sorted.subarray(start, start + R).sort();
	return sorted;
}

/**
 * Number of values m in the sorted slice `sorted[from .. from + R)` with `m × factor ≥ threshold`
 * (or `>` when `strict`). IEEE multiplication is monotone, so the predicate is monotone in m and
 * a binary search gives exactly the count a linear scan with the same expression would give.
 */
export function countAtLeast(
	sorted: Float64Array,
	from: number,
	R: number,
	factor: number,
	threshold: number,
	strict = false
): number {
	const test = (m: number) => (strict ? m * factor > threshold : m * factor >= threshold);
	if (factor === 0) return test(0) ? R : 0;
	let lo = 0;
	let hi = R;
	if (factor > 0) {
		// Predicate false then true: find the first true.
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (test(sorted[from + mid]!)) hi = mid;
			else lo = mid + 1;
		}
		return R - lo;
	}
	// Predicate true then false: find the first false.
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (test(sorted[from + mid]!)) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
