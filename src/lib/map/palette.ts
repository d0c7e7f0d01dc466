/**
 * Colour-blind-safe sequential palettes (ColorBrewer, via d3-scale-chromatic), oriented by
 * polarity so that the darkest class is always where the need is greatest.
 */
import { schemeBlues, schemeYlOrRd } from 'd3-scale-chromatic';
import type { Polarity } from '$lib/indicators/types';

/** Context communes (rest of the département). */
export const CONTEXT_FILL = '#e4e4e0';
/** Territory communes when the chosen theme has no indicator: one neutral grey, no classes. */
export const BLANK_FILL = '#cfd6de';
/** The line between communes: white, over their fills. */
export const COMMUNE_LINE_COLOUR = '#ffffff';
/** A white commune (« Non significatif » on /concentrations) is outlined in grey: white on white,
 * neighbouring ones merged into one blank area. */
export const WHITE_FILL = '#ffffff';
export const WHITE_FILL_LINE = '#aab4bf';
/** Territory communes whose value is secret or missing: drawn hatched on this base. */
export const MISSING_FILL = '#ffffff';
export const MISSING_HATCH = '#8a8a8a';

/**
 * `k` colours from light to dark for polarity +1 (higher = more need), reversed for −1 (a low
 * value is the need), and a neutral blue ramp for context indicators (0).
 */
export function paletteFor(polarity: Polarity, k: number): string[] {
	const n = Math.max(3, Math.min(9, k));
	const scheme = polarity === 0 ? schemeBlues : schemeYlOrRd;
	const colours = [...(scheme[n] ?? [])].slice(0, k === n ? n : undefined);
	const picked = k < 3 ? pickSpread(colours, k) : colours;
	return polarity === -1 ? picked.reverse() : picked;
}

function pickSpread(colours: string[], k: number): string[] {
	if (k === 1) return [colours[Math.floor(colours.length / 2)]!];
	return [colours[0]!, colours[colours.length - 1]!];
}

/**
 * The dashed outline of a commune whose rate rests on a tiny denominator, in CSS pixels: the SVG
 * map, its exports and MapLibre's layer draw it alike.
 */
export const SMALL_STYLE = { colour: '#1f2933', width: 1.3, dash: [3, 2] } as const;

/** The chosen commune's outline and its white band, in px (the SVG map draws the same). */
export const FOCUS_WIDTH = 3;
export const FOCUS_CASING_WIDTH = 7;
