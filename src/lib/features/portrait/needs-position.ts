/**
 * Where a commune sits in a theme's needs index and in its clusters, with the /concentrations
 * defaults (every indicator of the theme with a direction of need, weight 1, z-scores, queen
 * contiguity, 999 permutations, p ≤ 0,05). The index and the significance come from that
 * feature's own functions; this module only picks out one commune. Pure.
 */
import { rankOf, type Rank } from '$lib/analysis/rank';
import { clusterLabels, type ClusterCode } from '$lib/analysis/clusters';
import type { LisaResult } from '$lib/analysis/lisa';
import type { NeedsIndexResult } from '$lib/analysis/needs-index';
import { correctedClusters } from '$lib/features/concentrations/significance';
import { formatP } from '$lib/features/concentrations/texts';

/** One commune's place in an index: its value, its rank (1er = most need), its flag. */
export interface IndexPosition {
	value: number | null;
	rank: Rank | null;
	/** Some components are missing: the index is the mean of the others. */
	flagged: boolean;
	missing: string[];
}

/** The commune's place in `index` among `codes` (same order as the index). */
export function indexPosition(
	index: NeedsIndexResult,
	codes: readonly string[],
	code: string
): IndexPosition {
	const i = codes.indexOf(code);
	const values = Object.fromEntries(codes.map((c, k) => [c, index.index[k] ?? null]));
	return {
		value: i < 0 ? null : (index.index[i] ?? null),
		// A higher index always means more need: polarity 1.
		rank: rankOf(values, codes, code, 1),
		flagged: i >= 0 && (index.flagged[i] ?? false),
		missing: i < 0 ? [] : (index.missing[i] ?? [])
	};
}

/** The commune's LISA class without correction and with the FDR correction, and its p-value. */
export interface ClusterPosition {
	raw: string;
	fdr: string;
	pText: string;
}

/** The class of commune `code` in `lisa` at `alpha` (codes in the order of the run). */
export function clusterPosition(
	lisa: LisaResult,
	codes: readonly string[],
	code: string,
	alpha: number
): ClusterPosition | null {
	const i = codes.indexOf(code);
	if (i < 0) return null;
	const raw = correctedClusters(lisa, alpha, 'none')[i] as ClusterCode;
	const fdr = correctedClusters(lisa, alpha, 'fdr')[i] as ClusterCode;
	const p = lisa.pValues[i]!;
	return {
		raw: clusterLabels[raw],
		fdr: clusterLabels[fdr],
		pText: Number.isFinite(p) ? formatP(p, lisa.permutations) : '—'
	};
}
