/**
 * The workshop problems' proportional circles, for every renderer: the points (one per commune
 * named, at the point inside it the map labels use), their radius and their style. MapLibre
 * draws them from `problemPoints` (its radius expression is `problemRadius`, the same formula),
 * the SVG map, its exports and the room slide from `svgCircles`.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import { formatNumber } from '$lib/format/number';
import { counted } from '$lib/format/plural';
import { boundsOf } from './bounds';
import { svgFrame } from './svg/projection';

/** Largest circle radius, in screen pixels at the fitted view. */
export const MAX_RADIUS = 24;

/** How a circle is painted (MapLibre's layer and the SVG renderer). */
export const CIRCLE_STYLE = {
	fill: '#3b2f8f',
	opacity: 0.55,
	stroke: '#ffffff',
	strokeWidth: 1.2
} as const;

/**
 * Radius in pixels: the circle's area is proportional to the weight; `max` gets `maxRadius`
 * (MAX_RADIUS on the map page).
 */
export function circleRadius(weight: number, max: number, maxRadius = MAX_RADIUS): number {
	return (maxRadius / Math.sqrt(Math.max(1, max))) * Math.sqrt(weight);
}

/** `x` rounded to one significant digit (0,7 → 1, 4,2 → 4, 18,5 → 20, 49,5 → 50), at least 1. */
function roundOneDigit(x: number): number {
	if (x < 1) return 1;
	let p = 1;
	while (p * 10 <= x) p *= 10;
	return Math.round(x / p) * p;
}

/**
 * The weights a size key shows, largest first: the heaviest circle's own, about half of it and
 * about a tenth of it, rounded to one significant digit (weights are whole numbers, so never
 * under 1), each once: 42 gives 42, 20, 4; 7 gives 7, 4, 1; 99 gives 99, 50, 10; 2 gives 2, 1.
 */
export function circleKeyWeights(max: number): number[] {
	if (!(max >= 1)) return [];
	const top = Math.round(max);
	const keys = [top, roundOneDigit(top / 2), roundOneDigit(top / 10)];
	return [...new Set(keys)].filter((w) => w <= top).sort((a, b) => b - a);
}

/** Properties of one point of `problemPoints`. */
export interface ProblemPointProps {
	code: string;
	name: string;
	weight: number;
	problems: number;
}

/** One point per commune named by at least one problem, and the largest weight. */
export function problemPoints(
	communes: FeatureCollection,
	byCommune: Readonly<Record<string, { problems: number; weight: number }>>
): { points: FeatureCollection<Point, ProblemPointProps>; max: number } {
	let max = 0;
	const features: Feature<Point, ProblemPointProps>[] = [];
	for (const f of communes.features) {
		const p = f.properties as { code: string; nom: string; lx?: number; ly?: number };
		const c = byCommune[p.code];
		if (!c || c.problems === 0 || p.lx === undefined || p.ly === undefined) continue;
		max = Math.max(max, c.weight);
		features.push({
			type: 'Feature',
			properties: { code: p.code, name: p.nom, weight: c.weight, problems: c.problems },
			geometry: { type: 'Point', coordinates: [p.lx, p.ly] }
		});
	}
	return { points: { type: 'FeatureCollection', features }, max };
}

/** A circle placed in the SVG renderer's frame (`svgFrame` of the outline's bounds). */
export interface SvgCircle extends ProblemPointProps {
	x: number;
	y: number;
	/** Radius in screen pixels at the fitted view (the renderer turns it into its own units). */
	r: number;
}

/** One circle of a size key: a round weight and its radius, drawn by `circleRadius`. */
export interface CircleKeyItem {
	weight: number;
	r: number;
}

/**
 * The size key of circles whose heaviest weighs `max` (`circleKeyWeights`), smallest first, each
 * at the radius the circles are drawn with (`maxRadius` for the heaviest).
 */
export function circleKeyItems(max: number, maxRadius = MAX_RADIUS): CircleKeyItem[] {
	return circleKeyWeights(max)
		.reverse()
		.map((weight) => ({ weight, r: circleRadius(weight, max, maxRadius) }));
}

/**
 * The circles of `points` in the SVG frame of `outline`, largest first (small ones on top); the
 * heaviest one `maxRadius` in radius.
 */
export function svgCircles(
	symbols: { points: FeatureCollection<Point, ProblemPointProps>; max: number },
	outline: FeatureCollection,
	maxRadius = MAX_RADIUS
): SvgCircle[] {
	const frame = svgFrame(boundsOf(outline));
	return symbols.points.features
		.map((f) => {
			const [x, y] = frame.project(f.geometry.coordinates as [number, number]);
			return {
				...f.properties,
				x,
				y,
				r: circleRadius(f.properties.weight, symbols.max, maxRadius)
			};
		})
		.sort((a, b) => b.r - a.r);
}

/** « Alès : 3 problématiques (poids 7) », the title of a circle. */
export function circleTitle(c: ProblemPointProps): string {
	return `${c.name} : ${counted(c.problems, 'problématique', 'problématiques')} (poids ${formatNumber(c.weight, 0)})`;
}
