/** A gap between two values in French: « +4,0 points » for a rate in %, « −1 200 € » otherwise. */
import type { Indicator } from '$lib/indicators/types';
import { formatNumber } from './number';

/** The difference `value − reference`, or null when either is missing. */
export function gapOf(value: number | null, reference: number | null): number | null {
	return value === null || reference === null ? null : value - reference;
}

/** « +4,0 points », « −0,3 ‰ », « 0,0 points »; « n.d. » for a missing gap. */
export function formatGap(
	gap: number | null,
	indicator: Pick<Indicator, 'unit' | 'digits'>
): string {
	if (gap === null) return 'n.d.';
	const text = formatNumber(Math.abs(gap), indicator.digits);
	const zero = text === formatNumber(0, indicator.digits);
	const sign = zero ? '' : gap > 0 ? '+' : '−';
	const unit = indicator.unit === '%' ? 'points' : indicator.unit;
	return `${sign}${text}${unit ? `\u00a0${unit}` : ''}`;
}
