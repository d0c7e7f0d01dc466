/**
 * One choropleth model, two renderers: what MapLibre (feature-state) and the SVG renderer both
 * draw, with what a printed or exported map must say — title, legend, source, vintage, date.
 */
import { longDate } from '$lib/format/date';
import type { Indicator } from '$lib/indicators/types';
import { isUncountedRate, uncountedLegend } from '$lib/indicators/reliability';
import type { Choropleth } from '$lib/features/atlas/choropleth';
import type { CommuneState } from './feature-states';
import type { SvgCircle } from './problem-circles';
import { legendEntries, legendTitle, type LegendEntry } from './legend-entries';

/** The map as data, for any renderer. */
export interface ChoroplethModel {
	title: string;
	/** Classification method and how to read the colours. */
	subtitle: string;
	/** Fill per territory commune; null is n.d. (hatched), never a colour of 0. */
	fills: Record<string, string | null>;
	/** Territory communes whose rate rests on a tiny denominator: outlined in dashes. */
	small: readonly string[];
	legend: LegendEntry[];
	/** « Source : INSEE, RP 2022 » (producers and vintages of the indicator). */
	source: string;
	vintage: string;
	/** Date of the map, French (« 30 novembre 2026 »). */
	date: string;
	/** A rate published without its counts: what flags it, or why nothing can (`uncountedLegend`). */
	uncounted?: string;
	/** The printed and exported map's note: rates on tiny denominators, how to read the circles. */
	printNote?: string;
	/** The workshop problems' circles, when the view shows them. */
	circles?: readonly SvgCircle[];
}

/** How to read the colours, by polarity. */
export function readingOf(polarity: Indicator['polarity']): string {
	if (polarity === 0) return 'indicateur de contexte';
	return polarity === 1
		? 'plus foncé = valeur plus élevée = besoin plus marqué'
		: 'plus foncé = valeur plus faible = besoin plus marqué';
}

/** The date as the map's caption writes it. */
export function frenchDate(date: Date): string {
	return longDate(date, 'Europe/Paris');
}

/** Where a map's numbers come from: producer and vintage of each source. */
export interface ModelSource {
	producer: string;
	vintage: string;
}

/**
 * A model from the feature-states a page paints with MapLibre: the fills are read from the same
 * object (one computation of the colours), with the page's own title, legend and sources.
 */
export function mapModel(input: {
	states: Readonly<Record<string, CommuneState>>;
	title: string;
	subtitle: string;
	legend: LegendEntry[];
	sources: readonly ModelSource[];
	date: Date;
}): ChoroplethModel {
	const fills: Record<string, string | null> = {};
	const small: string[] = [];
	for (const [code, s] of Object.entries(input.states)) {
		fills[code] = s.fill;
		if (s.small) small.push(code);
	}
	const unique = (xs: string[]) => [...new Set(xs)];
	const vintage = unique(input.sources.map((s) => s.vintage)).join(', ');
	const producers = unique(input.sources.map((s) => s.producer)).join(', ');
	return {
		title: input.title,
		subtitle: input.subtitle,
		fills,
		small,
		legend: input.legend,
		source: `Source : ${producers} (${vintage}) · Contours : IGN Admin Express · Atlas des besoins`,
		vintage,
		date: frenchDate(input.date)
	};
}

/** Builds the model of `choropleth` (feature-states of the map) for `indicator`. */
export function choroplethModel(input: {
	indicator: Indicator;
	choropleth: Choropleth;
	methodLabel: string;
	smoothed?: boolean;
	territoryName: string;
	date: Date;
}): ChoroplethModel {
	const { indicator, choropleth } = input;
	const model = mapModel({
		states: choropleth.states,
		title: `${legendTitle(indicator, input.smoothed)} — ${input.territoryName}`,
		subtitle: `${input.methodLabel} · ${readingOf(indicator.polarity)}`,
		legend: legendEntries(indicator, choropleth),
		sources: indicator.sources,
		date: input.date
	});
	return isUncountedRate(indicator) ? { ...model, uncounted: uncountedLegend(indicator) } : model;
}
