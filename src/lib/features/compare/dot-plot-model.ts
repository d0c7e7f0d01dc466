/**
 * What one indicator's dot plot draws, from the comparison's row (no second computation): every
 * territory commune with a value (NULLs left out and counted), the compared ones highlighted,
 * the Agglomération's and the Gard's values as marks, and the text alternative in French.
 */
import { formatNumber } from '$lib/format/number';
import { formatDetailLine, formatValue } from '$lib/format/indicator';
import { rankText } from '$lib/format/rank';
import {
	isFragile,
	isRareEvents,
	isSmallDenominator,
	RARE_EVENTS
} from '$lib/indicators/reliability';
import { detailOf } from '$lib/data/indicator-values';
import type { DotHighlight, DotMark, DotPoint } from '$lib/ui/charts/types';
import { communeColour } from './colours';
import { isCount, type CompareRow } from './compare-rows';
import { counted } from '$lib/format/plural';

/** The chart and its text. */
export interface DotPlotModel {
	points: DotPoint[];
	highlights: DotHighlight[];
	marks: DotMark[];
	/** Territory communes without a value (not drawn). */
	missing: number;
	/** Names of the compared communes among them. */
	unplaced: string[];
	/** One sentence on the spread; then one line per compared commune and reference. */
	summary: string;
	lines: string[];
}

/** Names of the references. */
export interface References {
	territory: string;
	departement: string;
}

/** The dot plot of `row` over the `territory` communes. */
export function dotPlotModel(
	row: CompareRow,
	territory: readonly string[],
	names: Record<string, string>,
	refs: References
): DotPlotModel {
	const ind = row.indicator;
	// Read once: the points and the summary's flag counts.
	const details = territory.map((code) => detailOf(row.values, code));
	const points: DotPoint[] = details.flatMap((d, i) =>
		d.value === null ? [] : [{ id: territory[i]!, value: d.value, small: isFragile(d, ind) }]
	);
	const communes = row.cells.map((c) => c.code);
	const highlights = row.cells
		.filter((c) => c.detail.value !== null)
		.map((c) => ({
			id: c.code,
			label: names[c.code] ?? c.code,
			colour: communeColour(communes, c.code)
		}));
	const marks: DotMark[] = [];
	if (!isCount(ind)) {
		const { territory: t, departement: d } = row.aggregates;
		if (t.value !== null) marks.push({ label: 'Agglo.', value: t.value });
		if (d.value !== null) marks.push({ label: refs.departement, value: d.value });
	}
	const missing = territory.length - points.length;
	const values = points.map((p) => p.value);
	const small = details.filter((d) => isSmallDenominator(d)).length;
	// One flag per hollow circle: « petit effectif » first.
	const rare = details.filter((d) => isRareEvents(d, ind) && !isSmallDenominator(d)).length;
	const parts = [
		`${counted(points.length, 'commune', 'communes')} de l’Agglomération placée${points.length > 1 ? 's' : ''} selon leur valeur, de ${formatValue(Math.min(...values), ind)} à ${formatValue(Math.max(...values), ind)}`
	];
	if (missing > 0)
		parts.push(
			`${counted(missing, 'commune sans valeur (n.d.) n’est pas placée', 'communes sans valeur (n.d.) ne sont pas placées')}`
		);
	if (small > 0)
		parts.push(
			`${counted(small, 'valeur repose', 'valeurs reposent')} sur un petit effectif (cercle vide)`
		);
	if (rare > 0)
		parts.push(
			`${counted(rare, 'taux repose', 'taux reposent')} sur moins de ${RARE_EVENTS} naissances (cercle vide)`
		);
	const lines = row.cells.map(
		(c) =>
			`${names[c.code] ?? c.code} : ${formatDetailLine(c.detail, ind)}${c.rank ? `, ${rankText(c.rank)}` : ', non placée'}`
	);
	if (marks.length)
		lines.push(
			...[
				[refs.territory, row.aggregates.territory.value],
				[refs.departement, row.aggregates.departement.value]
			].map(([n, v]) => `${n} : ${formatValue(v as number | null, ind)} (repère)`)
		);
	else if (isCount(ind))
		lines.push(
			`Pas de repère ${refs.territory} ni ${refs.departement} : c’est un effectif, pas un taux.`
		);
	const unplaced = row.cells
		.filter((c) => c.detail.value === null)
		.map((c) => names[c.code] ?? c.code);
	return { points, highlights, marks, missing, unplaced, summary: `${parts.join(' ; ')}.`, lines };
}

/** Axis ticks without the unit (it is in the chart's title). */
export const tickFormat = (digits: number) => (v: number) => formatNumber(v, digits);
