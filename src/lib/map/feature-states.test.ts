import { describe, expect, it } from 'vitest';
import { communeStates } from './feature-states';

describe('communeStates', () => {
	it.each([
		{ args: {}, expected: {} },
		{ args: { a: '#f00' }, expected: { a: { fill: '#f00', missing: false, small: false } } },
		{ args: { a: null }, expected: { a: { fill: null, missing: true, small: false } } },
		{ args: { a: undefined }, expected: { a: { fill: null, missing: true, small: false } } },
		{
			args: { a: '#fff', b: null },
			expected: {
				a: { fill: '#fff', missing: false, small: false },
				b: { fill: null, missing: true, small: false }
			}
		}
	])('$args → $expected', ({ args, expected }) => {
		expect(communeStates(args)).toEqual(expected);
	});
	it('flags the communes named small, and every other one explicitly not (MapLibre merges states)', () => {
		expect(communeStates({ a: '#f00', b: null, c: '#0f0' }, ['b', 'z'])).toEqual({
			a: { fill: '#f00', missing: false, small: false },
			b: { fill: null, missing: true, small: true },
			c: { fill: '#0f0', missing: false, small: false }
		});
	});
});
