/**
 * The stacking order of every layer the app draws. Layer components mount in any order (a
 * toggled layer comes last), so MapContext inserts each one before the first layer that must
 * stay above it.
 */

/** Bottom to top. */
export const LAYER_ORDER = [
	'background',
	'context-fill',
	'territory-fill',
	'missing-hatch',
	'commune-line',
	'outline-line',
	'neighbour-line',
	'focus-casing',
	'focus-line',
	'problems-circle',
	'services-circle'
] as const;

/** Id of the layer to insert `id` before, among the layers `present` (undefined = on top). */
export function beforeIdFor(id: string, present: readonly string[]): string | undefined {
	const rank = LAYER_ORDER.indexOf(id as (typeof LAYER_ORDER)[number]);
	if (rank < 0) return undefined;
	const above = new Set<string>(LAYER_ORDER.slice(rank + 1));
	return present.find((p) => above.has(p));
}
