/**
 * Where the scatter plot's axes, ticks and titles go, from the size of their text: the margins
 * hold the widest tick label and the titles, wrapped to the drawing's width. Presenting, the
 * type is half as large again for the room, and margins sized for the small type let the
 * y-axis title run over the tick labels and the last x tick run off the drawing (seen at
 * 1280×720). The y-axis title is written level above the plot: turned on its side, a long one
 * was longer than the plot is high.
 */
import { wrapWords } from '$lib/format/wrap';
import { drawnWidth } from './label-rows';

/** Font sizes, in the drawing's units. */
export interface ScatterType {
	tick: number;
	title: number;
}
export const SCATTER_TYPE: Record<'screen' | 'room', ScatterType> = {
	screen: { tick: 10, title: 11 },
	room: { tick: 15, title: 16 }
};

export interface ScatterLayout {
	margin: { top: number; right: number; bottom: number; left: number };
	/** Lines of each title, each fitting the drawing's width. */
	xTitle: string[];
	yTitle: string[];
	/** Height of one title line. */
	line: number;
	/** The x ticks' baseline below the plot: their tops clear the lowest y tick's bottom. */
	xTickY: number;
}

type Measure = (text: string, size: number) => number;

export function scatterLayout(o: {
	width: number;
	type: ScatterType;
	xTicks: string[];
	yTicks: string[];
	xTitle: string;
	yTitle: string;
	measure?: Measure;
}): ScatterLayout {
	const measure = o.measure ?? drawnWidth;
	const line = Math.round(o.type.title * 1.25);
	const room = o.width - 4;
	const titleWidth = (line: string) => measure(line, o.type.title);
	const xTitle = wrapWords(o.xTitle, room, titleWidth);
	const yTitle = wrapWords(o.yTitle, room, titleWidth);
	const widest = Math.max(0, ...o.yTicks.map((t) => measure(t, o.type.tick)));
	// The first and last x ticks are centred on the plot's edges: half of each must fit outside.
	const half = (t: string | undefined) => (t === undefined ? 0 : measure(t, o.type.tick) / 2);
	const gap = Math.round(o.type.tick * 0.6);
	// The lowest y tick is centred on the plot's bottom line, and the first x tick sits under its
	// corner: 1,7 of the type down, the x ticks' tops clear it (seen clashing at 1,6 presenting).
	const xTickY = Math.round(o.type.tick * 1.7);
	return {
		margin: {
			top: yTitle.length * line + Math.round(o.type.tick / 2) + gap,
			right: Math.ceil(Math.max(gap, half(o.xTicks.at(-1)) + 2)),
			bottom: xTickY + Math.round(o.type.tick * 0.3) + 4 + xTitle.length * line,
			left: Math.ceil(Math.max(widest + gap + 2, half(o.xTicks[0]) + 2))
		},
		xTitle,
		yTitle,
		line,
		xTickY
	};
}
