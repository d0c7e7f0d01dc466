/**
 * Colours of the four map views (index, LISA classes, significance levels, Gi*), as the
 * feature-states that MapContext paints. Pure: testable without a map.
 */
import { classBreaks, classOf } from '$lib/analysis/breaks';
import { communeStates, type CommuneState } from '$lib/map/feature-states';
import { paletteFor } from '$lib/map/palette';

/** Colours of the LISA classes (GeoDa's conventions: red for high, blue for low). */
export const clusterColours: Record<number, string | null> = {
	0: '#ffffff',
	1: '#d7191c',
	2: '#2c7bb6',
	3: '#abd9e9',
	4: '#fdae61',
	5: null,
	6: '#a78bcb'
};

/** Colours of the Gi* classes. */
export const hotSpotColours: Record<number, string | null> = {
	0: '#ffffff',
	1: '#d7191c',
	2: '#2c7bb6',
	5: null,
	6: '#a78bcb'
};

/** Colours of the significance levels 0 (not significant) to 3 (p ≤ 0,001). */
export const levelColours = ['#ffffff', '#c7e9c0', '#74c476', '#1a7a3a'];

/** Feature-states from a class per commune and a colour per class (null colour = hatched n.d.). */
export function classStates(
	codes: readonly string[],
	classes: ArrayLike<number | null>,
	colours: Record<number, string | null> | readonly string[]
): Record<string, CommuneState> {
	const fills: Record<string, string | null> = {};
	codes.forEach((code, i) => {
		const c = classes[i];
		fills[code] =
			c === null || c === undefined
				? null
				: ((colours as Record<number, string | null>)[c] ?? null);
	});
	return communeStates(fills);
}

/** A 5-class quantile choropleth of the values (darker = more need, or higher value). */
export function valueChoropleth(
	codes: readonly string[],
	values: readonly (number | null)[]
): { breaks: number[]; colours: string[]; states: Record<string, CommuneState> } {
	const breaks = classBreaks(values, 'quantile', 5);
	const colours = paletteFor(1, Math.max(1, breaks.length - 1));
	const classes = values.map((v) => classOf(v, breaks));
	return { breaks, colours, states: classStates(codes, classes, colours) };
}
