import { describe, expect, it } from 'vitest';
import { formatNumber } from './number';

describe('formatNumber', () => {
	it.each([
		{ args: [12345.6, 1], expected: '12\u202f345,6' },
		{ args: [0, 0], expected: '0' },
		{ args: [3.14159, 2], expected: '3,14' }
	])('formats $args as $expected', ({ args, expected }) => {
		expect(formatNumber(args[0], args[1])).toBe(expected);
	});

	it('never shows a missing value as 0', () => {
		expect(formatNumber(null)).toBe('n.d.');
		expect(formatNumber(undefined, 1, 'secret')).toBe('secret');
	});
});
