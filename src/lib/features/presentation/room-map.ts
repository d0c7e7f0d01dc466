/**
 * The room slide's map: the territory's communes (the SVG renderer's geometry) and one circle per
 * commune named by the room's problems, at the point inside the commune the map page uses
 * (`lx`, `ly` of the communes layer), its area proportional to the weighted mentions.
 */
import type { FeatureCollection } from 'geojson';
import type { CommuneProblems } from '$lib/core/problem-counts';
import {
	circleKeyItems,
	type CircleKeyItem,
	problemPoints,
	svgCircles,
	type SvgCircle
} from '$lib/map/problem-circles';
import { svgGeometry, type SvgGeometry } from '$lib/map/svg/geometry';

/**
 * The heaviest circle's radius, in the map's SVG units (the territory is 800 across). The slide
 * draws the map about 420 px wide at 1280×720 and 650 px at 1920×1080: 44 units is 23 and 36 px,
 * seen from the back of a room (the map page's 24 px would be 13 px here).
 */
export const ROOM_MAX_RADIUS = 44;

export function roomGeometry(communes: FeatureCollection, outline: FeatureCollection): SvgGeometry {
	const g = svgGeometry(communes, outline);
	return { ...g, communes: g.communes.filter((c) => c.territory) };
}

/** Circles of the communes with at least one problem, largest first (small ones drawn on top). */
export function roomCircles(
	communes: FeatureCollection,
	outline: FeatureCollection,
	byCommune: Record<string, CommuneProblems>
): SvgCircle[] {
	return svgCircles(problemPoints(communes, byCommune), outline, ROOM_MAX_RADIUS);
}

/** The size key of `circles` (largest first, as `roomCircles` gives them), in the same units. */
export function roomKey(circles: readonly SvgCircle[]): CircleKeyItem[] {
	return circleKeyItems(circles[0]?.weight ?? 0, ROOM_MAX_RADIUS);
}
