/**
 * Significance under a threshold and a multiple-testing correction, applied to results already
 * computed (no new permutation): LISA classes, Gi* hot and cold spots, significance levels.
 */
import { ClusterClass, HotSpotClass } from '$lib/analysis/clusters';
import type { GiStarResult } from '$lib/analysis/getis-ord';
import { clustersAt, type LisaResult } from '$lib/analysis/lisa';
import { benjaminiHochberg, bonferroni } from '$lib/analysis/multiple-testing';

/** Multiple-testing corrections offered in the page. */
export type Correction = 'none' | 'fdr' | 'bonferroni';

/** French labels of the corrections. */
export const correctionLabels: Record<Correction, string> = {
	none: 'Sans correction',
	fdr: 'Taux de fausses découvertes (FDR)',
	bonferroni: 'Bonferroni'
};

/** 1 where the unit is significant at `alpha` under `correction` (NaN p-values never are). */
export function significantMask(
	pValues: ArrayLike<number>,
	alpha: number,
	correction: Correction
): Uint8Array {
	if (correction === 'fdr') return benjaminiHochberg(pValues, alpha);
	if (correction === 'bonferroni') return bonferroni(pValues, alpha);
	return Uint8Array.from({ length: pValues.length }, (_, i) => (pValues[i]! <= alpha ? 1 : 0));
}

/** LISA classes at `alpha` under `correction`. */
export function correctedClusters(
	lisa: Pick<LisaResult, 'pValues' | 'quadrants'>,
	alpha: number,
	correction: Correction
): Uint8Array {
	const mask = significantMask(lisa.pValues, alpha, correction);
	return clustersAt(lisa as LisaResult, (i) => mask[i] === 1);
}

/** Gi* hot / cold classes at `alpha` under `correction`. */
export function correctedHotSpots(
	gi: Pick<GiStarResult, 'pValues' | 'zScores' | 'classes'>,
	alpha: number,
	correction: Correction
): Uint8Array {
	const mask = significantMask(gi.pValues, alpha, correction);
	return Uint8Array.from(gi.classes, (c, i) => {
		if (c === HotSpotClass.Undefined || c === HotSpotClass.Island) return c;
		if (mask[i] !== 1) return HotSpotClass.NotSignificant;
		return gi.zScores[i]! > 0 ? HotSpotClass.Hot : HotSpotClass.Cold;
	});
}

/** Significance level of a p-value: 3 (≤ 0,001), 2 (≤ 0,01), 1 (≤ 0,05), 0 (above), null (none). */
export function significanceLevel(p: number): 0 | 1 | 2 | 3 | null {
	if (!Number.isFinite(p)) return null;
	return p <= 0.001 ? 3 : p <= 0.01 ? 2 : p <= 0.05 ? 1 : 0;
}

/** Number of units in a significant LISA class (1 to 4). */
export function countSignificant(classes: ArrayLike<number>): number {
	let n = 0;
	for (let i = 0; i < classes.length; i++) {
		const c = classes[i]!;
		if (c >= ClusterClass.HighHigh && c <= ClusterClass.HighLow) n++;
	}
	return n;
}

/** Compact text of the classes, « 30007:1,30010:0,… », exposed on the map for tests. */
export function encodeClasses(codes: readonly string[], classes: ArrayLike<number>): string {
	return codes.map((c, i) => `${c}:${classes[i]}`).join(',');
}
