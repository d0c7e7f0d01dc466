/**
 * The compact key's rows (phones and tablets, above the map): the classes, then what the map
 * draws over them or says of them: the dashed outlines, the birth rates on few births and the
 * workshops' circles (their place held while they are counted). Read by the page's key and by
 * the prerendered one, the default view's, in the map page's HTML (src/lib/map/svg/prerender.ts).
 */
import type { Indicator } from '$lib/indicators/types';
import {
	isUncountedRate,
	populationBound,
	RARE_EVENTS,
	rareLegend,
	SMALL_DENOMINATOR,
	SMALL_DENOMINATOR_LABEL,
	smallLegend,
	uncountedRule,
	UNCOUNTED_RULE
} from '$lib/indicators/reliability';
import { compactEntries, type LegendClasses } from '$lib/map/legend-entries';
import { CIRCLE_STYLE } from '$lib/map/problem-circles';
import { formatNumber } from '$lib/format/number';
import { frenchSpaces } from '$lib/format/french-spaces';
import { circlesLegend, type CirclesNote } from './print-note';

export interface KeyItem {
	/** Null: hatched (n.d.). */
	colour: string | null;
	label: string;
	title?: string;
	kind?: 'dashed' | 'disc' | 'note';
	/** Shown in some cases only (the prerendered key's row for the circles). */
	only?: string;
}

/** The circles' row while the problems are counted. */
export const COUNTING_CIRCLES: KeyItem = {
	colour: CIRCLE_STYLE.fill,
	kind: 'disc',
	label: 'ateliers : comptage…',
	title: 'Comptage des problématiques des ateliers en cours'
};

/** The row of a rate published without its counts (the full legend says it at length). */
export const UNCOUNTED_ROW: KeyItem = {
	colour: null,
	kind: 'note',
	label: 'taux publié sans ses effectifs : prudence pour les petites communes',
	title: UNCOUNTED_RULE
};

/** That row, for a rate flagged by a commune count (the young people's share): what flags it. */
function uncountedRow(indicator: Pick<Indicator, 'formula'>): KeyItem {
	const bound = populationBound(indicator);
	if (!bound) return UNCOUNTED_ROW;
	return {
		...UNCOUNTED_ROW,
		label: `taux publié sans ses effectifs : pointillé sous ${SMALL_DENOMINATOR} ${bound.counted}`,
		title: uncountedRule(indicator)
	};
}

export function keyItems(
	indicator: Pick<Indicator, 'digits' | 'formula' | 'unit'>,
	classes: Pick<LegendClasses, 'breaks' | 'colours'>,
	/** Communes outlined in dashes (rates on tiny denominators). */
	small: number,
	circles: CirclesNote | null,
	/** Communes whose birth rate rests on fewer than 20 births. */
	rare = 0
): KeyItem[] {
	const rows: KeyItem[] = compactEntries(indicator, classes);
	if (small)
		rows.push({
			colour: '#fff',
			kind: 'dashed',
			label: SMALL_DENOMINATOR_LABEL,
			title: smallLegend(small)
		});
	if (rare)
		rows.push({
			colour: null,
			kind: 'note',
			label: `${rare === 1 ? '1 commune' : `${rare} communes`} sous ${RARE_EVENTS} naissances : prudence`,
			title: rareLegend(rare)
		});
	// Such a rate is outlined by a commune count, or by nothing: the key says which.
	if (isUncountedRate(indicator)) rows.push(uncountedRow(indicator));
	const note = circlesLegend(circles);
	// Asked for and not counted yet: the row holds its place, so the map below does not move
	// when the circles come (18 px at 390 px wide, a line of the key).
	if (circles && circles.communes === null && !circles.failed) rows.push(COUNTING_CIRCLES);
	else if (note)
		rows.push({
			colour: CIRCLE_STYLE.fill,
			kind: 'disc',
			// The full legend's size key would take the map's room here: the heaviest circle's
			// weight is the scale, as the printed note gives it.
			label: frenchSpaces(
				(note.fictional ? `ateliers (${note.fictional})` : 'ateliers') +
					(circles?.largest
						? ` · plus grand cercle : poids ${formatNumber(circles.largest.weight, 0)}`
						: '')
			),
			title: note.label
		});
	return rows;
}
