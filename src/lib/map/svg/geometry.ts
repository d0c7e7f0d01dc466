/**
 * The SVG map's geometry, computed once from the pipeline's GeoJSON: one path per commune in
 * whole SVG units, the territory's outline, and the viewBox of the territory's box. Context
 * communes far outside the territory (never on screen at the fitted view) are left out to keep
 * the HTML small.
 */
import type { Feature, FeatureCollection } from 'geojson';
import { boundsOf } from '../bounds';
import { pointsPath, polygonRings, roundRing } from './path-data';
import { simplifyShared, type Ring } from './shared-simplify';
import { svgFrame, VIEW_WIDTH } from './projection';

/** One commune's path. */
export interface CommunePath {
	code: string;
	name: string;
	territory: boolean;
	d: string;
}

/** What the SVG renderer draws the choropleth on. */
export interface SvgGeometry {
	/** The territory's box: `0 0 width height`. */
	width: number;
	height: number;
	communes: CommunePath[];
	outline: string;
}

/**
 * How far a point may move when borders are simplified, in SVG units (about 0.8 px at
 * 1400 × 900, within the 2 px the SVG and MapLibre must agree on; rounding adds half a unit).
 */
export const SIMPLIFY_TOLERANCE = 1;

/** How far around the territory's box context communes are kept, in box widths. */
export const CONTEXT_MARGIN = 0.5;

/** Projects `communes` and `outline` into the frame of the outline's bounds. */
export function svgGeometry(
	communes: FeatureCollection,
	outline: FeatureCollection,
	width = VIEW_WIDTH
): SvgGeometry {
	const frame = svgFrame(boundsOf(outline), width);
	const mx = frame.width * CONTEXT_MARGIN;
	const my = frame.height * CONTEXT_MARGIN;
	const near = (f: Feature) => {
		const [w, s, e, n] = boundsOf({ type: 'FeatureCollection', features: [f] });
		const [x0, y0] = frame.project([w, n]);
		const [x1, y1] = frame.project([e, s]);
		return x1 >= -mx && x0 <= frame.width + mx && y1 >= -my && y0 <= frame.height + my;
	};
	const kept = communes.features.filter(
		(f) => (f.properties as { territory?: boolean }).territory === true || near(f)
	);
	// Every ring, the outline's too, simplified together: shared borders stay shared.
	const ringsOf = (f: Feature) => polygonRings(f.geometry).map((r) => roundRing(r, frame.project));
	const groups = [...kept, ...outline.features].map(ringsOf);
	const simplified = simplifyShared(groups.flat(), SIMPLIFY_TOLERANCE);
	const paths: string[] = groups.map((g) =>
		simplified
			.splice(0, g.length)
			.map((r: Ring) => pointsPath(r))
			.join('')
	);
	const communePaths: CommunePath[] = [];
	kept.forEach((f, i) => {
		const p = f.properties as { code: string; nom: string; territory?: boolean };
		const d = paths[i]!;
		if (d) communePaths.push({ code: p.code, name: p.nom, territory: p.territory === true, d });
	});
	return {
		width: frame.width,
		height: frame.height,
		communes: communePaths,
		outline: paths.slice(kept.length).join('')
	};
}

const projected = new WeakMap<
	FeatureCollection,
	{ outline: FeatureCollection; geometry: SvgGeometry }
>();

/**
 * `svgGeometry` at the default width, computed once per communes collection: a page change (a
 * slide change while presenting) draws the map at once from the AppCore's same data.
 */
export function cachedSvgGeometry(
	communes: FeatureCollection,
	outline: FeatureCollection
): SvgGeometry {
	const hit = projected.get(communes);
	if (hit?.outline === outline) return hit.geometry;
	const geometry = svgGeometry(communes, outline);
	projected.set(communes, { outline, geometry });
	return geometry;
}
