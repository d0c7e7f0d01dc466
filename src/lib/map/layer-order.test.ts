import { describe, expect, it } from 'vitest';
import { beforeIdFor } from './layer-order';

describe('beforeIdFor', () => {
	it.each([
		{ id: 'services-circle', present: ['background', 'focus-line'], expected: undefined },
		{ id: 'neighbour-line', present: ['territory-fill', 'focus-line'], expected: 'focus-line' },
		{
			id: 'context-fill',
			present: ['background', 'outline-line', 'problems-circle'],
			expected: 'outline-line'
		},
		{ id: 'outline-line', present: [], expected: undefined },
		{ id: 'unknown-layer', present: ['focus-line'], expected: undefined }
	])('puts $id before $expected', ({ id, present, expected }) => {
		expect(beforeIdFor(id, present)).toBe(expected);
	});
});
