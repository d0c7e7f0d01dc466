/**
 * Where chart labels go so that none overlaps another: each label, taken from left to right, is
 * put on the first row where it clears the labels already there by `gap` (greedy interval
 * packing). A label keeps its x (centred on its mark, clamped inside [min, max]); only its row
 * changes, and a leader line joins it to its mark.
 */

/** A label to place: its mark's x and its text's width, in the same units. */
export interface LabelBox {
	x: number;
	width: number;
}

/** A placed label: where its text is centred (clamped) and its row (0 nearest the axis). */
export interface PlacedLabel {
	x: number;
	row: number;
}

/** Places `labels` (in their given order in the result) between `min` and `max`. */
export function labelRows(
	labels: readonly LabelBox[],
	min: number,
	max: number,
	gap = 6
): PlacedLabel[] {
	const out: PlacedLabel[] = labels.map(() => ({ x: 0, row: 0 }));
	// Right edge of the last label on each row.
	const ends: number[] = [];
	const order = labels.map((_, i) => i).sort((a, b) => labels[a]!.x - labels[b]!.x);
	for (const i of order) {
		const { x, width } = labels[i]!;
		const half = width / 2;
		const cx = Math.min(Math.max(x, min + half), Math.max(min + half, max - half));
		let row = ends.findIndex((end) => cx - half >= end + gap);
		if (row === -1) row = ends.length;
		ends[row] = cx + half;
		out[i] = { x: cx, row };
	}
	return out;
}

/**
 * A text's width in pixels, estimated without the DOM for a sans-serif font of `size` px: 0.62 em
 * a character covers bold labels and capitals (a little wide for thin letters, which is the
 * safe side).
 */
export function textWidth(text: string, size: number): number {
	return text.length * size * 0.62;
}

let measurer: CanvasRenderingContext2D | null | undefined;

/**
 * A text's width as the browser draws it, at `size` px and `weight`, in the page's font; the
 * estimate (`textWidth`) where nothing can measure it (prerendering, jsdom). The estimate was
 * short for bold DejaVu Sans: a label at the edge of a chart was cut (« a Grand-Combe »).
 */
export function drawnWidth(text: string, size: number, weight = 400): number {
	if (measurer === undefined)
		measurer =
			typeof document === 'undefined' || /jsdom/.test(navigator.userAgent)
				? null
				: document.createElement('canvas').getContext('2d');
	if (!measurer) return textWidth(text, size);
	measurer.font = `${weight} ${size}px ${getComputedStyle(document.documentElement).fontFamily}`;
	return measurer.measureText(text).width;
}
