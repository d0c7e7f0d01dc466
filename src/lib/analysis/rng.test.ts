import { describe, expect, it } from 'vitest';
import { createRng, fillUint32, randomInt } from './rng';

describe('sfc32 generator', () => {
	it('same seed, same stream; another seed, another stream', () => {
		const a = createRng(42);
		const b = createRng(42);
		const c = createRng(43);
		const xs = Array.from({ length: 5 }, () => a());
		expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
		expect(Array.from({ length: 5 }, () => c())).not.toEqual(xs);
	});

	it('fillUint32 gives the same numbers as the generator one by one', () => {
		const rng = createRng(7);
		expect(Array.from(fillUint32(7, new Uint32Array(6)))).toEqual(
			Array.from({ length: 6 }, () => rng())
		);
	});

	it('randomInt is roughly uniform: 60 000 draws in 6 bins, each within 5 % of 10 000', () => {
		const rng = createRng(1);
		const bins = new Array<number>(6).fill(0);
		for (let i = 0; i < 60_000; i++) bins[randomInt(rng, 6)]!++;
		// Binomial sd = √(60000 × 1/6 × 5/6) ≈ 91; 5 % = 500 ≈ 5.5 sd.
		for (const b of bins) expect(Math.abs(b - 10_000)).toBeLessThan(500);
	});
});
