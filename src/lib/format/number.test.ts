import { describe, expect, it } from 'vitest';
import { formatNumber } from './number';

describe('formatNumber', () => {
	it.each([
		{ args: [12345.6, 1], expected: '12\u202f345,6' },
		{ args: [0, 0], expected: '0' },
		{ args: [3.14159, 2], expected: '3,14' },
		// The typographic minus, as gaps have it (« −0,8 % par an », never « -0,8 »)…
		{ args: [-0.83, 1], expected: '\u22120,8' },
		{ args: [-1234.5, 0], expected: '\u22121\u202f235' },
		// …and no « −0,0 » for a negative value rounded to zero.
		{ args: [-0.001, 1], expected: '0,0' }
	])('formats $args as $expected', ({ args, expected }) => {
		expect(formatNumber(args[0], args[1])).toBe(expected);
	});

	it('never shows a missing value as 0', () => {
		expect(formatNumber(null)).toBe('n.d.');
		expect(formatNumber(undefined, 1, 'secret')).toBe('secret');
	});
});
