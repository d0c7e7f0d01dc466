/** A gap between two values in French: « +4,0 points » for a rate in %, « −1 200 € » otherwise. */
import type { Indicator } from '$lib/indicators/types';
import { formatNumber } from './number';
import { PER_THOUSAND, unitAfter } from './unit';

/** Why a gap shown may differ by one unit of its last digit from the difference of the values shown. */
export const GAP_ROUNDING =
	'Les écarts sont calculés sur les valeurs exactes, puis arrondis : ils peuvent différer d’une ' +
	'unité du dernier chiffre de la différence des valeurs affichées.';

/** The difference `value − reference`, or null when either is missing. */
export function gapOf(value: number | null, reference: number | null): number | null {
	return value === null || reference === null ? null : value - reference;
}

/**
 * The unit of a gap, short when asked: « pour 1 000 enfants de 0 à 14 ans » → « pour 1 000 »
 * (a table column already names whom the rate counts).
 */
export function gapUnit(unit: string, short = false): string {
	const thousand = PER_THOUSAND.exec(unit);
	if (short && thousand) return thousand[0];
	return unit;
}

/**
 * For a table whose row header names the unit once: the indicator with its short unit (« pour
 * 1 000 » in place of « pour 1 000 enfants de 0 à 14 ans »; each cell said it whole, up to four
 * times), and the whole unit for the header (null when the unit is already short).
 */
export function shortUnitFor<T extends { unit: string }>(
	indicator: T
): { shown: T; named: string | null } {
	const unit = gapUnit(indicator.unit, true);
	if (unit === indicator.unit) return { shown: indicator, named: null };
	return { shown: { ...indicator, unit }, named: indicator.unit };
}

/**
 * « +4,0 points », « −0,7 point », « +1,12 point par an », « −0,3 ‰ »; « n.d. » for a missing gap. French puts « point »
 * in the singular below 2 (« 1,5 point », « 2 points »), judged on the rounded figure shown.
 */
export function formatGap(
	gap: number | null,
	indicator: Pick<Indicator, 'unit' | 'digits'>,
	options: { short?: boolean } = {}
): string {
	if (gap === null) return 'n.d.';
	const rounded = Number(Math.abs(gap).toFixed(indicator.digits));
	const text = formatNumber(rounded, indicator.digits);
	const sign = rounded === 0 ? '' : gap > 0 ? '+' : '−';
	// A gap between two rates in % is in points, per year too (« +1,12 point par an »): the
	// words after « % » are kept, and break as a value's unit does (`unitAfter`): « point » with
	// its number, the words together (« +1,12 point » then « par an »: whole, it was cut at the
	// printed portrait's edge).
	const percent = /^%(.*)$/.exec(indicator.unit);
	const unit = percent
		? `${rounded < 2 ? 'point' : 'points'}${percent[1]!}`
		: gapUnit(indicator.unit, options.short);
	return `${sign}${text}${unitAfter(unit)}`;
}
