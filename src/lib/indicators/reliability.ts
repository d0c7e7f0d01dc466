/**
 * How sure a number is. A rate computed on a tiny denominator (2 active young people, both
 * unemployed: « 100 % ») is a fact about two people, not about a commune. The rule is written
 * once here and applied wherever a rate shows: map tooltip, legend, commune panel, table,
 * /croisements and /concentrations.
 */
import type { Indicator, IndicatorValues, PopulationBound, ValueDetail } from './types';

/** A rate whose denominator is under this count is flagged « petit effectif ». */
export const SMALL_DENOMINATOR = 30;

/**
 * True when a value rests on fewer than {@link SMALL_DENOMINATOR} people, families or homes: its
 * denominator, or, for a rate published without its counts, the commune count that bounds it
 * (fewer than 30 inhabitants aged 15 to 29, so fewer than 30 aged 15 to 24: `Formula`).
 */
export function isSmallDenominator(
	d: Pick<ValueDetail, 'value' | 'denominator' | 'population'>
): boolean {
	const base = d.denominator ?? d.population ?? null;
	return d.value !== null && base !== null && base < SMALL_DENOMINATOR;
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
	'24 ans pour le chômage des jeunes), pas sur la population de la commune. La part des jeunes ' +
	'non insérés (2018) est publiée sans ses effectifs : elle est signalée quand la commune compte ' +
	`moins de ${SMALL_DENOMINATOR} habitants de 15 à 29 ans au recensement 2022, donc moins de ` +
	`${SMALL_DENOMINATOR} jeunes de 15 à 24 ans, ceux sur qui porte ce taux (un compte de 2022 pour ` +
	'un taux de 2018 : un ordre de grandeur, pas le nombre exact). Le taux de pauvreté, publié sans ' +
	'ses effectifs et seulement pour les communes les plus peuplées, porte la mention « effectifs ' +
	'non publiés ».';

/**
 * A rate of yearly events (births) resting on fewer events than this is unstable: its relative
 * standard error (Poisson) passes 22 % (1 / √20), the threshold under which the US National Center
 * for Health Statistics does not publish a rate as reliable.
 */
export const RARE_EVENTS = 20;

/**
 * True when a value of an `events` indicator (births) rests on fewer than {@link RARE_EVENTS}
 * events: 3 births for 121 inhabitants read 24,8 ‰, and one birth more or less moves it by 8 ‰.
 */
export function isRareEvents(
	d: Pick<ValueDetail, 'value' | 'numerator'>,
	indicator: Pick<Indicator, 'events'>
): boolean {
	return (
		!!indicator.events && d.value !== null && d.numerator !== null && d.numerator < RARE_EVENTS
	);
}

/**
 * True when a chart draws a value hollow, to be read with caution: its rate rests on a tiny
 * denominator (« petit effectif »), or, for births, on fewer than {@link RARE_EVENTS} of them
 * (« peu de naissances »). The charts' one rule for their hollow marks.
 */
export function isFragile(
	d: Pick<ValueDetail, 'value' | 'numerator' | 'denominator' | 'population'>,
	indicator: Pick<Indicator, 'events'>
): boolean {
	return isSmallDenominator(d) || isRareEvents(d, indicator);
}

/**
 * What a hollow mark also means when a birth rate is among `indicators`, as a clause to follow
 * the « petit effectif » rule in a chart's caption; empty otherwise.
 */
export function rareMarkClause(indicators: readonly Pick<Indicator, 'events'>[]): string {
	return indicators.some((i) => i.events)
		? ` ou, pour la natalité, un taux calculé sur moins de ${RARE_EVENTS} naissances (« ${RARE_EVENTS_LABEL} »)`
		: '';
}

/** The flag's short label (births are the one `events` indicator). */
export const RARE_EVENTS_LABEL = 'peu de naissances';

/** The rule in plain French (the flag's hover text, /sources). */
export const RARE_EVENTS_RULE =
	`Un taux de natalité calculé sur moins de ${RARE_EVENTS} naissances dans l’année est signalé ` +
	'« peu de naissances ». Le nombre de naissances varie beaucoup d’une année à l’autre par le ' +
	'seul hasard : sur si peu, sa marge d’erreur dépasse 22 % de sa valeur, le seuil sous lequel ' +
	'l’office américain des statistiques de santé ne publie plus un taux comme fiable. La ' +
	`commune peut compter bien plus de ${SMALL_DENOMINATOR} habitants : c’est le nombre de ` +
	'naissances qui est petit, pas la population.';

/**
 * The map legend's row for a birth rate: « Taux calculé sur moins de 20 naissances, à lire avec
 * prudence (58 communes) ».
 */
export function rareLegend(count: number): string {
	const n = count === 1 ? '1 commune' : `${count} communes`;
	return `Taux calculé sur moins de ${RARE_EVENTS} naissances, à lire avec prudence (${n})`;
}

/** The communes among `codes` whose value of an `events` indicator rests on fewer than 20 events. */
export function rareEventCodes(
	indicator: Pick<Indicator, 'events'>,
	v: Pick<IndicatorValues, 'values' | 'counts'>,
	codes: readonly string[]
): string[] {
	if (!indicator.events) return [];
	return codes.filter((c) =>
		isRareEvents({ value: v.values[c] ?? null, numerator: v.counts[c]?.[0] ?? null }, indicator)
	);
}

/**
 * A rate its producer publishes without its counts (the young people not in work or training, the
 * poverty rate): its denominator is unknown, so a tiny one cannot be flagged. In Bonnevaux the
 * share of young people not in work or training reads 55,6 % in 2008, 80,0 % in 2013 and 0,0 % in
 * 2018: a few young people at most. Such a value says so wherever it shows, where another rate
 * shows its counts.
 */
export function isUncountedRate(indicator: Pick<Indicator, 'formula' | 'unit'>): boolean {
	return indicator.formula.kind === 'value' && indicator.unit === '%';
}

/** What stands beside such a value, in place of its counts. */
export const UNCOUNTED_LABEL = 'effectifs non publiés';

/** Why, in plain French (the label's hover text, the legends' row). */
export const UNCOUNTED_RULE =
	'Ce taux est publié sans ses effectifs : on ne sait pas sur combien de personnes il repose. ' +
	'Dans une petite commune, il peut ne porter que sur quelques personnes, et un seul cas de plus ' +
	'ou de moins le déplace de plusieurs dizaines de points, sans qu’il puisse être signalé ' +
	'« petit effectif ». À lire avec prudence pour les petites communes.';

/** The legends' row for such an indicator. */
export const UNCOUNTED_LEGEND =
	'Taux publié sans ses effectifs : dans une petite commune, il peut ne reposer que sur ' +
	'quelques personnes, sans pouvoir être signalé « petit effectif ».';

/** The commune count that flags such a rate in a tiny commune, when the catalogue names one. */
export function populationBound(indicator: Pick<Indicator, 'formula'>): PopulationBound | null {
	const f = indicator.formula;
	return f.kind === 'value' && f.population ? f.population : null;
}

/** {@link UNCOUNTED_RULE}, or for a rate flagged by a commune count, what that count says. */
export function uncountedRule(indicator: Pick<Indicator, 'formula'>): string {
	const b = populationBound(indicator);
	if (!b) return UNCOUNTED_RULE;
	return (
		'Ce taux est publié sans ses effectifs : on ne sait pas sur combien de personnes il repose. ' +
		`Là où la commune compte moins de ${SMALL_DENOMINATOR} ${b.counted} (${b.vintage}), il ` +
		'repose sur très peu de personnes : il est signalé « petit effectif », et un seul cas de ' +
		'plus ou de moins le déplace de plusieurs points.'
	);
}

/** {@link UNCOUNTED_LEGEND}, or for a rate flagged by a commune count, the legend's row. */
export function uncountedLegend(indicator: Pick<Indicator, 'formula'>): string {
	const b = populationBound(indicator);
	if (!b) return UNCOUNTED_LEGEND;
	return (
		`Taux publié sans ses effectifs : signalé « petit effectif » là où la commune compte moins ` +
		`de ${SMALL_DENOMINATOR} ${b.counted} (${b.vintage}).`
	);
}

/**
 * What « petit effectif » means for `indicators`, in one clause: « taux calculé sur moins de 30
 * personnes, familles ou logements », and for a rate published without its counts and flagged by
 * a commune count, that rule (« pour l’indicateur « … », publié sans ses effectifs : commune
 * comptant moins de 30 habitants de 15 à 29 ans (RP 2022) »). Every caption that defines the flag
 * reads it here.
 */
export function smallFlagRule(indicators: readonly Pick<Indicator, 'formula' | 'label'>[]): string {
	const bounded = indicators.flatMap((i) => {
		const b = populationBound(i);
		return b ? [{ label: i.label, bound: b }] : [];
	});
	const parts =
		bounded.length < indicators.length || !indicators.length
			? [`taux calculé sur moins de ${SMALL_DENOMINATOR} personnes, familles ou logements`]
			: [];
	for (const x of bounded)
		parts.push(
			`pour l’indicateur « ${x.label} », publié sans ses effectifs : commune comptant moins de ` +
				`${SMALL_DENOMINATOR} ${x.bound.counted} (${x.bound.vintage})`
		);
	return parts.join(' ; ');
}

/**
 * The method notes' sentences on the flags (map panel, portrait), for the indicators they show:
 * « petit effectif », and « peu de naissances » when a birth rate is among them.
 */
export function smallDenominatorNote(
	indicators: readonly Pick<Indicator, 'formula' | 'label' | 'events'>[]
): string {
	const small = `« Petit effectif » : ${smallFlagRule(indicators)}. À lire avec prudence.`;
	if (!indicators.some((i) => i.events)) return small;
	return (
		`${small} « Peu de naissances » : taux calculé sur moins de ${RARE_EVENTS} naissances dans ` +
		'l’année, que le hasard fait beaucoup varier d’une année à l’autre.'
	);
}

/** Codes among `codes` whose value rests on a tiny denominator. */
export function smallDenominatorCodes(
	v: Pick<IndicatorValues, 'values' | 'counts' | 'population'>,
	codes: readonly string[]
): string[] {
	return codes.filter((c) =>
		isSmallDenominator({
			value: v.values[c] ?? null,
			denominator: v.counts[c]?.[1] ?? null,
			population: v.population?.[c] ?? null
		})
	);
}
