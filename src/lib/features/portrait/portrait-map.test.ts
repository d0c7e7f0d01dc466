/**
 * The small map: its extent, worked by hand, and the map of Alès (30007) from the pipeline's
 * layers: Alès is drawn with its neighbours, its mairie (DILA 2016, inside the commune: its
 * distances start there, `ref_point_kind` = mairie) and its station (SNCF 2022, code 30007).
 */
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { mapExtent, MIN_SPAN, portraitMap } from './portrait-map';

const read = (f: string) =>
	JSON.parse(readFileSync(`static/data/${f}`, 'utf8')) as FeatureCollection;

describe('mapExtent', () => {
	it('grows the box by 60 % of its larger side on each side', () => {
		// 1 × 0,5 box: pad = 0,6; half-width 0,5 + 0,6 = 1,1; half-height 0,25 + 0,6 = 0,85;
		// centre (0,5 ; 0,25) → [−0,6 ; −0,6 ; 1,6 ; 1,1].
		const [w, s, e, n] = mapExtent([0, 0, 1, 0.5]);
		expect([w, s, e, n].map((x) => +x.toFixed(6))).toEqual([-0.6, -0.6, 1.6, 1.1]);
	});
	it('shows at least MIN_SPAN around a small commune', () => {
		// 0,01° box: pad 0,006, half 0,011 < 0,05 → 0,05 each side of the centre (4,005 ; 44,005).
		const [w, s, e, n] = mapExtent([4, 44, 4.01, 44.01]);
		expect(e - w).toBeCloseTo(MIN_SPAN, 9);
		expect(n - s).toBeCloseTo(MIN_SPAN, 9);
		expect(w).toBeCloseTo(3.955, 9);
	});
});

describe('portraitMap of Alès', () => {
	const map = portraitMap('30007', read('communes.geojson'), read('services.geojson'))!;

	it('draws Alès last (on top) and its neighbours around it', () => {
		expect(map.communes.at(-1)).toMatchObject({ code: '30007', name: 'Alès', self: true });
		expect(map.communes.filter((c) => c.self)).toHaveLength(1);
		// Saint-Christol-lez-Alès (30243) and Saint-Martin-de-Valgalgues (30284) border Alès.
		const codes = map.communes.map((c) => c.code);
		expect(codes).toEqual(expect.arrayContaining(['30243', '30284']));
	});

	it('places the mairie and the services inside the frame, town halls only as origin', () => {
		expect(map.mairie).not.toBeNull();
		expect(map.services.some((s) => s.kind === 'mairie')).toBe(false);
		expect(map.services.find((s) => s.kind === 'gare' && s.name === 'Alès')).toBeDefined();
		for (const s of [...map.services, map.mairie!]) {
			expect(s.x).toBeGreaterThanOrEqual(0);
			expect(s.x).toBeLessThanOrEqual(map.width);
			expect(s.y).toBeGreaterThanOrEqual(0);
			expect(s.y).toBeLessThanOrEqual(map.height);
		}
	});

	it('is null for a code without contour', () => {
		expect(portraitMap('99999', read('communes.geojson'), read('services.geojson'))).toBeNull();
	});
});

describe('the services the distances of La Grand-Combe (30132) measure to', () => {
	// By hand (haversine, R = 6 371,0088 km) from its mairie (DILA 2016, 4,02994 ; 44,210777) to
	// every point of services.geojson of the column's kinds: France services La Grand-Combe
	// 0,29 km, the PIJ of Cendras 6,40 km (nearer than any mission locale), the Pasteur vocational
	// lycée 0,14 km, La Grand-Combe station 0,26 km.
	const expected = {
		dist_france_services_km: 'fs-3072',
		dist_mission_locale_pij_km: 'cij-30077-01',
		dist_lycee_km: 'uai-0300109F',
		dist_gare_km: 'gare-00101-1'
	};
	const nearest = (
		JSON.parse(readFileSync('static/data/nearest-services.json', 'utf8')) as Record<
			string,
			Record<string, string>
		>
	)['30132'];

	it('are the pipeline’s nearest of each column', () => {
		expect(nearest).toEqual(expected);
	});

	it('are ringed on the map, and the one beyond its frame is named under it', () => {
		const map = portraitMap(
			'30132',
			read('communes.geojson'),
			read('services.geojson'),
			Object.values(expected)
		)!;
		expect(
			map.services
				.filter((s) => s.nearest)
				.map((s) => s.name)
				.sort()
		).toEqual([
			'France services La Grand-Combe',
			'La Grand-Combe',
			'Lycée professionnel privé Pasteur'
		]);
		expect(map.beyond).toEqual([{ kind: 'pij', name: 'Point information jeunesse de Cendras' }]);
	});
});
