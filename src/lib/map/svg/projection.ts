/**
 * The SVG map's projection: d3-geo's spherical Mercator, which is MapLibre's Web Mercator up to
 * a scale. The territory's bounds box spans `VIEW_WIDTH` units from (0, 0), and the SVG element
 * fits that box the way MapLibre's `fitBounds` does (see `svgFitStyle`), so that handing over
 * from one renderer to the other does not move the map.
 */
import { geoMercator, type GeoProjection } from 'd3-geo';

/** Width of the territory's bounds box in SVG units (1 unit ≈ 0.8 screen pixel at 1400 × 900). */
export const VIEW_WIDTH = 800;
/** MapLibre's `fitBoundsOptions.padding`, in CSS pixels (create-map.ts, MapContext.fit). */
export const FIT_PADDING = 40;

/** The projection and the size of the territory's box in SVG units. */
export interface SvgFrame {
	project(lngLat: readonly [number, number]): [number, number];
	width: number;
	height: number;
}

/** A frame where the territory's bounds [west, south, east, north] span `width` units. */
export function svgFrame(
	bounds: readonly [number, number, number, number],
	width = VIEW_WIDTH
): SvgFrame {
	const [w, s, e, n] = bounds;
	// d3's Mercator: x = scale × λ (radians); so `width` units over (e − w) degrees of longitude.
	const scale = width / (((e - w) * Math.PI) / 180);
	const projection: GeoProjection = geoMercator().scale(scale).translate([0, 0]);
	const [x0, y0] = projection([w, n])!;
	projection.translate([-x0, -y0]);
	const [, y1] = projection([e, s])!;
	return {
		project: (ll) => projection([ll[0], ll[1]]) as [number, number],
		width,
		height: y1
	};
}

/**
 * Inline style placing the SVG element like MapLibre fits its bounds: the viewBox is the
 * territory's box, drawn `meet` (scale = min of both axes, centred) inside the container less
 * the padding on each side, with the rest of the département overflowing around it.
 */
export function svgFitStyle(padding = FIT_PADDING): string {
	return `position:absolute;inset:${padding}px;width:calc(100% - ${2 * padding}px);height:calc(100% - ${2 * padding}px);overflow:visible`;
}
