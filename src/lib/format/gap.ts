/** A gap between two values in French: « +4,0 points » for a rate in %, « −1 200 € » otherwise. */
import type { Indicator } from '$lib/indicators/types';
import { formatNumber } from './number';

/** The difference `value − reference`, or null when either is missing. */
export function gapOf(value: number | null, reference: number | null): number | null {
	return value === null || reference === null ? null : value - reference;
}

/**
 * The unit of a gap, short when asked: « pour 1 000 enfants de 0 à 14 ans » → « pour 1 000 »
 * (a table column already names whom the rate counts).
 */
export function gapUnit(unit: string, short = false): string {
	// « 1 000 » is written with a narrow no-break space in the catalogue (it must not wrap).
	const thousand = /^pour 1[\s\u202f]000/.exec(unit);
	if (short && thousand) return thousand[0];
	return unit;
}

/**
 * « +4,0 points », « −0,7 point », « −0,3 ‰ »; « n.d. » for a missing gap. French puts « point »
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
	const unit =
		indicator.unit === '%'
			? rounded < 2
				? 'point'
				: 'points'
			: gapUnit(indicator.unit, options.short);
	return `${sign}${text}${unit ? `\u00a0${unit}` : ''}`;
}
