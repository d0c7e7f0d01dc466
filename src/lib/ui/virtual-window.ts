/**
 * The arithmetic of a virtualised list: where each row starts from the rows' heights (measured,
 * or estimated until they are), and which rows a scroll position shows. Pure, so it is tested
 * without a browser; `VirtualList.svelte` does the measuring and rendering.
 */

/** Start offset of each row, and the total height as the last value (length `count + 1`). */
export function rowOffsets(count: number, heightOf: (index: number) => number): Float64Array {
	const offsets = new Float64Array(count + 1);
	for (let i = 0; i < count; i++) offsets[i + 1] = (offsets[i] ?? 0) + heightOf(i);
	return offsets;
}

/** The rows to render: [start, end), the rows in view plus `overscan` on each side. */
export interface RowRange {
	start: number;
	end: number;
}

/** Index of the last row starting at or before `y` (0 for an empty list). */
function rowAt(offsets: Float64Array, y: number): number {
	let low = 0;
	let high = Math.max(0, offsets.length - 2);
	while (low < high) {
		const mid = (low + high + 1) >> 1;
		if ((offsets[mid] ?? 0) <= y) low = mid;
		else high = mid - 1;
	}
	return low;
}

/** The rows that a viewport of `height` scrolled to `top` shows, plus `overscan` rows each side. */
export function visibleRows(
	offsets: Float64Array,
	top: number,
	height: number,
	overscan: number
): RowRange {
	const count = offsets.length - 1;
	if (count <= 0) return { start: 0, end: 0 };
	const first = rowAt(offsets, Math.max(0, top));
	const last = rowAt(offsets, Math.max(0, top + Math.max(height, 1) - 1));
	return { start: Math.max(0, first - overscan), end: Math.min(count, last + 1 + overscan) };
}
