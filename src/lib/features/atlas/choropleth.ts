/**
 * From values to what the map and legend draw: breaks over the territory's communes, colours
 * oriented by polarity, class counts. Pure, shared by the map page and the presenter.
 */
import { classBreaks, classOf, type Method } from '$lib/analysis/breaks';
import type { Indicator } from '$lib/indicators/types';
import { choroplethStates, type CommuneState } from '$lib/map/expressions';
import { paletteFor } from '$lib/map/palette';

/** Everything needed to paint and explain one choropleth. */
export interface Choropleth {
	/** How the classes were cut, and how many were asked: the legend's method line. */
	method: Method;
	asked: number;
	breaks: number[];
	colours: string[];
	counts: number[];
	missing: number;
	/** Feature-state (colour, n.d. flag, tiny denominator flag) per territory commune. */
	states: Record<string, CommuneState>;
	/** Territory communes whose rate rests on a tiny denominator, in the territory's order. */
	small: string[];
}

/**
 * Builds the choropleth of `indicator` over the `territory` communes; `small` names the communes
 * whose rate rests on a tiny denominator (`smallDenominatorCodes`), outlined in dashes.
 */
export function buildChoropleth(
	indicator: Indicator,
	values: Record<string, number | null>,
	territory: readonly string[],
	method: Method,
	k: number,
	small: readonly string[] = []
): Choropleth {
	const breaks = classBreaks(
		territory.map((c) => values[c] ?? null),
		method,
		k
	);
	const colours = paletteFor(indicator.polarity, Math.max(1, breaks.length - 1));
	const counts = new Array<number>(colours.length).fill(0);
	let missing = 0;
	for (const c of territory) {
		const cls = classOf(values[c] ?? null, breaks);
		if (cls === null) missing++;
		else counts[cls] = (counts[cls] ?? 0) + 1;
	}
	return {
		method,
		asked: k,
		breaks,
		colours,
		counts,
		missing,
		states: choroplethStates({ values, territory, breaks, colours, small }),
		small: territory.filter((c) => small.includes(c))
	};
}
