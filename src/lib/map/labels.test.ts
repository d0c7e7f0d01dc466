import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { communeLabels, fittingLabels } from './labels';

describe('communeLabels', () => {
	it('takes the label point of each listed commune, in the given order', () => {
		const fc: FeatureCollection = {
			type: 'FeatureCollection',
			features: [
				{ code: 'A', nom: 'Alès', lx: 4.08, ly: 44.12 },
				{ code: 'B', nom: 'Anduze', lx: 3.98, ly: 44.05 },
				{ code: 'C', nom: 'Sans point' }
			].map((properties) => ({
				type: 'Feature',
				properties,
				geometry: { type: 'Point', coordinates: [0, 0] }
			}))
		};
		expect(communeLabels(fc, ['B', 'C', 'A', 'Z'])).toEqual([
			{ code: 'B', name: 'Anduze', lngLat: [3.98, 44.05] },
			{ code: 'A', name: 'Alès', lngLat: [4.08, 44.12] }
		]);
	});
});

describe('fittingLabels', () => {
	const box = (x: number, y: number) => ({ x, y, width: 40, height: 14 });
	it.each([
		{ name: 'apart', boxes: [box(50, 50), box(150, 50)], expected: [true, true] },
		{
			name: 'overlapping: the first wins',
			boxes: [box(50, 50), box(70, 55)],
			expected: [true, false]
		},
		{ name: 'out of view', boxes: [box(5, 50), box(50, 195)], expected: [false, false] },
		{
			name: 'a hidden label does not hide others',
			boxes: [box(5, 50), box(30, 50), box(60, 50)],
			expected: [false, true, false]
		}
	])('$name', ({ boxes, expected }) => {
		expect(fittingLabels(boxes, 200, 200)).toEqual(expected);
	});
});
