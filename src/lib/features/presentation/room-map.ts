/**
 * The room slide's map: the territory's communes (the SVG renderer's geometry) and one circle per
 * commune named by the room's problems, at the point inside the commune the map page uses
 * (`lx`, `ly` of the communes layer), its area proportional to the weighted mentions.
 */
import type { FeatureCollection } from 'geojson';
import type { CommuneProblems } from '$lib/core/problem-counts';
import { problemPoints, svgCircles, type SvgCircle } from '$lib/map/problem-circles';
import { svgGeometry, type SvgGeometry } from '$lib/map/svg/geometry';

export function roomGeometry(communes: FeatureCollection, outline: FeatureCollection): SvgGeometry {
	const g = svgGeometry(communes, outline);
	return { ...g, communes: g.communes.filter((c) => c.territory) };
}

/**
 * Circles of the communes with at least one problem, largest first (small ones drawn on top).
 * The slide's map is drawn about one SVG unit per pixel: the radius in pixels is used as is.
 */
export function roomCircles(
	communes: FeatureCollection,
	outline: FeatureCollection,
	byCommune: Record<string, CommuneProblems>
): SvgCircle[] {
	return svgCircles(problemPoints(communes, byCommune), outline);
}
