/**
 * The ONE builder of per-commune feature-states: every page (map, /croisements,
 * /concentrations) turns its `{code → fill | null}` into what the choropleth layer reads.
 */

/** The feature-state of one commune: its fill colour, or `null` with `missing` for n.d. */
export interface CommuneState {
	fill: string | null;
	missing: boolean;
}

/** Feature-states from a fill per commune code; a `null` fill is drawn hatched (n.d.). */
export function communeStates(
	fills: Readonly<Record<string, string | null | undefined>>
): Record<string, CommuneState> {
	const out: Record<string, CommuneState> = {};
	for (const [code, fill] of Object.entries(fills)) {
		const f = fill ?? null;
		out[code] = { fill: f, missing: f === null };
	}
	return out;
}
