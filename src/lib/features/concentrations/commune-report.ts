/** Per-commune results for the table and the detail panel, in French. Pure. */
import { RARE_EVENTS, SMALL_DENOMINATOR } from '$lib/indicators/reliability';
import { clusterLabels, type ClusterCode } from '$lib/analysis/clusters';
import type { NeedsIndexResult } from '$lib/analysis/needs-index';
import type { ClassStability } from '$lib/analysis/stability';
import { formatNumber } from '$lib/format/number';
import type { Indicator } from '$lib/indicators/types';
import type { StatsRun } from './run-stats';
import { formatP, stabilityText } from './texts';
import type { Variable } from './variable';
import { WORKSHOP_COMPONENT_ID } from './workshop-component';

/** One line of the results table. */
export interface CommuneResult {
	code: string;
	name: string;
	value: number | null;
	valueText: string;
	cluster: number | null;
	classLabel: string;
	p: number | null;
	pText: string;
	/** Share of seeds giving the modal class, or null while it is computed. */
	agreement: number | null;
	stabilityText: string;
	/** Under the population threshold. */
	small: boolean;
	/** An analysed birth rate rests on fewer than 20 births (« peu de naissances »). */
	rare: boolean;
	/** Missing index components (needs index only). */
	flagged: boolean;
}

/** Inputs of {@link communeResults}. */
export interface ReportInput {
	codes: readonly string[];
	names: Record<string, string>;
	variable: Variable;
	run: StatsRun | null;
	clusters: Uint8Array | null;
	stability: ClassStability | null;
	small: readonly boolean[];
	rare: readonly boolean[];
	index: NeedsIndexResult | null;
}

/** A line per territory commune. */
export function communeResults(input: ReportInput): CommuneResult[] {
	const { variable: v, run, clusters, stability } = input;
	return input.codes.map((code, i) => {
		const value = v.values[i] ?? null;
		const cluster = clusters ? clusters[i]! : null;
		const p = run ? run.lisa.pValues[i]! : NaN;
		const agreement = stability ? stability.agreement[i]! : null;
		const unit = v.unit ? `\u00a0${v.unit.startsWith('pour') ? '' : v.unit}` : '';
		return {
			code,
			name: input.names[code] ?? code,
			value,
			valueText: formatNumber(value, v.digits) + (value === null ? '' : unit),
			cluster,
			classLabel: cluster === null ? 'calcul…' : clusterLabels[cluster as ClusterCode],
			p: Number.isFinite(p) ? p : null,
			pText: Number.isFinite(p) ? formatP(p, run!.lisa.permutations) : '—',
			agreement,
			stabilityText: agreement === null ? 'calcul…' : stabilityText(agreement, stability!.runs),
			small: input.small[i] ?? false,
			rare: input.rare[i] ?? false,
			flagged: v.indicator === null && (input.index?.flagged[i] ?? false)
		};
	});
}

/** Contribution of each component to the index of commune `i` (null = component missing). */
export function breakdownParts(
	index: NeedsIndexResult,
	catalogue: readonly Indicator[],
	i: number
): { label: string; value: number | null }[] {
	return Object.keys(index.contributions).map((id) => ({
		label:
			id === WORKSHOP_COMPONENT_ID
				? 'Problématiques des ateliers'
				: (catalogue.find((c) => c.id === id)?.label ?? id),
		value: index.contributions[id]![i] ?? null
	}));
}

/** Lines and flags of the detail panel of one commune. */
export function communeDetail(
	r: CommuneResult,
	variableLabel: string
): { rows: { label: string; value: string }[]; flags: string[] } {
	const flags: string[] = [];
	if (r.small)
		flags.push(
			`Petit effectif : un taux analysé ici est calculé sur moins de ${SMALL_DENOMINATOR} personnes (ou familles, ou logements) ; un seul cas de plus ou de moins le change beaucoup.`
		);
	if (r.rare)
		flags.push(
			`Peu de naissances : le taux de natalité analysé ici est calculé sur moins de ${RARE_EVENTS} naissances dans l’année ; le hasard le fait beaucoup varier d’une année à l’autre.`
		);
	if (r.flagged) flags.push('Indice calculé sans toutes les composantes (valeurs manquantes).');
	return {
		rows: [
			{ label: variableLabel, value: r.valueText },
			{ label: 'Classe (LISA)', value: r.classLabel },
			{ label: 'Valeur p', value: r.pText },
			{ label: 'Stabilité', value: r.stabilityText }
		],
		flags
	};
}
