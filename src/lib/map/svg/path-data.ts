/**
 * Compact SVG path data for polygons: projected coordinates rounded to whole units (the
 * quantisation), repeated points dropped, relative moves (`l`) so that most numbers are one or
 * two digits. Rings that collapse to fewer than three points are left out.
 */
import type { Geometry, Position } from 'geojson';

type Project = (lngLat: readonly [number, number]) => [number, number];

/** A ring's points projected and rounded to whole units, repeats and the closing point dropped. */
export function roundRing(ring: readonly Position[], project: Project): [number, number][] {
	const pts: [number, number][] = [];
	for (const p of ring) {
		const [x, y] = project([p[0]!, p[1]!]);
		const q: [number, number] = [Math.round(x), Math.round(y)];
		const last = pts[pts.length - 1];
		if (!last || last[0] !== q[0] || last[1] !== q[1]) pts.push(q);
	}
	const first = pts[0];
	const last = pts[pts.length - 1];
	// A closed GeoJSON ring repeats its first point: `z` closes it.
	if (first && last && pts.length > 1 && first[0] === last[0] && first[1] === last[1]) pts.pop();
	return pts;
}

/** Path data of a ring of whole-unit points, or '' below three points. */
export function pointsPath(pts: readonly [number, number][]): string {
	if (pts.length < 3) return '';
	const first = pts[0]!;
	let d = `M${first[0]} ${first[1]}l`;
	for (let i = 1; i < pts.length; i++) {
		const dx = pts[i]![0] - pts[i - 1]![0];
		const dy = pts[i]![1] - pts[i - 1]![1];
		// A minus sign separates numbers by itself.
		d += `${i > 1 && dx >= 0 ? ' ' : ''}${dx}${dy >= 0 ? ' ' : ''}${dy}`;
	}
	return `${d}z`;
}

/** Path data of one ring, or '' when it collapses at this resolution. */
export function ringPath(ring: readonly Position[], project: Project): string {
	return pointsPath(roundRing(ring, project));
}

/** The rings of a Polygon or MultiPolygon (none for other geometries). */
export function polygonRings(geometry: Geometry | null): Position[][] {
	if (!geometry) return [];
	const polygons =
		geometry.type === 'Polygon'
			? [geometry.coordinates]
			: geometry.type === 'MultiPolygon'
				? geometry.coordinates
				: [];
	return polygons.flat();
}

/** Path data of a Polygon or MultiPolygon ('' for other geometries). */
export function geometryPath(geometry: Geometry | null, project: Project): string {
	return polygonRings(geometry)
		.map((ring) => ringPath(ring, project))
		.join('');
}
