/**
 * Empirical Bayes smoothing of a ratio indicator, from the counts the indicator SQL returns
 * (numerator = events, denominator = population). Shared by the map and /concentrations, so a
 * smoothed rate has one computation.
 */
import { SMALL_DENOMINATOR } from '$lib/indicators/reliability';
import type { Indicator, IndicatorValues } from '$lib/indicators/types';
import { empiricalBayesRates, type SmoothingResult } from './smoothing';

/** Whether an indicator is a rate of counts, which can be smoothed. */
export function isSmoothable(indicator: Indicator): boolean {
	return indicator.formula.kind === 'ratio';
}

/** Smoothed values in the indicator's unit, aligned on `codes`, with the smoothing details. */
export interface SmoothedIndicator {
	values: (number | null)[];
	smoothing: SmoothingResult;
}

/** EB-smoothed values of a ratio indicator over `codes`; null for any other indicator. */
export function smoothIndicator(
	indicator: Indicator,
	v: Pick<IndicatorValues, 'counts'>,
	codes: readonly string[]
): SmoothedIndicator | null {
	const f = indicator.formula;
	if (f.kind !== 'ratio') return null;
	const smoothing = empiricalBayesRates(
		codes.map((c) => v.counts[c]?.[0] ?? null),
		codes.map((c) => v.counts[c]?.[1] ?? null),
		{ smallPopulation: SMALL_DENOMINATOR }
	);
	return {
		values: smoothing.smoothed.map((x) => (x === null ? null : x * f.scale)),
		smoothing
	};
}
