/**
 * The ONE builder of per-commune feature-states: every page (map, /croisements,
 * /concentrations) turns its `{code → fill | null}` into what the choropleth layer reads.
 */

/**
 * The feature-state of one commune: its fill colour, or `null` with `missing` for n.d.; `small`
 * when its rate rests on a tiny denominator (outlined in dashes). Every key is always set: MapLibre
 * merges feature-states, so a flag left out would keep its last value.
 */
export interface CommuneState {
	fill: string | null;
	missing: boolean;
	small: boolean;
}

/**
 * Feature-states from a fill per commune code; a `null` fill is drawn hatched (n.d.). `small`:
 * the communes whose rate rests on a tiny denominator.
 */
export function communeStates(
	fills: Readonly<Record<string, string | null | undefined>>,
	small: readonly string[] = []
): Record<string, CommuneState> {
	const out: Record<string, CommuneState> = {};
	for (const [code, fill] of Object.entries(fills)) {
		const f = fill ?? null;
		out[code] = { fill: f, missing: f === null, small: small.includes(code) };
	}
	return out;
}
