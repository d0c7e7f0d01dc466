/**
 * The SVG renderer: the choropleth model drawn on the SVG geometry, as markup. The same strings
 * are written into the prerendered HTML (hooks.server.ts), built in the browser when the page
 * opens without it, and embedded in the exported files.
 */
import {
	COMMUNE_LINE_COLOUR,
	CONTEXT_FILL,
	FOCUS_CASING_WIDTH,
	FOCUS_WIDTH,
	MISSING_HATCH,
	SMALL_STYLE,
	WHITE_FILL,
	WHITE_FILL_LINE
} from '../palette';
import type { LegendEntry } from '../legend-entries';
import { CIRCLE_STYLE, circleKeyItems, circleTitle, type SvgCircle } from '../problem-circles';
import { formatNumber } from '$lib/format/number';
import type { SvgGeometry } from './geometry';
import { smallLegend } from '$lib/indicators/reliability';
import { frenchSpaces } from '$lib/format/french-spaces';

/** Class of the group of dashed outlines over the communes whose rate rests on a tiny denominator. */
export const SMALL_CLASS = 'small-denominators';
export { SMALL_STYLE } from '../palette';

/**
 * Class of outlines drawn a frame after the colours (the prerendered map, as MapLibre's first
 * frame draws its fills alone): their dashes took 0,1 of the floor's first frame to rasterise
 * with the colours. Removed after the first paint (`prerender.ts`); shown without JavaScript.
 */
export const AFTER_FIRST_PAINT = 'after-first-paint';

/** The dashed outlines of the `small` communes, drawn with the geometry's paths. */
export function smallOutlines(
	geometry: SvgGeometry,
	small: readonly string[],
	afterFirstPaint = false
): string {
	if (!small.length) return '';
	const paths = geometry.communes
		.filter((c) => c.territory && small.includes(c.code))
		.map((c) => `<path data-code="${c.code}" d="${c.d}"/>`)
		.join('');
	return `<g class="${SMALL_CLASS}${afterFirstPaint ? ` ${AFTER_FIRST_PAINT}` : ''}">${paths}</g>`;
}

/** Id of the n.d. hatch pattern (one per document). */
export const HATCH_ID = 'atlas-nd-hatch';
/** Fill of territory communes while the view's colours are not known (no wrong colours). */
export const PENDING_FILL = '#f4f5f7';

/** A legend's text between tags: French spaces (as the components' text gets them), escaped. */
function legendText(text: string): string {
	return esc(frenchSpaces(text));
}

/** Escapes text for HTML and SVG content and attributes. */
export function esc(text: string): string {
	return text.replace(
		/[&<>"']/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!
	);
}

/** The SVG fill of a territory commune: its colour, the hatch for n.d., neutral if unknown. */
export function fillOf(fills: Record<string, string | null> | null, code: string): string {
	if (!fills) return PENDING_FILL;
	const f = fills[code];
	return f === undefined ? PENDING_FILL : (f ?? `url(#${HATCH_ID})`);
}

/** The blue line drawn over the chosen commune (`markSelected`). */
export const SELECTED_LINE_CLASS = 'sel-line';

const STYLE =
	'.svg-choropleth path{vector-effect:non-scaling-stroke;stroke-linejoin:round}' +
	`.svg-choropleth .c{stroke:${COMMUNE_LINE_COLOUR};stroke-width:.6px}` +
	// A white commune outlined in grey, as the interactive map's `commune-line` (before `.sel`).
	`.svg-choropleth .c[fill="${WHITE_FILL}"]{stroke:${WHITE_FILL_LINE}}` +
	'.svg-choropleth .o{fill:none;stroke:#1f2933;stroke-width:2.2px;pointer-events:none}' +
	// The chosen commune: a white band (its own stroke) under a blue line (a copy on top), as the
	// interactive map's `focus-casing` and `focus-line`.
	`.svg-choropleth .c.sel{stroke:#fff;stroke-width:${FOCUS_CASING_WIDTH}px}` +
	`.svg-choropleth .${SELECTED_LINE_CLASS}{fill:none;stroke:#0b57d0;stroke-width:${FOCUS_WIDTH}px;pointer-events:none}` +
	'.svg-choropleth .t:hover{stroke:#1f2933;stroke-width:2px}' +
	'.svg-choropleth circle{vector-effect:non-scaling-stroke}' +
	`.svg-choropleth .${AFTER_FIRST_PAINT}{display:none}` +
	`.svg-choropleth .${SMALL_CLASS} path{fill:none;stroke:${SMALL_STYLE.colour};stroke-width:${SMALL_STYLE.width}px;stroke-dasharray:${SMALL_STYLE.dash.join(' ')};pointer-events:none}`;

/**
 * The map as an `<svg>` element whose viewBox is the territory's box (drawn overflowing it);
 * `fills` null draws the territory in a neutral colour (the right colours are not known yet).
 */
export function mapSvg(
	geometry: SvgGeometry,
	fills: Record<string, string | null> | null,
	label: string,
	attrs = '',
	/** Drawn over the communes and the outline (the problems' circles of an export). */
	over = '',
	/** Communes whose rate rests on a tiny denominator: outlined in dashes. */
	small: readonly string[] = [],
	/** Those outlines wait for the first paint (the prerendered map). */
	afterFirstPaint = false
): string {
	const paths = geometry.communes
		.map((c) =>
			c.territory
				? `<path class="c t" data-code="${c.code}" fill="${fillOf(fills, c.code)}" d="${c.d}"><title>${esc(c.name)}</title></path>`
				: `<path class="c" data-code="${c.code}" fill="${CONTEXT_FILL}" d="${c.d}"/>`
		)
		.join('');
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" class="svg-choropleth" viewBox="0 0 ${geometry.width} ${+geometry.height.toFixed(2)}" preserveAspectRatio="xMidYMid meet" role="img" aria-label="${esc(label)}"${attrs ? ` ${attrs}` : ''}>` +
		`<style>${STYLE}</style>` +
		`<defs><pattern id="${HATCH_ID}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/><rect width="2" height="6" fill="${MISSING_HATCH}"/></pattern></defs>` +
		`<g>${paths}</g>${smallOutlines(geometry, small, afterFirstPaint)}<path class="o" d="${geometry.outline}"/>${over}</svg>`
	);
}

/** The legend as HTML (the prerendered page shows it beside the SVG map, without JavaScript). */
export function legendHtml(
	title: string,
	subtitle: string,
	entries: readonly LegendEntry[],
	source: string,
	/** How to read what the map carries beyond its colours (printed under the source). */
	note = '',
	/** The workshops' circles the map carries (largest first): a row names them, a key sizes them. */
	circles: readonly SvgCircle[] = [],
	/** Communes outlined in dashes (tiny denominators): a row of the legend says so. */
	small = 0
): string {
	const rows = entries
		.map((e) => {
			const swatch =
				e.colour === null
					? `<span class="sw nd"></span>`
					: `<span class="sw" style="background:${e.colour}"></span>`;
			const count = e.count === undefined ? '' : `<span class="n">${e.count}</span>`;
			const t = e.title ? ` title="${esc(e.title)}"` : '';
			return `<li${t}>${swatch}<span>${legendText(e.label)}</span>${count}</li>`;
		})
		.join('');
	const circleRow = circles.length
		? `<li><span class="sw circle" style="background:${CIRCLE_STYLE.fill};opacity:${CIRCLE_STYLE.opacity}"></span><span>${CIRCLES_LEGEND}</span></li>` +
			circleKeyRow(circles[0]!)
		: '';
	const smallRow = small
		? `<li><span class="sw dashed"></span><span>${legendText(smallLegend(small))}</span></li>`
		: '';
	return (
		`<section class="svg-legend" aria-label="Légende de la carte" data-testid="svg-legend">` +
		`<h3 elementtiming="atlas-svg-legend">${legendText(title)}</h3><p>${legendText(subtitle)}</p>` +
		`<ul>${rows}${smallRow}${circleRow}</ul><p class="src">${legendText(source)}</p>` +
		(note ? `<p class="note">${legendText(note)}</p>` : '') +
		`</section>`
	);
}

/**
 * The circles' size key as a legend row: a few round weights, smallest first, each at the radius
 * the map draws it in screen pixels (as on paper, whatever the window: the heaviest at its own
 * `r`), its weight under it.
 */
function circleKeyRow(heaviest: SvgCircle): string {
	const { fill, opacity } = CIRCLE_STYLE;
	const items = circleKeyItems(heaviest.weight, heaviest.r).map(({ weight, r: exact }) => {
		const r = +exact.toFixed(2);
		const side = +(2 * r + 2).toFixed(2);
		return (
			`<span data-weight="${weight}"><svg width="${side}" height="${side}" viewBox="${-r - 1} ${-r - 1} ${side} ${side}" aria-hidden="true">` +
			`<circle r="${r}" fill="${fill}" fill-opacity="${opacity}" stroke="${fill}"/></svg>` +
			`<b>${formatNumber(weight, 0)}</b></span>`
		);
	});
	return `<li class="circle-key" data-testid="svg-legend-circle-key"><span></span><span class="ck">${items.join('')}<span>poids</span></span></li>`;
}

/** The legend's row for the problems' circles (the note under the legend says how to read them). */
export const CIRCLES_LEGEND = 'Problématiques des ateliers (voir la note)';

/** Class of the group holding the problems' circles (one per map). */
export const CIRCLES_CLASS = 'svg-circles';

/**
 * The problems' circles as an SVG group, in the map's units: `unitsPerPx` SVG units make one
 * screen pixel where the map is drawn (the radius is given in pixels, as MapLibre draws it).
 * They take no pointer: the commune under a circle is hovered and clicked, as with MapLibre.
 */
export function circlesSvg(
	circles: readonly SvgCircle[],
	unitsPerPx: number,
	/** The same on paper (print.css's map box), set as `--pr` for the print stylesheet. */
	printUnitsPerPx?: number
): string {
	if (!circles.length) return '';
	const { fill, opacity, stroke, strokeWidth } = CIRCLE_STYLE;
	const r2 = (n: number) => +n.toFixed(2);
	const onPaper = (c: SvgCircle) =>
		printUnitsPerPx === undefined ? '' : ` style="--pr:${r2(c.r * printUnitsPerPx)}px"`;
	const items = circles
		.map(
			(c) =>
				`<circle data-code="${c.code}" data-r="${c.r}" cx="${r2(c.x)}" cy="${r2(c.y)}" r="${r2(c.r * unitsPerPx)}"${onPaper(c)}><title>${esc(circleTitle(c))}</title></circle>`
		)
		.join('');
	return `<g class="${CIRCLES_CLASS}" fill="${fill}" fill-opacity="${opacity}" stroke="${stroke}" stroke-width="${strokeWidth}" pointer-events="none">${items}</g>`;
}
