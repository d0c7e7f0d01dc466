/** Indicator values as French text, with their unit. NULL is "n.d.", never 0. */
import type { AggregateValue, Indicator } from '$lib/indicators/types';
import { formatNumber } from './number';

/** Text shown for a NULL value. */
export const MISSING_LABEL = 'n.d.';
/** Its explanation (tooltip, legend). */
export const MISSING_EXPLANATION =
	'Non disponible : valeur couverte par le secret statistique, absente de la source ou impossible à calculer honnêtement.';

/** "12,3 %", "4,2 km", or "n.d.". */
export function formatValue(
	value: number | null | undefined,
	indicator: Pick<Indicator, 'digits' | 'unit'>
): string {
	const text = formatNumber(value ?? null, indicator.digits, MISSING_LABEL);
	if (text === MISSING_LABEL || !indicator.unit) return text;
	return `${text}\u00a0${indicator.unit}`;
}

/** An aggregate with its coverage when some communes are missing ("12,3 % (69 communes sur 71)"). */
export function formatAggregate(
	agg: AggregateValue | undefined,
	indicator: Pick<Indicator, 'digits' | 'unit'>
): string {
	if (!agg) return MISSING_LABEL;
	const text = formatValue(agg.value, indicator);
	if (agg.value === null || agg.covered >= agg.total) return text;
	return `${text} (${agg.covered} communes sur ${agg.total})`;
}
