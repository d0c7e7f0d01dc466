/**
 * The room slide's map: the territory's communes (the SVG renderer's geometry) and one circle per
 * commune named by the room's problems, at the point inside the commune the map page uses
 * (`lx`, `ly` of the communes layer), its area proportional to the weighted mentions.
 */
import type { FeatureCollection } from 'geojson';
import type { CommuneProblems } from '$lib/core/problem-counts';
import { boundsOf } from '$lib/map/bounds';
import { MAX_RADIUS } from '$lib/map/layer-specs';
import { svgGeometry, type SvgGeometry } from '$lib/map/svg/geometry';
import { svgFrame } from '$lib/map/svg/projection';

export interface RoomCircle {
	code: string;
	name: string;
	x: number;
	y: number;
	r: number;
	problems: number;
	weight: number;
}

/** Radius in SVG units at the largest weight (the map is drawn about 1 unit per pixel). */
const MAX_R = MAX_RADIUS;

export function roomGeometry(communes: FeatureCollection, outline: FeatureCollection): SvgGeometry {
	const g = svgGeometry(communes, outline);
	return { ...g, communes: g.communes.filter((c) => c.territory) };
}

/** Circles of the communes with at least one problem, largest first (small ones drawn on top). */
export function roomCircles(
	communes: FeatureCollection,
	outline: FeatureCollection,
	byCommune: Record<string, CommuneProblems>
): RoomCircle[] {
	const frame = svgFrame(boundsOf(outline));
	const max = Math.max(1, ...Object.values(byCommune).map((c) => c.weight));
	const k = MAX_R / Math.sqrt(max);
	const out: RoomCircle[] = [];
	for (const f of communes.features) {
		const p = f.properties as { code: string; nom: string; lx?: number; ly?: number };
		const c = byCommune[p.code];
		if (!c || c.problems === 0 || p.lx === undefined || p.ly === undefined) continue;
		const [x, y] = frame.project([p.lx, p.ly]);
		out.push({ code: p.code, name: p.nom, x, y, r: k * Math.sqrt(c.weight), ...c });
	}
	return out.sort((a, b) => b.r - a.r);
}
