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

/** The nearest point of the given kinds and its distance, or null when there is none. */
export function nearestPoint(
	from: RefPoint,
	points: ServicePoint[],
	kinds: ServiceKind[]
): { point: ServicePoint; km: number } | null {
	let best: { point: ServicePoint; km: number } | null = null;
	for (const p of points) {
		if (!kinds.includes(p.kind)) continue;
		const km = distanceKm(from, p);
		if (best === null || km < best.km) best = { point: p, km };
	}
	return best;
}

/** Distance to the nearest point of the given kinds, or null when there is none. */
export function nearestKm(
	from: RefPoint,
	points: ServicePoint[],
	kinds: ServiceKind[]
): number | null {
	return nearestPoint(from, points, kinds)?.km ?? null;
}

/**
 * `nearest-services.json`: for each commune of `codes`, the id of the service each distance
 * column measures to (the portrait's small map rings it, or says it lies beyond the map).
 */
export function nearestServices(
	refs: Map<string, RefPoint>,
	points: ServicePoint[],
	codes: readonly string[]
): Record<string, Record<string, string>> {
	const out: Record<string, Record<string, string>> = {};
	for (const code of codes) {
		const ref = refs.get(code);
		if (!ref) continue;
		const ids: Record<string, string> = {};
		for (const [col, kinds] of Object.entries(DISTANCE_COLUMNS)) {
			const near = nearestPoint(ref, points, kinds);
			if (near) ids[col] = near.point.id;
		}
		out[code] = ids;
	}
	return out;
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
