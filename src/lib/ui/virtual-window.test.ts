import { describe, expect, it } from 'vitest';
import { rowOffsets, visibleRows } from './virtual-window';

describe('rowOffsets', () => {
	it('adds the heights up, the total last', () => {
		// Heights 10, 20, 30: rows start at 0, 10, 30; total 60.
		expect([...rowOffsets(3, (i) => [10, 20, 30][i]!)]).toEqual([0, 10, 30, 60]);
		expect([...rowOffsets(0, () => 10)]).toEqual([0]);
	});
});

describe('visibleRows', () => {
	// 100 rows of 50 px: row i covers [50 i, 50 i + 50).
	const offsets = rowOffsets(100, () => 50);

	it('gives the rows a viewport covers, plus the overscan on each side', () => {
		// Scrolled to 120 px with 200 px of height: y from 120 to 319 covers rows 2 (100–149)
		// to 6 (300–349); with 2 rows of overscan, rows 0 to 8, so end = 9.
		expect(visibleRows(offsets, 120, 200, 2)).toEqual({ start: 0, end: 9 });
		expect(visibleRows(offsets, 120, 200, 0)).toEqual({ start: 2, end: 7 });
	});

	it('stops at the last row when scrolled to the end, and copes with an empty list', () => {
		// 5 000 px in all; a 300 px viewport at 4 700 shows rows 94 to 99.
		expect(visibleRows(offsets, 4700, 300, 3)).toEqual({ start: 91, end: 100 });
		// Overscrolled (elastic scrolling) past the end: still the last rows.
		expect(visibleRows(offsets, 9000, 300, 0)).toEqual({ start: 99, end: 100 });
		expect(
			visibleRows(
				rowOffsets(0, () => 50),
				0,
				300,
				3
			)
		).toEqual({ start: 0, end: 0 });
	});

	it('works with rows of different heights', () => {
		// Heights 100, 10, 10, 10, 100: starts 0, 100, 110, 120, 130; total 230.
		const mixed = rowOffsets(5, (i) => [100, 10, 10, 10, 100][i]!);
		// y from 105 to 124 covers rows 1 (100–109), 2 and 3 (120–129).
		expect(visibleRows(mixed, 105, 20, 0)).toEqual({ start: 1, end: 4 });
	});
});
