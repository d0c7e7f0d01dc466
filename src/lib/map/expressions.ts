/**
 * Pure builders of what the map draws, testable without a map.
 *
 * Colours are set per commune through feature-state rather than a data-driven `match` paint
 * expression: changing a data-driven paint property or a filter makes MapLibre re-parse the
 * GeoJSON source in its worker, which took 1.4–1.9 s per indicator switch here; feature-state
 * updates only the paint buffers.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { classOf } from '$lib/analysis/breaks';
import { communeStates, type CommuneState } from './feature-states';

export type { CommuneState } from './feature-states';

/** What the choropleth needs: a value per commune code, breaks and colours. */
export interface ChoroplethInput {
	values: Record<string, number | null>;
	territory: readonly string[];
	breaks: readonly number[];
	colours: readonly string[];
	/** Communes whose rate rests on a tiny denominator (`smallDenominatorCodes`). */
	small?: readonly string[];
}

/** Feature-state per territory commune. A NULL value gets no colour and the hatch. */
export function choroplethStates(input: ChoroplethInput): Record<string, CommuneState> {
	const fills: Record<string, string | null> = {};
	for (const code of input.territory) {
		const cls = classOf(input.values[code] ?? null, input.breaks);
		fills[code] = cls === null ? null : (input.colours[cls] ?? null);
	}
	return communeStates(fills, input.small);
}

/** Feature-state of a map that shows no indicator: every territory commune in one `fill`. */
export function blankStates(
	territory: readonly string[],
	fill: string
): Record<string, CommuneState> {
	return communeStates(Object.fromEntries(territory.map((code) => [code, fill])));
}

/** `fill-color` reading the commune's feature-state, white until a colour is set. */
export function stateFillColor(fallback: string): ExpressionSpecification {
	return ['to-color', ['coalesce', ['feature-state', 'fill'], fallback]];
}

/** 1 where the feature-state flag `key` is true, else 0 (opacity or width switch). */
export function stateSwitch(key: string, on: number, off = 0): ExpressionSpecification {
	return ['case', ['boolean', ['feature-state', key], false], on, off];
}
