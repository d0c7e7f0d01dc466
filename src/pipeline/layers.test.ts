/** Geographic outputs and distances on the real mirror (Alès Agglomération). */
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { cell, runInto, type Outputs } from './test/helpers';

let o: Outputs;
beforeAll(async () => {
	o = await runInto('200066918');
});

describe('geographic outputs', () => {
	it('communes.geojson: 350 features with exactly {code, nom, territory, lx, ly}, 5 decimals', () => {
		const fc = o.json('communes.geojson') as FeatureCollection;
		expect(fc.features).toHaveLength(350);
		for (const f of fc.features) {
			expect(Object.keys(f.properties ?? {}).sort()).toEqual([
				'code',
				'lx',
				'ly',
				'nom',
				'territory'
			]);
			// the symbol point lies inside its own commune (after rounding to 5 decimals)
			const p = f.properties as { lx: number; ly: number };
			expect(turf.booleanPointInPolygon([p.lx, p.ly], f as Feature<Polygon | MultiPolygon>)).toBe(
				true
			);
		}
		expect(fc.features.filter((f) => f.properties?.territory === true)).toHaveLength(71);
		const coords = JSON.stringify(fc.features.map((f) => f.geometry));
		expect(coords).not.toMatch(/\d\.\d{6,}/);
	});

	it('territory-outline.geojson: one feature', () => {
		const fc = o.json('territory-outline.geojson') as FeatureCollection;
		expect(fc.features).toHaveLength(1);
		expect(['Polygon', 'MultiPolygon']).toContain(fc.features[0]?.geometry.type);
	});

	it('services.geojson: known kinds, points inside the Gard, no closed station, no bad DILA row', () => {
		const fc = o.json('services.geojson') as FeatureCollection<Point>;
		const kinds = new Set(fc.features.map((f) => f.properties?.kind));
		expect([...kinds].sort()).toEqual([
			'france_services',
			'gare',
			'lycee',
			'mairie',
			'mission_locale',
			'pij'
		]);
		const ids = new Set(fc.features.map((f) => f.properties?.id));
		// SOURCES.md §7: four DILA rows with coordinates outside the Gard.
		for (const bad of ['bsn-30189-01', 'cpam-30258-01', 'epci-30210-01', 'gendarmerie-30029-01']) {
			expect(ids.has(bad)).toBe(false);
		}
		// 34 France services rows, all located; 7 missions locales; 22 cij → pij.
		const count = (k: string) => fc.features.filter((f) => f.properties?.kind === k).length;
		expect(count('france_services')).toBe(34);
		expect(count('mission_locale')).toBe(7);
		expect(count('pij')).toBe(22);
		// Gares: 37 platforms − 9 closed (end date) − Bagnols and Pont-Saint-Esprit (no coordinates) = 26.
		expect(count('gare')).toBe(26);
		for (const f of fc.features) {
			expect(Object.keys(f.properties ?? {}).sort()).toEqual([
				'code_commune',
				'id',
				'kind',
				'nom',
				'source'
			]);
			const [lon, lat] = f.geometry.coordinates as [number, number];
			expect(lon).toBeGreaterThan(3.2);
			expect(lon).toBeLessThan(4.9);
			expect(lat).toBeGreaterThan(43.4);
			expect(lat).toBeLessThan(44.5);
		}
	});
});

describe('distances', () => {
	it('La Grand-Combe: from its mairie to the France services of the same commune', () => {
		// DILA mairie-30132-01 (44.210777, 4.02994) → France services 3072 (44.213211, 4.028675).
		// Haversine by hand, R = 6 371.0088 km: Δφ = 0.002434°, Δλ = −0.001265°, cos φ ≈ 0.7173
		// → √((0.002434)² + (0.001265 × 0.7173)²) × π/180 × 6 371.0088 = 0.28882 km
		expect(o.rows.get('30132')?.ref_point_kind).toBe('mairie');
		expect(cell(o, '30132', 'dist_france_services_km')).toBeCloseTo(0.28882, 4);
	});

	it('falls back to the polygon when the DILA mairie is geocoded far away', () => {
		// mairie-30056-01 (La Bruguière) is at 43.967, 3.520: about 70 km west of the commune.
		expect(o.rows.get('30056')?.ref_point_kind).toBe('polygone');
	});

	it('aggregates distances as a population-weighted mean', () => {
		const t = o.snapshot.indicators.distance_france_services?.territory;
		expect(t?.covered).toBe(71);
		// Recomputed here from the CSV cells: Σ(distance × rp22_pop) / Σ rp22_pop over members.
		let sw = 0;
		let s = 0;
		for (const [code, r] of o.rows) {
			if (r.in_territory !== '1') continue;
			const w = cell(o, code, 'rp22_pop') ?? 0;
			s += (cell(o, code, 'dist_france_services_km') ?? 0) * w;
			sw += w;
		}
		expect(t?.value).toBeCloseTo(s / sw, 3);
	});
});
