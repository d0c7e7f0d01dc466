import { describe, expect, it } from 'vitest';
import { simplifyShared, type Ring } from './shared-simplify';

// Two squares side by side sharing the border x = 10, which wiggles: (10, 3) is 0.4 unit off the
// straight line, (11, 6) is 1 unit off, (10, 8) is on it.
const border: Ring = [
	[10, 0],
	[10, 3],
	[11, 6],
	[10, 8],
	[10, 10]
];
// West square, clockwise from its south-west corner, going up the border.
const west: Ring = [[0, 0], ...border, [0, 10]];
// East square runs along the same border the other way, down from (10, 10).
const east: Ring = [[20, 10], ...[...border].reverse(), [20, 0]];

describe('simplifyShared', () => {
	it('simplifies a shared border once: both rings keep the same points', () => {
		// Tolerance 0.5. Douglas–Peucker keeps (11, 6), 1 unit off the line (10, 0)–(10, 10). Then
		// (10, 3) is off (10, 0)–(11, 6) by |1·3 − 6·0| / √37 = 3 / 6.08 = 0.49, and (10, 8) is off
		// (11, 6)–(10, 10) by |(−1)·2 − 4·(−1)| / √17 = 2 / 4.12 = 0.49: both go.
		const [w, e] = simplifyShared([west, east], 0.5);
		const kept = (r: Ring) => r.filter((p) => p[0] === 10 || p[0] === 11).map((p) => p.join());
		expect(kept(w!)).toEqual(['10,0', '11,6', '10,10']);
		expect(kept(e!)).toEqual(['10,10', '11,6', '10,0']);
		// Tolerance 0.4: both are more than 0.4 off, so both stay, in both rings.
		const [w4, e4] = simplifyShared([west, east], 0.4);
		expect(kept(w4!)).toEqual(['10,0', '10,3', '11,6', '10,8', '10,10']);
		expect(kept(e4!)).toEqual(['10,10', '10,8', '11,6', '10,3', '10,0']);
	});

	it('keeps every junction and drops only points within the tolerance', () => {
		const [w] = simplifyShared([west, east], 2);
		// The three corners of the west square's own and the two junctions (10, 0), (10, 10).
		expect(w!.map((p) => p.join()).sort()).toEqual(['0,0', '0,10', '10,0', '10,10']);
	});

	it('simplifies an enclave and the hole around it alike', () => {
		const island: Ring = [
			[0, 0],
			[5, 1],
			[10, 0],
			[10, 10],
			[0, 10]
		];
		const hole = [...island].reverse();
		const [a, b] = simplifyShared([island, hole], 2);
		expect([...a!].map((p) => p.join()).sort()).toEqual([...b!].map((p) => p.join()).sort());
		// (5, 1) is 1 unit off the line (0, 0)–(10, 0): within 2, so it goes.
		expect(a).toHaveLength(4);
	});

	it('returns a ring that collapses below three points empty', () => {
		expect(
			simplifyShared(
				[
					[
						[0, 0],
						[1, 0],
						[2, 0]
					]
				],
				1
			)
		).toEqual([[]]);
	});
});
