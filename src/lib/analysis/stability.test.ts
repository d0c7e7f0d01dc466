import { describe, expect, it } from 'vitest';
import { ClusterClass } from './clusters';
import { classStability, lisaStability } from './stability';
import { latticeWeights } from './testing/grids';

describe('classStability, by hand', () => {
	it('unit 0 is HH in 3 of 4 runs (0.75), unit 1 always LL (1), unit 2 a 2–2 tie → lowest code', () => {
		const runs = [
			[1, 2, 0],
			[1, 2, 1],
			[0, 2, 0],
			[1, 2, 1]
		];
		const s = classStability(runs);
		expect(Array.from(s.modalClass)).toEqual([1, 2, 0]);
		expect(Array.from(s.agreement)).toEqual([0.75, 1, 0.5]);
		expect(s.runs).toBe(4);
	});
});

describe('lisaStability', () => {
	it('a clear planted cluster is stable over seeds (agreement 1 in its core)', () => {
		const g = latticeWeights(15, 15, 'rook');
		const x = Array.from({ length: g.n }, (_, i) =>
			Math.floor(i / 15) < 4 && i % 15 < 4 ? 10 + (i % 3) : (i * 37) % 11
		);
		const s = lisaStability(x, g, [1, 2, 3, 4, 5], { permutations: 999 });
		expect(s.modalClass[1 * 15 + 1]).toBe(ClusterClass.HighHigh);
		expect(s.agreement[1 * 15 + 1]).toBe(1);
	});
});
