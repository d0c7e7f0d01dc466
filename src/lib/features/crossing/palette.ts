/**
 * 3 × 3 bivariate palette (need tercile × expression class), after Joshua Stevens' blue–purple
 * scheme, whose corners stay distinct for the common colour-vision deficiencies.
 * Row = need (0 low … 2 high), column = expressed (0 none, 1 some, 2 many).
 */
export const BIVARIATE: readonly (readonly string[])[] = [
	['#e8e8e8', '#ace4e4', '#5ac8c8'],
	['#dfb0d6', '#a5add3', '#5698b9'],
	['#be64ac', '#8c62aa', '#3b4994']
];

/** Colour of a commune, or null when its need cannot be classified. */
export function bivariateColour(need: 0 | 1 | 2 | null, expressed: 0 | 1 | 2): string | null {
	return need === null ? null : BIVARIATE[need]![expressed]!;
}
