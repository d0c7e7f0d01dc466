/**
 * A fixture small enough to do by hand. Communes P, Q, R, S, T; indicators:
 *   A: P 0, Q 0, R 2, S 2, T n.d.   mean 1, sample sd √(4/3) → z = ∓√3/2 (P, Q −; R, S +)
 *   B: P 0, Q 2, R 0, S 2, T n.d.   same: z(P) = z(R) = −√3/2, z(Q) = z(S) = +√3/2
 *   C: 5 everywhere                 no spread: left out
 *   E: P 0, T 2, others n.d.        mean 1, sd √2 → z(P) = −1/√2, z(T) = +1/√2
 * Distances from P (root of the mean squared z difference over the shared indicators):
 *   Q: A 0, B √3 → √(3/2) ≈ 1.2247 (2 shared)     R: A √3, B 0 → √(3/2) (2 shared)
 *   S: A √3, B √3 → √(6/2) = √3 ≈ 1.7321          T: E √2 → √(2/1) = √2 ≈ 1.4142 (1 shared)
 */
import { describe, expect, it } from 'vitest';
import { similarCommunes, zScoresOver, zTable } from './similarity';

const codes = ['P', 'Q', 'R', 'S', 'T'];
const indicators = [
	{ id: 'A', values: { P: 0, Q: 0, R: 2, S: 2, T: null } },
	{ id: 'B', values: { P: 0, Q: 2, R: 0, S: 2, T: null } },
	{ id: 'C', values: { P: 5, Q: 5, R: 5, S: 5, T: 5 } },
	{ id: 'E', values: { P: 0, Q: null, R: null, S: null, T: 2 } }
];
const z = zTable(indicators, codes);

describe('similarCommunes', () => {
	it('standardises over the communes with a value, and drops an indicator without spread', () => {
		const a = zScoresOver(indicators[0]!.values, codes)!;
		expect(a.get('P')).toBeCloseTo(-Math.sqrt(3) / 2, 12);
		expect(a.get('S')).toBeCloseTo(Math.sqrt(3) / 2, 12);
		expect(a.has('T')).toBe(false);
		expect(z.constant).toEqual(['C']);
	});

	it('ranks by the root mean squared z difference over the shared indicators', () => {
		const r = similarCommunes('P', codes, z, { k: 5, minShared: 1 });
		expect(r.neighbours.map((n) => n.code)).toEqual(['Q', 'R', 'T', 'S']);
		expect(r.neighbours.map((n) => n.shared)).toEqual([2, 2, 1, 2]);
		const d = r.neighbours.map((n) => n.distance);
		expect(d[0]).toBeCloseTo(Math.sqrt(1.5), 12);
		expect(d[1]).toBeCloseTo(Math.sqrt(1.5), 12);
		expect(d[2]).toBeCloseTo(Math.SQRT2, 12);
		expect(d[3]).toBeCloseTo(Math.sqrt(3), 12);
		// Q is alike on A (difference 0), not on B (√3).
		expect(r.neighbours[0]!.closest.map((c) => c.id)).toEqual(['A', 'B']);
		expect(r.neighbours[0]!.closest[1]!.diff).toBeCloseTo(Math.sqrt(3), 12);
	});

	it('leaves out a pair sharing too few indicators, and keeps k', () => {
		const r = similarCommunes('P', codes, z, { k: 2, minShared: 2 });
		expect(r.neighbours.map((n) => n.code)).toEqual(['Q', 'R']);
		expect(r.excluded).toEqual(['T']);
	});
});
