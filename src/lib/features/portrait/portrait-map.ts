/**
 * The portrait's small map: the commune, its neighbours and the services around it, drawn by
 * the SVG renderer's pieces (Web Mercator frame, quantised path data). Pure: built at prerender
 * time from the pipeline's GeoJSON, so the map is in the HTML.
 */
import type { Feature, FeatureCollection } from 'geojson';
import { boundsOf } from '$lib/map/bounds';
import { SERVICE_KINDS } from '$lib/map/services';
import { geometryPath } from '$lib/map/svg/path-data';
import { svgFrame } from '$lib/map/svg/projection';

/** One commune drawn: `self` is the portrait's commune. */
export interface MapCommune {
	code: string;
	name: string;
	d: string;
	self: boolean;
	territory: boolean;
}

/** One service point in SVG units. */
export interface MapService {
	kind: string;
	name: string;
	x: number;
	y: number;
	/** The nearest of its kind, the one a distance of the portrait measures to. */
	nearest: boolean;
}

/** What the small map draws. */
export interface PortraitMap {
	width: number;
	height: number;
	communes: MapCommune[];
	services: MapService[];
	/** The mairie the distances start from, when they start from it. */
	mairie: { x: number; y: number } | null;
	/** The nearest services a distance measures to that lie beyond the map's frame. */
	beyond: { kind: string; name: string }[];
}

/** Margin around the commune's box, as a share of its larger side. */
export const MAP_MARGIN = 0.6;
/** The smallest span shown, in degrees (about 8 km), so that a small commune shows its neighbours. */
export const MIN_SPAN = 0.1;

type Box = [number, number, number, number];

/** The commune's box grown by the margin, at least `MIN_SPAN` wide and high. */
export function mapExtent(box: Box): Box {
	const [w, s, e, n] = box;
	const pad = Math.max(e - w, n - s) * MAP_MARGIN;
	const half = (lo: number, hi: number) => Math.max((hi - lo) / 2 + pad, MIN_SPAN / 2);
	const cx = (w + e) / 2;
	const cy = (s + n) / 2;
	const hx = half(w, e);
	const hy = half(s, n);
	return [cx - hx, cy - hy, cx + hx, cy + hy];
}

const overlaps = (a: Box, b: Box) => a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
const boxOf = (f: Feature): Box => boundsOf({ type: 'FeatureCollection', features: [f] });

/** The map of commune `code`, or null when its contour is not in `communes`. */
export function portraitMap(
	code: string,
	communes: FeatureCollection,
	services: FeatureCollection,
	/** The ids of the services the commune's distances measure to (`nearest-services.json`). */
	nearest: readonly string[] = [],
	width = 480
): PortraitMap | null {
	const own = communes.features.find((f) => f.properties?.code === code);
	if (!own) return null;
	const extent = mapExtent(boxOf(own));
	const frame = svgFrame(extent, width);
	const drawn: MapCommune[] = [];
	for (const f of communes.features) {
		if (!overlaps(boxOf(f), extent)) continue;
		const p = f.properties as { code: string; nom: string; territory?: boolean };
		const d = geometryPath(f.geometry, frame.project);
		if (d)
			drawn.push({ code: p.code, name: p.nom, d, self: p.code === code, territory: !!p.territory });
	}
	const kinds = new Set(SERVICE_KINDS.map((k) => k.kind));
	const inside = (x: number, y: number) =>
		x >= 0 && y >= 0 && x <= frame.width && y <= frame.height;
	const points: MapService[] = [];
	const beyond: PortraitMap['beyond'] = [];
	let mairie: PortraitMap['mairie'] = null;
	for (const f of services.features) {
		if (f.geometry?.type !== 'Point') continue;
		const p = f.properties as { id?: string; kind: string; nom: string; code_commune?: string };
		const isNearest = !!p.id && nearest.includes(p.id);
		const [x, y] = frame.project(f.geometry.coordinates as [number, number]);
		if (!inside(x, y)) {
			if (isNearest) beyond.push({ kind: p.kind, name: p.nom });
			continue;
		}
		const at = { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
		if (p.kind === 'mairie') {
			if (p.code_commune === code && own.properties?.ref_point_kind === 'mairie') mairie = at;
		} else if (kinds.has(p.kind))
			points.push({ kind: p.kind, name: p.nom, ...at, nearest: isNearest });
	}
	// The nearest ones drawn last, over the others of their place.
	points.sort((a, b) => Number(a.nearest) - Number(b.nearest));
	// The commune itself on top of its neighbours, so its outline is never covered.
	drawn.sort((a, b) => Number(a.self) - Number(b.self));
	return {
		width,
		height: Math.round(frame.height),
		communes: drawn,
		services: points,
		mairie,
		beyond
	};
}
