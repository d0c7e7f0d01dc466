/**
 * Pure builders of MapLibre paint expressions, testable without a map.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { classOf } from '$lib/classify/breaks';

/** What the choropleth needs: a value per commune code, breaks and colours. */
export interface ChoroplethInput {
	values: Record<string, number | null>;
	territory: readonly string[];
	breaks: readonly number[];
	colours: readonly string[];
	missing: string;
}

/**
 * `fill-color` for the territory layer: a `match` on the commune code. Communes with a NULL
 * value get the `missing` colour (a hatch pattern layer sits on top of them).
 */
export function choroplethColor(input: ChoroplethInput): ExpressionSpecification {
	const pairs: string[] = [];
	for (const code of input.territory) {
		const cls = classOf(input.values[code] ?? null, input.breaks);
		pairs.push(code, cls === null ? input.missing : (input.colours[cls] ?? input.missing));
	}
	if (pairs.length === 0) return ['literal', input.missing] as unknown as ExpressionSpecification;
	return ['match', ['get', 'code'], ...pairs, input.missing] as unknown as ExpressionSpecification;
}

/** Filter selecting the territory communes whose value is NULL (secret / not available). */
export function missingFilter(
	values: Record<string, number | null>,
	territory: readonly string[]
): ExpressionSpecification {
	const missing = territory.filter((c) => values[c] === null || values[c] === undefined);
	return ['in', ['get', 'code'], ['literal', missing]];
}
