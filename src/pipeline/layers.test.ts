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
	it('communes.geojson: 350 features with exactly {code, nom, territory, lx, ly, ref_…}, 5 decimals', () => {
		const fc = o.json('communes.geojson') as FeatureCollection;
		expect(fc.features).toHaveLength(350);
		for (const f of fc.features) {
			expect(Object.keys(f.properties ?? {}).sort()).toEqual([
				'code',
				'lx',
				'ly',
				'nom',
				'ref_mairie_km',
				'ref_point_kind',
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

/** The distance origin of one commune, as the page reads it from communes.geojson. */
function origin(code: string): { kind: string; km: number | null } {
	const fc = o.json('communes.geojson') as FeatureCollection;
	const p = fc.features.find((f) => f.properties?.code === code)?.properties;
	return { kind: p?.ref_point_kind as string, km: p?.ref_mairie_km as number | null };
}

describe('distance origin: the mairie, or a point of the commune when the directory is wrong', () => {
	// Hand check: mairie coordinates from annuaire_services_publics_locaux_gard_dila_2016.csv, and
	// the distance to the nearest edge of the commune in communes_gard_cog2025.geojson, on a local
	// flat projection (1° of latitude = 111.195 km, 1° of longitude = 111.195 × cos φ km).
	it('La Bruguière 30056: the directory puts its mairie about 70 km west, so a point is used', () => {
		// mairie-30056-01 (43.96710, 3.52019); nearest edge near (44.1066, 4.37317):
		// Δφ = 0.1395° → 15.51 km, Δλ = 0.8530° × cos 44.04° = 0.6131° → 68.18 km; √ → 69.9 km.
		const o30056 = origin('30056');
		expect(o30056.kind).toBe('mairie_hors_commune');
		expect(o30056.km).toBeCloseTo(70, 0);
		expect(o.rows.get('30056')?.ref_point_kind).toBe('mairie_hors_commune');
	});

	it('Brignon 30053 (Agglomération): mairie geocoded 3.1 km south, so a point is used', () => {
		// mairie-30053-01 (43.94441, 4.22309); nearest polygon vertex (43.97154, 4.21340):
		// Δφ = 0.02713° → 3.017 km, Δλ = 0.00969° × cos 43.96° → 0.776 km; √ → 3.115 km.
		expect(origin('30053')).toEqual({ kind: 'mairie_hors_commune', km: expect.closeTo(3.12, 1) });
	});

	it('keeps a mairie inside its commune, or less than 0.5 km outside it', () => {
		expect(origin('30132')).toEqual({ kind: 'mairie', km: 0 });
		// Sainte-Cécile-d'Andorge 30239: mairie-30239-01 lies about 35 m outside the simplified polygon.
		const o30239 = origin('30239');
		expect(o30239.kind).toBe('mairie');
		expect(o30239.km).toBeGreaterThan(0);
		expect(o30239.km).toBeLessThan(0.1);
	});

	it('uses a point of the commune for exactly these 11 communes of the Agglomération', () => {
		// Checked apart with a Python ray-casting script over the DILA file and the contours: every
		// one has a mairie in the directory, geocoded 0.9 to 3.1 km outside the commune.
		const fc = o.json('communes.geojson') as FeatureCollection;
		const moved = fc.features
			.filter((f) => f.properties?.territory && f.properties.ref_point_kind !== 'mairie')
			.map((f) => `${f.properties?.code} ${f.properties?.ref_point_kind}`);
		expect(moved).toEqual(
			[
				'30042',
				'30053',
				'30072',
				'30101',
				'30129',
				'30161',
				'30165',
				'30240',
				'30250',
				'30267',
				'30318'
			].map((c) => `${c} mairie_hors_commune`)
		);
		// The CSV column says the same for every commune of the département.
		for (const f of fc.features) {
			expect(o.rows.get(f.properties?.code)?.ref_point_kind).toBe(f.properties?.ref_point_kind);
		}
	});
});
