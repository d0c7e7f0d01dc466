/**
 * How sure a number is. A rate computed on a tiny denominator (2 active young people, both
 * unemployed: « 100 % ») is a fact about two people, not about a commune. The rule is written
 * once here and applied wherever a rate shows: map tooltip, legend, commune panel, table,
 * /croisements and /concentrations.
 */
import type { IndicatorValues, ValueDetail } from './types';

/** A rate whose denominator is under this count is flagged « petit effectif ». */
export const SMALL_DENOMINATOR = 30;

/** True when a value rests on fewer than {@link SMALL_DENOMINATOR} people, families or homes. */
export function isSmallDenominator(d: Pick<ValueDetail, 'value' | 'denominator'>): boolean {
	return d.value !== null && d.denominator !== null && d.denominator < SMALL_DENOMINATOR;
}

/** The flag's short label. */
export const SMALL_DENOMINATOR_LABEL = 'petit effectif';

/**
 * The legends' row for the communes a map outlines in dashes: « Contour en pointillé : taux
 * calculé sur moins de 30 personnes, à lire avec prudence (39 communes) ».
 */
export function smallLegend(count: number): string {
	const n = count === 1 ? '1 commune' : `${count} communes`;
	return `Contour en pointillé : taux calculé sur moins de ${SMALL_DENOMINATOR} personnes, à lire avec prudence (${n})`;
}

/** The rule in plain French (shown on /sources and in the legends' help). */
export const SMALL_DENOMINATOR_RULE =
	`Un taux calculé sur moins de ${SMALL_DENOMINATOR} personnes (ou familles, ou logements) est ` +
	'signalé « petit effectif ». Sur si peu de monde, un seul cas de plus ou de moins déplace le ' +
	'taux de plus de 3 points, et sa marge d’incertitude dépasse souvent ± 18 points : le chiffre ' +
	'est montré, avec ses effectifs, mais il ne permet pas de comparer la commune aux autres. ' +
	'Le signalement se fait sur le dénominateur du taux lui-même (par exemple les actifs de 15 à ' +
	'24 ans pour le chômage des jeunes), pas sur la population de la commune. Les taux publiés ' +
	'sans leurs effectifs (taux de pauvreté, jeunes non insérés) ne peuvent pas être signalés ainsi.';

/** Codes among `codes` whose value rests on a tiny denominator. */
export function smallDenominatorCodes(
	v: Pick<IndicatorValues, 'values' | 'counts'>,
	codes: readonly string[]
): string[] {
	return codes.filter((c) =>
		isSmallDenominator({ value: v.values[c] ?? null, denominator: v.counts[c]?.[1] ?? null })
	);
}
