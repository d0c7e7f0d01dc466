import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection } from 'geojson';
import { svgGeometry } from './geometry';

const square = (w: number, s: number, e: number, n: number) => ({
	type: 'Polygon' as const,
	coordinates: [
		[
			[w, s],
			[e, s],
			[e, n],
			[w, n],
			[w, s]
		]
	]
});
const commune = (code: string, territory: boolean, geometry: ReturnType<typeof square>) =>
	({ type: 'Feature', properties: { code, nom: `C${code}`, territory }, geometry }) as Feature;
const fc = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });

describe('svgGeometry', () => {
	// The territory's box is [4, 44, 5, 45]: 1° of longitude over 100 units, so that a context
	// commune 0.25° east of it is within half a box width, and one 5° east is far outside.
	const outline = fc([commune('epci', true, square(4, 44, 5, 45))]);
	const g = svgGeometry(
		fc([
			commune('A', true, square(4, 44, 5, 45)),
			commune('B', false, square(5, 44, 5.25, 45)),
			commune('Z', false, square(10, 44, 11, 45))
		]),
		outline,
		100
	);

	it('keeps the territory and the context near it, not far-away communes', () => {
		expect(g.communes.map((c) => [c.code, c.territory])).toEqual([
			['A', true],
			['B', false]
		]);
	});

	it('draws the territory box from the origin, in whole units', () => {
		// Height by hand: 100 units per degree of longitude, 140.21 per the 44–45° latitude band
		// (projection.test.ts: 1 402.08 for 1 000 units).
		expect(g.width).toBe(100);
		expect(g.height).toBeCloseTo(140.21, 1);
		// Each ring starts at its first junction with the others (shared-simplify.ts): A's corner
		// (100, 140), which B's south-west corner touches; B starts at that same corner.
		expect(g.communes[0]!.d).toBe('M100 140l0-140-100 0 0 140z');
		expect(g.outline).toBe(g.communes[0]!.d);
		expect(g.communes[1]!.d).toBe('M100 140l25 0 0-140-25 0z');
	});
});
