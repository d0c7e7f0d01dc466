import { describe, expect, it } from 'vitest';
import { formatGap, gapOf } from './gap';

describe('gaps', () => {
	it('is null when a side is missing', () => {
		expect(gapOf(null, 3)).toBeNull();
		expect(gapOf(5, 3)).toBe(2);
	});
	it('speaks in points for a rate in %', () => {
		// 32.8 − 28.8 = 4.0 points (the example).
		expect(formatGap(gapOf(32.8, 28.8), { unit: '%', digits: 1 })).toBe('+4,0\u00a0points');
		expect(formatGap(-1200, { unit: '€', digits: 0 })).toBe('−1\u202f200\u00a0€');
		expect(formatGap(-0.01, { unit: '%', digits: 1 })).toBe('0,0\u00a0points');
		expect(formatGap(null, { unit: '%', digits: 1 })).toBe('n.d.');
	});
});
