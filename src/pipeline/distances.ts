/** Straight-line distances from each commune's reference point to the nearest service. */
import * as turf from '@turf/turf';
import type { CommuneValues } from './cog';
import type { RefPoint } from './geo';
import type { ServiceKind, ServicePoint } from './sources/points';

/** Output distance columns and the service kinds each one searches. */
export const DISTANCE_COLUMNS: Record<string, ServiceKind[]> = {
	dist_france_services_km: ['france_services'],
	dist_mission_locale_pij_km: ['mission_locale', 'pij'],
	dist_lycee_km: ['lycee'],
	dist_gare_km: ['gare']
};

/** Great-circle distance in km (turf: haversine, Earth radius 6 371.0088 km). */
export function distanceKm(
	a: { lon: number; lat: number },
	b: { lon: number; lat: number }
): number {
	return turf.distance([a.lon, a.lat], [b.lon, b.lat], { units: 'kilometers' });
}

/** Distance to the nearest point of the given kinds, or null when there is none. */
export function nearestKm(
	from: RefPoint,
	points: ServicePoint[],
	kinds: ServiceKind[]
): number | null {
	let best: number | null = null;
	for (const p of points) {
		if (!kinds.includes(p.kind)) continue;
		const d = distanceKm(from, p);
		if (best === null || d < best) best = d;
	}
	return best;
}

/** Distance columns for every commune, searching among all points of the département. */
export function distanceColumns(
	refs: Map<string, RefPoint>,
	points: ServicePoint[]
): Map<string, CommuneValues> {
	const out = new Map<string, CommuneValues>();
	for (const [code, ref] of refs) {
		const v: CommuneValues = {};
		for (const [col, kinds] of Object.entries(DISTANCE_COLUMNS))
			v[col] = nearestKm(ref, points, kinds);
		out.set(code, v);
	}
	return out;
}
