import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { boundsOf } from './bounds';
import { communeStyle } from './style';

const square: FeatureCollection = {
	type: 'FeatureCollection',
	features: [
		{
			type: 'Feature',
			properties: { code: 'A', territory: true },
			geometry: {
				type: 'Polygon',
				coordinates: [
					[
						[3, 43],
						[4.5, 43],
						[4.5, 44.2],
						[3, 43]
					]
				]
			}
		}
	]
};

describe('communeStyle', () => {
	it('loads nothing from anywhere: every source is inline data, no glyphs, no sprite', () => {
		const style = communeStyle(square, square);
		expect(style.glyphs).toBeUndefined();
		expect(style.sprite).toBeUndefined();
		for (const src of Object.values(style.sources))
			expect(typeof (src as { data: unknown }).data).toBe('object');
		expect(JSON.stringify(style)).not.toMatch(/https?:/);
	});

	it("takes the communes as a URL of our own file, for MapLibre's worker to fetch", () => {
		const style = communeStyle('./data/communes.geojson', square);
		expect(style.sources.communes).toMatchObject({ data: './data/communes.geojson' });
		expect(JSON.stringify(style)).not.toMatch(/https?:/);
	});

	it('keys communes by INSEE code for feature-state', () => {
		expect(communeStyle(square, square).sources.communes).toMatchObject({ promoteId: 'code' });
	});
});

describe('boundsOf', () => {
	it('returns west, south, east, north', () => {
		expect(boundsOf(square)).toEqual([3, 43, 4.5, 44.2]);
	});
});
