import { describe, expect, it } from 'vitest';
import { crossNeeds, cutsTied, readings, zeroIsNoLack } from './quadrants';

// Six communes, values 10..60; intensities 0, 0, 1, 3, 0, 5 (per 1 000 inhabitants).
const codes = ['a', 'b', 'c', 'd', 'e', 'f'];
const values = { a: 10, b: 20, c: 30, d: 40, e: 50, f: 60 };
const intensity = { a: 0, b: 0, c: 1, d: 3, e: 0, f: 5 };

describe('crossNeeds', () => {
	it('splits need in terciles and expression at the median of non-zero intensities', () => {
		const { rows, thresholds } = crossNeeds(codes, values, intensity, 1);
		// terciles of 10..60 (R type 7): index 5/3 = 1.667 → 20 + 0.667 × 10 = 26.67; 10/3 → 43.33
		expect(thresholds.needCuts![0]).toBeCloseTo(26.6667, 3);
		expect(thresholds.needCuts![1]).toBeCloseTo(43.3333, 3);
		// non-zero intensities 1, 3, 5 → median 3
		expect(thresholds.intensityCut).toBe(3);
		const by = Object.fromEntries(rows.map((r) => [r.code, r]));
		// e: high need (50 > 43.3) and no mention → silent; f: high need, 5 > 3 → both
		expect(by.e!.reading).toBe('silent');
		expect(by.f!.reading).toBe('both');
		// a: low need, no mention → neither; d: middle need
		expect(by.a!.reading).toBe('neither');
		expect(by.d!.need).toBe(1);
	});

	it('reverses need for an indicator where a low value is the need', () => {
		const { rows } = crossNeeds(codes, values, intensity, -1);
		const by = Object.fromEntries(rows.map((r) => [r.code, r]));
		// a = 10 is now the highest need, and has no mention → silent
		expect(by.a!.need).toBe(2);
		expect(by.a!.reading).toBe('silent');
		// f = 60 is now the lowest need with many mentions → expressed but not measured
		expect(by.f!.reading).toBe('unmeasured');
	});

	it('does not classify a secret value', () => {
		const { rows } = crossNeeds(['a', 'x'], { a: 1, x: null }, {}, 1);
		expect(rows[1]!.reading).toBe('unknown');
	});

	it('ties both cuts when more than a third of the communes share a value, and says groups', () => {
		// Five of six at 0: the cuts (R type 7) sit at positions 5/3 and 10/3 of the sorted values,
		// both between zeros: 0 and 0, so no commune is « médian ».
		const tied = crossNeeds(codes, { a: 0, b: 0, c: 0, d: 0, e: 0, f: 9 }, intensity, -1);
		expect(tied.thresholds.needCuts).toEqual([0, 0]);
		expect(cutsTied(tied.thresholds)).toBe(true);
		expect(tied.rows.filter((r) => r.need === 1)).toEqual([]);
		expect(cutsTied(crossNeeds(codes, values, intensity, 1).thresholds)).toBe(false);
		expect(cutsTied({ needCuts: null })).toBe(false);
		expect(readings(true).unmeasured).toContain('dans le groupe le moins marqué');
		expect(readings(true).unmeasured).not.toContain('tiers');
		expect(readings().neither).toContain('dans le tiers le moins marqué');
	});
});

describe('zeroIsNoLack', () => {
	const sector = {
		without: 'sans collège',
		why: 'un collège accueille les élèves de tout un secteur'
	};
	it('holds for a sector equipment whose most marked group is the communes without one', () => {
		// Values 0, 0, 0, 0, 2 (R type 7 terciles: positions 4/3 and 8/3, both between zeros).
		const { thresholds } = crossNeeds(
			['a', 'b', 'c', 'd', 'e'],
			{ a: 0, b: 0, c: 0, d: 0, e: 2 },
			{},
			-1
		);
		expect(thresholds.needCuts).toEqual([0, 0]);
		expect(zeroIsNoLack({ polarity: -1, servesSector: sector }, thresholds)).toBe(true);
		// The same values without the flag (the EAJE: no crèche may well be a need).
		expect(zeroIsNoLack({ polarity: -1 }, thresholds)).toBe(false);
		// A high value signalling the need: the zeros are the least marked group.
		expect(zeroIsNoLack({ polarity: 1, servesSector: sector }, thresholds)).toBe(false);
	});
	it('does not hold when the cuts make thirds, or tie at another value', () => {
		expect(zeroIsNoLack({ polarity: -1, servesSector: sector }, { needCuts: [0, 1.5] })).toBe(
			false
		);
		expect(zeroIsNoLack({ polarity: -1, servesSector: sector }, { needCuts: [2, 2] })).toBe(false);
		expect(zeroIsNoLack({ polarity: -1, servesSector: sector }, { needCuts: null })).toBe(false);
	});
});
