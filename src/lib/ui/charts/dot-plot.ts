/** The shapes a {@link DotPlot} draws (DotPlot.svelte). */

/** One value on the axis. */
export interface DotPoint {
	id: string;
	value: number;
	/** Hollow: the value rests on a tiny denominator. */
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
