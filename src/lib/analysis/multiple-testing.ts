/**
 * Corrections for testing 71 (or 35 000) communes at once. Without them, about 5 % of communes
 * come out "significant" at α = 0.05 even when there is no spatial pattern at all.
 * - Bonferroni: significant when p ≤ α / m. Controls the chance of even one false alarm; strict.
 * - Benjamini–Hochberg (FDR): sort the m p-values, find the largest rank k with
 *   p_(k) ≤ k α / m, and call the k smallest significant. Controls the expected share of false
 *   alarms among the communes shown as significant.
 * m counts only the units that have a p-value (islands and missing values are not tests).
 */

/** The thresholds the interface offers. */
export const ALPHAS = [0.05, 0.01, 0.001] as const;

/** One of {@link ALPHAS}. */
export type Alpha = (typeof ALPHAS)[number];

/** Significance flags per unit (1 = significant) for one α, by each rule. */
export interface SignificanceAt {
	alpha: number;
	/** p ≤ α, no correction. */
	raw: Uint8Array;
	/** Benjamini–Hochberg at level α. */
	fdr: Uint8Array;
	/** p ≤ α / m. */
	bonferroni: Uint8Array;
	/** Number of significant units by each rule. */
	counts: { raw: number; fdr: number; bonferroni: number };
}

/** Indices of the finite p-values, sorted by increasing p (ties by index, for stability). */
function rankOrder(pValues: ArrayLike<number>): number[] {
	const idx: number[] = [];
	for (let i = 0; i < pValues.length; i++) if (Number.isFinite(pValues[i])) idx.push(i);
	return idx.sort((a, b) => pValues[a]! - pValues[b]! || a - b);
}

/** Benjamini–Hochberg flags at level `alpha` (NaN p-values are not tests and are never flagged). */
export function benjaminiHochberg(pValues: ArrayLike<number>, alpha: number): Uint8Array {
	const order = rankOrder(pValues);
	const m = order.length;
	const out = new Uint8Array(pValues.length);
	let cutoff = -1;
	order.forEach((i, r) => {
		if (pValues[i]! <= ((r + 1) * alpha) / m) cutoff = r;
	});
	for (let r = 0; r <= cutoff; r++) out[order[r]!] = 1;
	return out;
}

/** BH adjusted p-values (q-values): q_(k) = min over j ≥ k of p_(j) m / j, capped at 1. */
export function bhAdjusted(pValues: ArrayLike<number>): Float64Array {
	const order = rankOrder(pValues);
	const m = order.length;
	const q = new Float64Array(pValues.length).fill(NaN);
	let running = 1;
	for (let r = m - 1; r >= 0; r--) {
		const i = order[r]!;
		running = Math.min(running, (pValues[i]! * m) / (r + 1));
		q[i] = running;
	}
	return q;
}

/** Bonferroni flags at level `alpha`. */
export function bonferroni(pValues: ArrayLike<number>, alpha: number): Uint8Array {
	let m = 0;
	for (let i = 0; i < pValues.length; i++) if (Number.isFinite(pValues[i])) m++;
	const out = new Uint8Array(pValues.length);
	for (let i = 0; i < pValues.length; i++) out[i] = pValues[i]! <= alpha / m ? 1 : 0;
	return out;
}

/** Raw, FDR and Bonferroni significance at each α of {@link ALPHAS} (or the given ones). */
export function significanceTable(
	pValues: ArrayLike<number>,
	alphas: readonly number[] = ALPHAS
): SignificanceAt[] {
	const sum = (a: Uint8Array) => a.reduce((s, v) => s + v, 0);
	return alphas.map((alpha) => {
		const raw = Uint8Array.from({ length: pValues.length }, (_, i) =>
			pValues[i]! <= alpha ? 1 : 0
		);
		const fdr = benjaminiHochberg(pValues, alpha);
		const bonf = bonferroni(pValues, alpha);
		return {
			alpha,
			raw,
			fdr,
			bonferroni: bonf,
			counts: { raw: sum(raw), fdr: sum(fdr), bonferroni: sum(bonf) }
		};
	});
}

/**
 * Smallest number of permutations for which a pseudo p-value can pass Bonferroni at `alpha`
 * with m tests: the smallest p is 1/(R + 1), so R ≥ m/α − 1. With 71 communes and α = 0.05,
 * 999 permutations (p ≥ 0.001) can never pass 0.05/71 ≈ 0.0007: at least 1 420 are needed.
 */
export function minPermutationsForBonferroni(m: number, alpha: number): number {
	return Math.ceil(m / alpha - 1);
}
