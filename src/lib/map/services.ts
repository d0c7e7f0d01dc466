/**
 * The services layer as data: which kinds of `services.geojson` it shows (town halls are
 * there only as distance origins), their French labels and colours, and the expressions
 * that draw them. Pure: testable without a map.
 */
import type { ExpressionSpecification } from 'maplibre-gl';

/** One kind of service shown on the map, with its legend entry. */
export interface ServiceKindStyle {
	kind: string;
	label: string;
	colour: string;
}

/** The kinds shown, in legend order (colour-blind-safe Okabe–Ito colours). */
export const SERVICE_KINDS: readonly ServiceKindStyle[] = [
	{ kind: 'france_services', label: 'France services', colour: '#0072b2' },
	{ kind: 'mission_locale', label: 'Mission locale', colour: '#d55e00' },
	{ kind: 'pij', label: 'Point information jeunesse', colour: '#cc79a7' },
	{ kind: 'lycee', label: 'Lycée', colour: '#009e73' },
	{ kind: 'gare', label: 'Gare ouverte aux voyageurs', colour: '#000000' }
];

/** Filter keeping the points whose `kind` is one of `kinds`. */
export function serviceFilter(kinds: readonly ServiceKindStyle[]): ExpressionSpecification {
	return ['in', ['get', 'kind'], ['literal', kinds.map((k) => k.kind)]];
}

/** `circle-color` by `kind`; `fallback` for a kind without a colour. */
export function serviceColour(
	kinds: readonly ServiceKindStyle[],
	fallback = '#666666'
): ExpressionSpecification | string {
	// A `match` needs at least one branch: with no kind, every point takes the fallback.
	if (kinds.length === 0) return fallback;
	const pairs = kinds.flatMap((k) => [k.kind, k.colour]);
	return ['match', ['get', 'kind'], ...pairs, fallback] as unknown as ExpressionSpecification;
}
