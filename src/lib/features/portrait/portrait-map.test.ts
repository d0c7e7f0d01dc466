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
