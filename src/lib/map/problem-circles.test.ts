import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import {
	circleKeyWeights,
	circleRadius,
	circleTitle,
	MAX_RADIUS,
	problemPoints,
	svgCircles
} from './problem-circles';
import { circlesSvg, legendHtml } from './svg/markup';

/** Three communes: A and C with their inside point, B without one. */
const communes: FeatureCollection = {
	type: 'FeatureCollection',
	features: [
		{ code: 'A', nom: 'Alpha', lx: 3, ly: 45 },
		{ code: 'B', nom: 'Bêta' },
		{ code: 'C', nom: 'Gamma <C>', lx: 4, ly: 44 }
	].map((properties) => ({
		type: 'Feature',
		properties,
		geometry: { type: 'Point', coordinates: [0, 0] }
	}))
};
/** A square from (3° E, 44° N) to (4° E, 45° N): the SVG frame spans 800 units across it. */
const outline: FeatureCollection = {
	type: 'FeatureCollection',
	features: [
		{
			type: 'Feature',
			properties: {},
			geometry: {
				type: 'Polygon',
				coordinates: [
					[
						[3, 44],
						[4, 44],
						[4, 45],
						[3, 45],
						[3, 44]
					]
				]
			}
		}
	]
};
const counts = (problems: number, weight: number) => ({ problems, weight, intensity: null });

describe('circleRadius: the circle’s area is proportional to the weight', () => {
	it('gives the heaviest MAX_RADIUS (24 px), a quarter of its weight half of it', () => {
		expect(MAX_RADIUS).toBe(24);
		expect(circleRadius(36, 36)).toBe(24);
		expect(circleRadius(9, 36)).toBe(12);
		expect(circleRadius(0, 36)).toBe(0);
	});
	it('a largest weight under 1 does not blow the circles up', () => {
		expect(circleRadius(0.25, 0.25)).toBe(12);
	});
	it('another largest radius keeps the areas proportional: 44 for the heaviest, 22 for a quarter', () => {
		expect(circleRadius(36, 36, 44)).toBe(44);
		expect(circleRadius(9, 36, 44)).toBe(22);
	});
});

describe('circleKeyWeights: the weights of a size key, largest first', () => {
	it('the heaviest, then about a half and a tenth rounded to one significant digit', () => {
		// 42 (Alès in the example set): 21 → 20, 4,2 → 4.
		expect(circleKeyWeights(42)).toEqual([42, 20, 4]);
		// 7: 3,5 → 4, 0,7 → never under 1.
		expect(circleKeyWeights(7)).toEqual([7, 4, 1]);
		// 99: 49,5 → 50 (not 20: a half should look like one), 9,9 → 10.
		expect(circleKeyWeights(99)).toEqual([99, 50, 10]);
		expect(circleKeyWeights(100)).toEqual([100, 50, 10]);
		expect(circleKeyWeights(1_000_000)).toEqual([1_000_000, 500_000, 100_000]);
	});
	it('each weight once, and none without a circle', () => {
		expect(circleKeyWeights(2)).toEqual([2, 1]);
		expect(circleKeyWeights(3)).toEqual([3, 2, 1]);
		expect(circleKeyWeights(1)).toEqual([1]);
		expect(circleKeyWeights(0)).toEqual([]);
		expect(circleKeyWeights(Number.NaN)).toEqual([]);
	});
});

describe('problemPoints', () => {
	it('one point per commune named, at its inside point; none without a problem or a point', () => {
		const { points, max } = problemPoints(communes, {
			A: counts(2, 5),
			B: counts(3, 9),
			C: counts(1, 4)
		});
		expect(max).toBe(5); // B has no inside point: no circle, and not the largest
		expect(points.features.map((f) => [f.properties, f.geometry.coordinates])).toEqual([
			[{ code: 'A', name: 'Alpha', weight: 5, problems: 2 }, [3, 45]],
			[{ code: 'C', name: 'Gamma <C>', weight: 4, problems: 1 }, [4, 44]]
		]);
		expect(problemPoints(communes, { A: counts(0, 0) }).points.features).toEqual([]);
	});
});

describe('svgCircles and their markup', () => {
	const circles = svgCircles(
		problemPoints(communes, { A: counts(2, 4), C: counts(1, 1) }),
		outline
	);
	it('places each circle in the frame of the outline, largest first, radius in pixels', () => {
		// A at the frame's north-west corner (0, 0), C at its south-east corner: x = 800.
		expect(circles.map((c) => c.code)).toEqual(['A', 'C']);
		expect(circles[0]!.x).toBeCloseTo(0, 6);
		expect(circles[0]!.y).toBeCloseTo(0, 6);
		expect(circles[1]!.x).toBeCloseTo(800, 6);
		expect(circles[0]!.r).toBe(24);
		expect(circles[1]!.r).toBe(12); // weight 1 of 4: a quarter of the area
	});
	it('draws them in the map’s units and names each one, its text escaped', () => {
		// Two SVG units per screen pixel: radius 24 px → 48 units.
		const svg = circlesSvg(circles, 2);
		expect(svg).toContain('r="48"');
		expect(svg).toContain('r="24"');
		expect(svg).toContain('<title>Alpha : 2 problématiques (poids 4)</title>');
		expect(svg).toContain('<title>Gamma &lt;C&gt; : 1 problématique (poids 1)</title>');
		expect(svg).toContain('pointer-events="none"');
		expect(circlesSvg([], 2)).toBe('');
	});
	it('circleTitle is singular for one problem', () => {
		expect(circleTitle({ code: 'A', name: 'Alès', problems: 1, weight: 3 })).toBe(
			'Alès : 1 problématique (poids 3)'
		);
		// Thousands as French writes them (narrow no-break space).
		expect(circleTitle({ code: 'A', name: 'Alès', problems: 1200, weight: 3400 })).toBe(
			'Alès : 1\u202f200 problématiques (poids 3\u202f400)'
		);
	});
});

describe('the printed legend’s size key (legendHtml)', () => {
	const ales = { code: 'A', name: 'Alès', weight: 7, problems: 3, x: 0, y: 0, r: 24 };
	it('7, 4 and 1, smallest first, at the radius the map draws them on paper', () => {
		const html = legendHtml('T', 'S', [], 'Source', '', [ales]);
		const key = [...html.matchAll(/data-weight="(\d+)".*?<circle r="([\d.]+)"/g)].map((m) => [
			m[1],
			m[2]
		]);
		// The heaviest circle is drawn 24 px (its `r`): 24 × √(1/7) = 9,07; 24 × √(4/7) = 18,14.
		expect(key).toEqual([
			['1', '9.07'],
			['4', '18.14'],
			['7', '24']
		]);
		expect(html).toContain('<span>poids</span>');
	});
	it('no circle, no key', () => {
		expect(legendHtml('T', 'S', [], 'Source')).not.toContain('circle-key');
	});
});
