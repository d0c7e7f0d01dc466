/**
 * The SVG map's geometry, computed once from the pipeline's GeoJSON: one path per commune in
 * whole SVG units, the territory's outline, and the viewBox of the territory's box. Context
 * communes far outside the territory (never on screen at the fitted view) are left out to keep
 * the HTML small.
 */
import type { FeatureCollection } from 'geojson';
import { boundsOf } from '../bounds';
import { geometryPath } from './path-data';
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
	const near = (f: FeatureCollection['features'][number]) => {
		const [w, s, e, n] = boundsOf({ type: 'FeatureCollection', features: [f] });
		const [x0, y0] = frame.project([w, n]);
		const [x1, y1] = frame.project([e, s]);
		return x1 >= -mx && x0 <= frame.width + mx && y1 >= -my && y0 <= frame.height + my;
	};
	const paths: CommunePath[] = [];
	for (const f of communes.features) {
		const p = f.properties as { code: string; nom: string; territory?: boolean };
		const territory = p.territory === true;
		if (!territory && !near(f)) continue;
		const d = geometryPath(f.geometry, frame.project);
		if (d) paths.push({ code: p.code, name: p.nom, territory, d });
	}
	return {
		width: frame.width,
		height: frame.height,
		communes: paths,
		outline: outline.features.map((f) => geometryPath(f.geometry, frame.project)).join('')
	};
}
