/** Bounding box of GeoJSON features, for fitting the map. */
import type { FeatureCollection } from 'geojson';

/** [west, south, east, north] of a set of features. */
export function boundsOf(fc: FeatureCollection): [number, number, number, number] {
	let w = Infinity,
		s = Infinity,
		e = -Infinity,
		n = -Infinity;
	const visit = (c: unknown): void => {
		if (Array.isArray(c) && typeof c[0] === 'number') {
			const [x, y] = c as [number, number];
			if (x < w) w = x;
			if (x > e) e = x;
			if (y < s) s = y;
			if (y > n) n = y;
		} else if (Array.isArray(c)) for (const d of c) visit(d);
	};
	for (const f of fc.features)
		if (f.geometry && 'coordinates' in f.geometry) visit(f.geometry.coordinates);
	return [w, s, e, n];
}
