import { describe, expect, it } from 'vitest';
import { sumOrNull } from './sum-or-null';

describe('sumOrNull', () => {
	it.each([
		{ args: [1, 2, 3.5], expected: 6.5 },
		{ args: [], expected: 0 },
		{ args: [0, 0], expected: 0 },
		{ args: [4, null], expected: null },
		{ args: [undefined, 4], expected: null },
		{ args: [NaN, 1], expected: null }
	])('$args → $expected', ({ args, expected }) => {
		expect(sumOrNull(args)).toBe(expected);
	});
});
