/** The shapes the charts of this folder draw. */

/** One value on the axis. */
export interface DotPoint {
	id: string;
	value: number;
	/** Hollow: the value is to be read with caution (`isFragile`: a tiny denominator, few births). */
	small?: boolean;
}

/** A point drawn in colour with its label (its id must be among the points). */
export interface DotHighlight {
	id: string;
	label: string;
	colour: string;
}

/** A reference value drawn as a tick (the Agglomération, the département). */
export interface DotMark {
	label: string;
	value: number;
}

/** A series of a bar or line chart: one value per category (null: n.d.), in their order. */
export interface ChartSeries {
	id: string;
	label: string;
	colour: string;
	values: (number | null)[];
	/** Per value: rests on a tiny denominator (drawn hollow). */
	small?: boolean[];
}
