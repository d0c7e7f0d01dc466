import { describe, expect, it } from 'vitest';
import { geometryPath, ringPath } from './path-data';

/** Ten units per degree, y downwards: enough to check rounding and relative moves by hand. */
const project = (ll: readonly [number, number]): [number, number] => [ll[0] * 10, -ll[1] * 10];

describe('ringPath', () => {
	it.each([
		{
			ring: [
				[0, 0],
				[1, 0],
				[1, -1],
				[0, 0]
			],
			expected: 'M0 0l10 0 0 10z',
			why: 'closing point dropped, relative moves'
		},
		{
			ring: [
				[0, 0],
				[1, 0],
				[0.5, 1],
				[0, 0]
			],
			expected: 'M0 0l10 0-5-10z',
			why: 'a minus sign separates numbers by itself'
		},
		{
			ring: [
				[0, 0],
				[1.04, 0],
				[1, 0.02],
				[1, -1],
				[0, 0]
			],
			expected: 'M0 0l10 0 0 10z',
			why: 'points rounding to the same unit are kept once'
		},
		{
			ring: [
				[0, 0],
				[0.01, 0],
				[0, 0.01],
				[0, 0]
			],
			expected: '',
			why: 'collapsed ring'
		}
	])('$why', ({ ring, expected }) => {
		expect(ringPath(ring, project)).toBe(expected);
	});
});

describe('geometryPath', () => {
	it('joins the rings of a MultiPolygon and ignores points', () => {
		const square = [
			[0, 0],
			[1, 0],
			[1, -1],
			[0, 0]
		];
		expect(geometryPath({ type: 'MultiPolygon', coordinates: [[square], [square]] }, project)).toBe(
			'M0 0l10 0 0 10zM0 0l10 0 0 10z'
		);
		expect(geometryPath({ type: 'Point', coordinates: [0, 0] }, project)).toBe('');
		expect(geometryPath(null, project)).toBe('');
	});
});
