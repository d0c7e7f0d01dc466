/**
 * Flattening of GeoJSON polygons into typed arrays, and planar centroids. Pure, no dependency,
 * so that it runs in a Web Worker without pulling turf into the bundle.
 */
import type {
	Feature,
	FeatureCollection,
	Geometry,
	MultiPolygon,
	Polygon,
	Position
} from 'geojson';

/** Polygon features accepted by the weights builders. Other geometry types count as empty. */
export type PolygonCollection = FeatureCollection<Polygon | MultiPolygon | null>;

/** Every ring vertex of every feature, flattened. Closing duplicates of rings are dropped. */
export interface FlatVertices {
	/** x (longitude) of each vertex. */
	x: Float64Array;
	/** y (latitude) of each vertex. */
	y: Float64Array;
	/** Feature index of each vertex. */
	feature: Int32Array;
	/** Index of the next vertex along the same ring (cyclic), for edge tests. */
	next: Int32Array;
}

/** Returns the rings (outer and holes) of a polygonal geometry; empty for anything else. */
export function ringsOf(geometry: Geometry | null | undefined): Position[][] {
	if (!geometry) return [];
	if (geometry.type === 'Polygon') return geometry.coordinates;
	if (geometry.type === 'MultiPolygon') return geometry.coordinates.flat();
	return [];
}

/** Ring length without the closing vertex that GeoJSON repeats. */
function openLength(ring: Position[]): number {
	const n = ring.length;
	if (n > 1) {
		const a = ring[0]!;
		const b = ring[n - 1]!;
		if (a[0] === b[0] && a[1] === b[1]) return n - 1;
	}
	return n;
}

/** Flattens every vertex of the collection into typed arrays (see {@link FlatVertices}). */
export function flattenVertices(features: Feature<Geometry | null>[]): FlatVertices {
	let total = 0;
	for (const f of features) for (const ring of ringsOf(f.geometry)) total += openLength(ring);
	const x = new Float64Array(total);
	const y = new Float64Array(total);
	const feature = new Int32Array(total);
	const next = new Int32Array(total);
	let v = 0;
	features.forEach((f, fi) => {
		for (const ring of ringsOf(f.geometry)) {
			const len = openLength(ring);
			const start = v;
			for (let k = 0; k < len; k++) {
				const p = ring[k]!;
				x[v] = p[0]!;
				y[v] = p[1]!;
				feature[v] = fi;
				next[v] = k === len - 1 ? start : v + 1;
				v++;
			}
		}
	});
	return { x, y, feature, next };
}

/**
 * Area-weighted centroid of a polygonal geometry in the plane of its coordinates (shoelace
 * formula). Holes subtract because they count with the opposite sign of their outer ring,
 * whatever the winding order of the file. Falls back to the vertex mean for degenerate rings.
 * Returns null for an empty geometry.
 */
export function planarCentroid(geometry: Geometry | null | undefined): [number, number] | null {
	const polygons: Position[][][] =
		geometry?.type === 'Polygon'
			? [geometry.coordinates]
			: geometry?.type === 'MultiPolygon'
				? geometry.coordinates
				: [];
	let area = 0;
	let cx = 0;
	let cy = 0;
	let sx = 0;
	let sy = 0;
	let count = 0;
	for (const polygon of polygons) {
		polygon.forEach((ring, r) => {
			let a = 0;
			let rx = 0;
			let ry = 0;
			for (let k = 0; k + 1 < ring.length; k++) {
				const [x0 = 0, y0 = 0] = ring[k]!;
				const [x1 = 0, y1 = 0] = ring[k + 1]!;
				const cross = x0 * y1 - x1 * y0;
				a += cross;
				rx += (x0 + x1) * cross;
				ry += (y0 + y1) * cross;
				sx += x0;
				sy += y0;
				count++;
			}
			// Outer rings add, holes subtract, whatever their stored orientation.
			const sign = (r === 0 ? 1 : -1) * Math.sign(a);
			area += (sign * a) / 2;
			cx += (sign * rx) / 6;
			cy += (sign * ry) / 6;
		});
	}
	if (count === 0) return null;
	if (Math.abs(area) < 1e-15) return [sx / count, sy / count];
	return [cx / area, cy / area];
}
