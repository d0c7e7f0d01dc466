import { describe, expect, it } from 'vitest';
import { communeStates } from './feature-states';

describe('communeStates', () => {
	it.each([
		{ args: {}, expected: {} },
		{ args: { a: '#f00' }, expected: { a: { fill: '#f00', missing: false } } },
		{ args: { a: null }, expected: { a: { fill: null, missing: true } } },
		{ args: { a: undefined }, expected: { a: { fill: null, missing: true } } },
		{
			args: { a: '#fff', b: null },
			expected: { a: { fill: '#fff', missing: false }, b: { fill: null, missing: true } }
		}
	])('$args → $expected', ({ args, expected }) => {
		expect(communeStates(args)).toEqual(expected);
	});
});
