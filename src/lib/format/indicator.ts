/**
 * Indicator values as French text, with their unit, their counts, their small-number flag and,
 * for a missing value, its reason. NULL is « n.d. » with a reason, never 0.
 */
import {
	isRareEvents,
	isSmallDenominator,
	isUncountedRate,
	populationBound,
	RARE_EVENTS_LABEL,
	SMALL_DENOMINATOR_LABEL,
	UNCOUNTED_LABEL
} from '$lib/indicators/reliability';
import type { AggregateValue, Indicator, MissingReason, ValueDetail } from '$lib/indicators/types';
import { formatNumber } from './number';
import { unitAfter } from './unit';
import { agree, counted } from './plural';

/** Text shown for a NULL value. */
export const MISSING_LABEL = 'n.d.';
/** Its explanation (legend), when no single reason applies. */
export const MISSING_EXPLANATION =
	'Non disponible : secret statistique, valeur non publiée par la source, non calculable pour une commune fusionnée, ou dénominateur nul.';

/** Each reason of a missing value: a short label and a plain-French explanation. */
export const MISSING_REASONS: Record<MissingReason, { label: string; explanation: string }> = {
	secret: {
		label: 'secret statistique',
		explanation:
			'Le producteur ne publie pas ce chiffre, pour protéger la confidentialité des personnes quand elles sont trop peu nombreuses.'
	},
	non_publie: {
		label: 'non publié',
		explanation: 'La source ne donne pas de valeur pour cette commune.'
	},
	fusion: {
		label: 'non calculable pour une commune fusionnée',
		explanation:
			'Ce taux ou cette médiane a été publié séparément pour les anciennes communes : il ne peut pas être recalculé pour la commune issue de leur fusion.'
	},
	denominateur_nul: {
		label: 'dénominateur nul',
		explanation: 'Le taux ne peut pas être calculé : son dénominateur vaut 0.'
	},
	rejete: {
		label: 'ligne rejetée à l’import',
		explanation:
			'Dans le fichier importé, une ligne de cette commune n’a pas pu être lue (une valeur qui n’est pas un nombre, la commune sur deux lignes…) : sa valeur est inconnue. Le rapport d’import donne la ligne et la raison.'
	}
};

type Unit = Pick<Indicator, 'digits' | 'unit'>;

/** "12,3 %", "4,2 km", or "n.d.". */
export function formatValue(value: number | null | undefined, indicator: Unit): string {
	const text = formatNumber(value ?? null, indicator.digits, MISSING_LABEL);
	if (text === MISSING_LABEL || !indicator.unit) return text;
	return `${text}${unitAfter(indicator.unit)}`;
}

type Counted = { counted?: Indicator['counted'] };

/**
 * Why a value is « n.d. », in a few words and in a sentence; null for a value. A rate on nobody
 * says who is missing: « 0 actif de 15 à 24 ans, pas de taux calculable » rather than
 * « dénominateur nul ».
 */
export function missingWhy(
	d: Pick<ValueDetail, 'value' | 'missing' | 'denominator'>,
	indicator: Counted
): { label: string; explanation: string } | null {
	if (d.value !== null) return null;
	const reason = MISSING_REASONS[d.missing ?? 'non_publie'];
	const c = indicator.counted;
	if (d.missing === 'denominateur_nul' && c && d.denominator === 0)
		return {
			label: `0 ${c.denominatorOne ?? c.denominator}, pas de taux calculable`,
			explanation: reason.explanation
		};
	return reason;
}

/** "n.d. (secret statistique)", or the value with its unit (`missingWhy`). */
export function formatDetail(d: ValueDetail, indicator: Unit & Counted): string {
	const why = missingWhy(d, indicator);
	return why ? `${MISSING_LABEL} (${why.label})` : formatValue(d.value, indicator);
}

/**
 * Why « 8 sur 16 » may sit beside « 50,4 % »: the census counts are estimates, shown rounded to
 * the unit, and the rate is computed from the estimates themselves.
 */
export const COUNTS_ROUNDING =
	'Les effectifs du recensement sont des estimations, affichées arrondies à l’unité : le taux ' +
	'est calculé avant cet arrondi. « ≈ » signale les effectifs arrondis qui ne redonnent pas le taux affiché.';

/**
 * The counts behind a ratio: « 2 sur 2 actifs de 15 à 24 ans » for a share, « écoles : 1 pour
 * 245 enfants de 0 à 14 ans » otherwise, and the indicator's own words for a zero numerator
 * (« aucun établissement… recensé (BPE 2019)… »). Null when the indicator has no counts.
 */
export function formatCounts(
	d: Pick<ValueDetail, 'numerator' | 'denominator'>,
	indicator: Pick<Indicator, 'counted' | 'formula' | 'digits'>
): string | null {
	const c = indicator.counted;
	if (!c || d.denominator === null) return null;
	const den = formatNumber(d.denominator, 0);
	// Agreed with the count as shown: « 1 sur 1 actif », « 8 sur 16 actifs ».
	const words = agree(d.denominator, c.denominatorOne ?? c.denominator, c.denominator, 0);
	if (d.numerator === null) return `sur ${den} ${words}`;
	if (d.numerator === 0 && c.zero) return `${c.zero}, pour ${den} ${words}`;
	const num = formatNumber(d.numerator, 0);
	const share = indicator.formula.kind === 'ratio' && indicator.formula.scale === 100;
	if (!share) return `${c.numerator} : ${num} pour ${den} ${words}`;
	// « ≈ » when the rounded counts would not give the rate shown (4,66 sur 8,33 is 56,0 %, and
	// 5 sur 8 would be 62,5 %): the reader who divides is told why it does not match.
	const shown = (n: number, dd: number) => ((n / dd) * 100).toFixed(indicator.digits);
	const rounded = Math.round(d.denominator);
	const off =
		rounded === 0 || shown(d.numerator, d.denominator) !== shown(Math.round(d.numerator), rounded);
	return `${off ? '≈ ' : ''}${num} sur ${den} ${words}`;
}

/** « petit effectif » when the value rests on a tiny denominator, else null. */
export function smallFlag(
	d: Pick<ValueDetail, 'value' | 'denominator' | 'population'>
): string | null {
	return isSmallDenominator(d) ? SMALL_DENOMINATOR_LABEL : null;
}

/** « peu de naissances » beside a birth rate resting on fewer than 20 births, else null. */
export function rareFlag(
	d: Pick<ValueDetail, 'value' | 'numerator'>,
	indicator: Pick<Indicator, 'events'>
): string | null {
	return isRareEvents(d, indicator) ? RARE_EVENTS_LABEL : null;
}

/**
 * Why a rate published without its counts is flagged: « 5 habitants de 15 à 29 ans, RP 2022 »,
 * the commune count that bounds its denominator (`Formula`'s `population`). Null when it is not
 * flagged, or has no such count.
 */
export function formatPopulation(
	d: Pick<ValueDetail, 'value' | 'denominator' | 'population'>,
	indicator: Pick<Indicator, 'formula'>
): string | null {
	const b = populationBound(indicator);
	const n = d.population ?? null;
	if (!b || n === null || !isSmallDenominator(d)) return null;
	return `${formatNumber(n, 0)} ${agree(n, b.countedOne, b.counted, 0)}, ${b.vintage}`;
}

/** « effectifs non publiés » beside a value of a rate published without its counts, else null. */
export function uncountedFlag(
	d: Pick<ValueDetail, 'value'>,
	indicator: Pick<Indicator, 'formula' | 'unit'>
): string | null {
	return d.value !== null && isUncountedRate(indicator) ? UNCOUNTED_LABEL : null;
}

/**
 * The exports' « Fiabilité » cell: « petit effectif », « petit effectif (5 habitants de 15 à 29
 * ans, RP 2022) » for a rate published without its counts, « effectifs non publiés », « peu de
 * naissances » or empty.
 */
export function reliabilityCell(
	d: Pick<ValueDetail, 'value' | 'numerator' | 'denominator' | 'population'>,
	indicator: Pick<Indicator, 'formula' | 'unit' | 'events'>
): string {
	const small = smallFlag(d);
	const population = formatPopulation(d, indicator);
	if (small) return population ? `${small} (${population})` : small;
	return uncountedFlag(d, indicator) ?? rareFlag(d, indicator) ?? '';
}

/**
 * The value in one line, as the tooltip, the lists and exports write it:
 * « 100,0 % (2 sur 2 actifs de 15 à 24 ans ; petit effectif) », or « n.d. (secret statistique) ».
 */
export function formatDetailLine(d: ValueDetail, indicator: Indicator): string {
	const main = formatDetail(d, indicator);
	if (d.value === null) return main;
	const extra = [
		formatCounts(d, indicator),
		smallFlag(d),
		rareFlag(d, indicator),
		uncountedFlag(d, indicator),
		formatPopulation(d, indicator)
	].filter(Boolean);
	return extra.length ? `${main} (${extra.join(' ; ')})` : main;
}

/**
 * Why the Agglomération's or the département's value is n.d., in a few words: a median or a rate
 * published without its counts has no honest value for a set of communes (the catalogue's
 * `aggregate: none`, whose full reason the indicator's description gives); otherwise no commune
 * had its counts, or they sum to a zero denominator.
 */
export function aggregateMissing(
	agg: Pick<AggregateValue, 'covered'>,
	indicator: { formula?: Indicator['formula'] }
): string {
	const f = indicator.formula;
	if (f?.kind === 'value' && f.aggregate.kind === 'none') return 'pas de valeur d’ensemble';
	return agg.covered === 0 ? 'aucune commune renseignée' : MISSING_REASONS.denominateur_nul.label;
}

/**
 * An aggregate with its coverage when some communes are missing ("12,3 % (69 communes sur 71)"),
 * or « n.d. » with its reason.
 */
export function formatAggregate(
	agg: AggregateValue | undefined,
	indicator: Unit & { formula?: Indicator['formula'] }
): string {
	if (!agg) return MISSING_LABEL;
	if (agg.value === null) return `${MISSING_LABEL} (${aggregateMissing(agg, indicator)})`;
	const text = formatValue(agg.value, indicator);
	if (agg.covered >= agg.total) return text;
	return `${text} (${counted(agg.covered, 'commune', 'communes')} sur ${agg.total})`;
}
