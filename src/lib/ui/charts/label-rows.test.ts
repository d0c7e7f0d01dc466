import { describe, expect, it } from 'vitest';
import { labelRows } from './label-rows';

describe('labelRows', () => {
	it.each([
		{
			name: 'labels far apart share row 0',
			args: [
				{ x: 50, width: 20 },
				{ x: 150, width: 20 }
			],
			expected: [
				{ x: 50, row: 0 },
				{ x: 150, row: 0 }
			]
		},
		{
			// 100 ± 20 and 110 ± 20 overlap: the second goes up; 200 ± 20 starts at 180 ≥ 120 + 6.
			name: 'an overlapping label goes to the next row',
			args: [
				{ x: 110, width: 40 },
				{ x: 100, width: 40 },
				{ x: 200, width: 40 }
			],
			expected: [
				{ x: 110, row: 1 },
				{ x: 100, row: 0 },
				{ x: 200, row: 0 }
			]
		},
		{
			// Width 40 at x = 5 would start at −15: clamped to centre 20 (min 0 + 20).
			name: 'a label is kept inside the chart',
			args: [
				{ x: 5, width: 40 },
				{ x: 298, width: 40 }
			],
			expected: [
				{ x: 20, row: 0 },
				{ x: 280, row: 0 }
			]
		},
		{
			// 0..40 on row 0; the next starts at 42 < 40 + 6: row 1; the third at 100 fits row 0.
			name: 'the gap between labels is kept',
			args: [
				{ x: 20, width: 40 },
				{ x: 62, width: 40 },
				{ x: 120, width: 40 }
			],
			expected: [
				{ x: 20, row: 0 },
				{ x: 62, row: 1 },
				{ x: 120, row: 0 }
			]
		}
	])('$name', ({ args, expected }) => {
		expect(labelRows(args, 0, 300)).toEqual(expected);
	});
});
