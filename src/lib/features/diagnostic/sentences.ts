/**
 * The diagnostic's sentences, built from the numbers only: the Agglomération against the
 * département (the snapshot's aggregates, from summed counts), the extremes among the territory's
 * communes and their spread, with the small-number caveat of `reliability.ts`. Pure: the page,
 * the print and the Markdown export all read these same sentences.
 */
import type { Aggregates } from '$lib/data/values';
import { isCount } from '$lib/features/compare/compare-rows';
import { formatGap, gapOf } from '$lib/format/gap';
import { formatAggregate, formatValue } from '$lib/format/indicator';
import {
	populationBound,
	RARE_EVENTS,
	rareEventCodes,
	SMALL_DENOMINATOR,
	smallDenominatorCodes
} from '$lib/indicators/reliability';
import type { Indicator, IndicatorValues } from '$lib/indicators/types';

/** One indicator's sentence and where its figures come from. */
export interface DiagnosticSentence {
	indicator: string;
	text: string;
	/** « INSEE, RP 2022 » (producers and vintages). */
	source: string;
}

/** What the builder reads for one indicator. */
export interface SentenceInput {
	indicator: Indicator;
	aggregates: Aggregates;
	values: IndicatorValues;
	territory: readonly string[];
	names: Record<string, string>;
	departementName: string;
}

/** « Aujac », « Aujac et Vabres », « Aujac, Martignargues et 2 autres communes ». */
export function placesText(list: readonly string[]): string {
	const sorted = [...list].sort((a, b) => a.localeCompare(b, 'fr'));
	if (sorted.length <= 2) return sorted.join(' et ');
	const rest = sorted.length - 2;
	return `${sorted[0]}, ${sorted[1]} et ${rest} autre${rest > 1 ? 's' : ''} commune${rest > 1 ? 's' : ''}`;
}

const unsigned = (gap: number, indicator: Indicator) =>
	formatGap(Math.abs(gap), indicator).replace(/^[+−]/, '');

/** Agglomération against the département. */
function referencePart(x: SentenceInput): string {
	const { indicator: ind, aggregates: agg, departementName: dep } = x;
	const a = formatAggregate(agg.territory, ind);
	const d = formatAggregate(agg.departement, ind);
	const gap = gapOf(agg.territory.value, agg.departement.value);
	if (gap === null || isCount(ind)) return `l’Agglomération : ${a} ; le ${dep} : ${d}`;
	const text = unsigned(gap, ind);
	if (text === unsigned(0, ind)) return `l’Agglomération (${a}) est au niveau du ${dep} (${d})`;
	const verb = gap > 0 ? 'dépasse' : 'est en dessous du';
	const dep2 = gap > 0 ? `le ${dep}` : dep;
	return `l’Agglomération (${a}) ${verb} ${dep2} (${d}) de ${text}`;
}

/** Extremes among the communes, their spread, and the small-number caveat. */
function extremesPart(x: SentenceInput): string | null {
	const { indicator: ind, values: v } = x;
	const known = x.territory.filter((c) => v.values[c] != null);
	if (known.length < 2) return null;
	const value = (c: string) => v.values[c]!;
	const lo = Math.min(...known.map(value));
	const hi = Math.max(...known.map(value));
	const at = (target: number) => known.filter((c) => value(c) === target);
	const name = (c: string) => x.names[c] ?? c;
	const ends = [...at(lo), ...at(hi)];
	let text =
		`selon les communes, la valeur va de ${formatValue(lo, ind)} (${placesText(at(lo).map(name))})` +
		` à ${formatValue(hi, ind)} (${placesText(at(hi).map(name))}), soit un écart de ${unsigned(hi - lo, ind)}`;
	const small = smallDenominatorCodes(v, ends).length > 0;
	const bound = populationBound(ind);
	if (small && bound)
		text += `, mais des valeurs extrêmes sont celles de communes comptant moins de ${SMALL_DENOMINATOR} ${bound.counted} selon le ${bound.vintage}`;
	else if (small)
		text += `, mais des valeurs extrêmes portent sur moins de ${SMALL_DENOMINATOR} ${ind.counted?.denominator ?? 'personnes'}`;
	else if (rareEventCodes(ind, v, ends).length > 0)
		text += `, mais des valeurs extrêmes reposent sur moins de ${RARE_EVENTS} ${ind.counted?.numerator ?? 'événements'} : quelques-unes de plus ou de moins les changent beaucoup`;
	const unknown = x.territory.length - known.length;
	if (unknown) text += ` (${unknown} commune${unknown > 1 ? 's' : ''} sans valeur)`;
	return text;
}

/** The sentence of one indicator. */
export function indicatorSentence(x: SentenceInput): DiagnosticSentence {
	const parts = [referencePart(x), extremesPart(x)].filter(Boolean);
	const unique = (xs: string[]) => [...new Set(xs)];
	const src = x.indicator.sources;
	return {
		indicator: x.indicator.id,
		text: `${x.indicator.label} : ${parts.join(' ; ')}.`,
		source: `${unique(src.map((s) => s.producer)).join(', ')}, ${unique(src.map((s) => s.vintage)).join(', ')}`
	};
}
