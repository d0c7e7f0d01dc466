/**
 * Every layer the app draws, as plain MapLibre layer objects built by pure functions: the layer
 * components only add what these return. Colours come from feature-state, set per commune.
 */
import type { AddLayerObject, ExpressionSpecification } from 'maplibre-gl';
import { stateFillColor, stateSwitch } from './expressions';
import {
	COMMUNE_LINE_COLOUR,
	CONTEXT_FILL,
	FOCUS_CASING_WIDTH,
	FOCUS_WIDTH,
	MISSING_FILL,
	SMALL_STYLE,
	WHITE_FILL,
	WHITE_FILL_LINE
} from './palette';
import { CIRCLE_STYLE, circleRadius } from './problem-circles';
import { serviceColour, serviceFilter, type ServiceKindStyle } from './services';

const IN_TERRITORY: ExpressionSpecification = ['==', ['get', 'territory'], true];

/** Name of the hatch image the n.d. layer paints with. */
export const HATCH_IMAGE = 'hatch';
/** Colour of the neighbour outlines (also used in the legend). */
export const NEIGHBOUR_COLOUR = '#6a1b9a';
/** Id of the white lines between communes. */
export const COMMUNE_LINE = 'commune-line';

/**
 * Context fill, territory fill from feature-state, the n.d. hatch, and the commune lines.
 * No antialiasing pass on fills: with software WebGL each pass costs a full-canvas raster, and
 * the white commune lines drawn on top hide the edges anyway.
 */
export function choroplethLayers(): AddLayerObject[] {
	return [
		{
			id: 'context-fill',
			type: 'fill',
			source: 'communes',
			filter: ['!', IN_TERRITORY],
			paint: { 'fill-color': CONTEXT_FILL, 'fill-antialias': false }
		},
		{
			id: 'territory-fill',
			type: 'fill',
			source: 'communes',
			filter: IN_TERRITORY,
			paint: { 'fill-color': stateFillColor(MISSING_FILL), 'fill-antialias': false }
		},
		{
			id: 'missing-hatch',
			type: 'fill',
			source: 'communes',
			filter: IN_TERRITORY,
			paint: {
				'fill-pattern': HATCH_IMAGE,
				'fill-opacity': stateSwitch('missing', 1),
				'fill-antialias': false
			}
		},
		{
			id: COMMUNE_LINE,
			type: 'line',
			source: 'communes',
			paint: {
				'line-color': [
					'case',
					['==', ['feature-state', 'fill'], WHITE_FILL],
					WHITE_FILL_LINE,
					COMMUNE_LINE_COLOUR
				],
				'line-width': 0.6
			}
		}
	];
}

/** Id of the dashed outlines of the communes whose rate rests on a tiny denominator. */
export const SMALL_LINE = 'small-line';

/**
 * The dashed outlines of the communes flagged `small` in their feature-state (drawn after the
 * first frame, with the commune lines: one more pass over every commune).
 */
export function smallLayer(): AddLayerObject {
	const { colour, width, dash } = SMALL_STYLE;
	return {
		id: SMALL_LINE,
		type: 'line',
		source: 'communes',
		filter: IN_TERRITORY,
		paint: {
			'line-color': colour,
			'line-width': width,
			// MapLibre counts dashes in line widths, the SVG map in pixels.
			'line-dasharray': dash.map((d) => d / width),
			'line-opacity': stateSwitch('small', 1)
		}
	};
}

/** The choropleth's first frame: its fills and hatch, without the commune lines. */
export function firstFrameLayers(): AddLayerObject[] {
	return choroplethLayers().filter((l) => l.id !== COMMUNE_LINE);
}

/** The source of the territory's outline (OutlineLayer, or the map page's first style). */
export const OUTLINE_SOURCE = 'outline';

/** The territory's outline, over the fills, from the `source` holding it. */
export function outlineLayer(source: string): AddLayerObject {
	return {
		id: 'outline-line',
		type: 'line',
		source,
		paint: { 'line-color': '#1f2933', 'line-width': 2.2 }
	};
}

/** Hover and selection share one layer: one less pass over every commune per frame. */
/**
 * A white band under the chosen commune's outline (`focusLayer`), 2 px each side of it: a blue
 * line alone was hard to find on the darkest reds and on a projector.
 */
export function focusCasingLayer(): AddLayerObject {
	return {
		id: 'focus-casing',
		type: 'line',
		source: 'communes',
		paint: { 'line-color': '#ffffff', 'line-width': stateSwitch('selected', FOCUS_CASING_WIDTH) }
	};
}

export function focusLayer(): AddLayerObject {
	const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
	const hover: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
	return {
		id: 'focus-line',
		type: 'line',
		source: 'communes',
		paint: {
			'line-color': ['case', selected, '#0b57d0', '#1f2933'],
			'line-width': ['case', selected, FOCUS_WIDTH, hover, 2, 0]
		}
	};
}

/** Outlines of the communes whose `neighbour` flag is on. */
export function neighbourLayer(): AddLayerObject {
	return {
		id: 'neighbour-line',
		type: 'line',
		source: 'communes',
		paint: { 'line-color': NEIGHBOUR_COLOUR, 'line-width': stateSwitch('neighbour', 2.6) }
	};
}

/** `circle-radius` of `circleRadius` (area proportional to `weight`), in MapLibre's terms. */
export function problemRadius(maxWeight: number): ExpressionSpecification {
	return ['*', circleRadius(1, maxWeight), ['sqrt', ['get', 'weight']]];
}

/** Proportional circles of the workshop problems, from the `source` holding them. */
export function problemsLayer(source: string, maxWeight: number): AddLayerObject {
	return {
		id: 'problems-circle',
		type: 'circle',
		source,
		paint: {
			'circle-color': CIRCLE_STYLE.fill,
			'circle-opacity': CIRCLE_STYLE.opacity,
			'circle-stroke-color': CIRCLE_STYLE.stroke,
			'circle-stroke-width': CIRCLE_STYLE.strokeWidth,
			'circle-radius': problemRadius(maxWeight)
		}
	};
}

/** Points of the services of `kinds`, coloured by kind. */
export function servicesLayer(source: string, kinds: readonly ServiceKindStyle[]): AddLayerObject {
	return {
		id: 'services-circle',
		type: 'circle',
		source,
		filter: serviceFilter(kinds),
		paint: {
			'circle-color': serviceColour(kinds),
			'circle-radius': 4.5,
			'circle-stroke-color': '#ffffff',
			'circle-stroke-width': 1.5
		}
	};
}
