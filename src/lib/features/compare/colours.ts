/**
 * One colour per compared commune, by its place in the comparison (chips, dot plots, age chart).
 * Dark enough for 11 px text on white (contrast ≥ 4,5:1) and told apart without red/green alone.
 */
export const COMMUNE_COLOURS = ['#0b57d0', '#b3261e', '#1e7b34', '#8e24aa', '#8a4b00', '#00738a'];

/** The colour of `code` in `communes` (grey if absent). */
export function communeColour(communes: readonly string[], code: string): string {
	const i = communes.indexOf(code);
	return i === -1 ? '#52606d' : COMMUNE_COLOURS[i % COMMUNE_COLOURS.length]!;
}
