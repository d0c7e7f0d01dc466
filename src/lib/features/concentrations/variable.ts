/**
 * The variable the statistics run on: the needs index, or one indicator, optionally smoothed by
 * empirical Bayes when it is a rate of counts.
 */
import type { NeedsIndexResult } from '$lib/analysis/needs-index';
import { smoothIndicator } from '$lib/analysis/indicator-smoothing';
import type { SmoothingResult } from '$lib/analysis/smoothing';
import type { Indicator, Snapshot } from '$lib/indicators/types';
import { territoryValues } from './inputs';

/** The analysed variable, aligned on the territory codes. */
export interface Variable {
	/** French label, e.g. « Indice de besoins » or the indicator label. */
	label: string;
	unit: string;
	digits: number;
	/** Values analysed (smoothed when smoothing applies). */
	values: (number | null)[];
	/** Values before smoothing. */
	raw: (number | null)[];
	/** Smoothing details, or null when not applied. */
	smoothing: SmoothingResult | null;
	/** The indicator, or null for the index. */
	indicator: Indicator | null;
}

/** Inputs of {@link buildVariable}. */
export interface VariableInput {
	variable: string;
	smooth: boolean;
	catalogue: readonly Indicator[];
	snapshot: Snapshot;
	codes: readonly string[];
	index: NeedsIndexResult | null;
}

/** Builds the analysed variable, or null when the index cannot be computed. */
export function buildVariable(input: VariableInput): Variable | null {
	if (input.variable === 'index') {
		if (!input.index) return null;
		const v = input.index.index;
		return {
			label: 'Indice de besoins',
			unit: '',
			digits: 2,
			values: v,
			raw: v,
			smoothing: null,
			indicator: null
		};
	}
	const ind = input.catalogue.find((i) => i.id === input.variable);
	if (!ind) return null;
	const raw = territoryValues(input.snapshot, ind.id, input.codes);
	const values = input.snapshot.indicators[ind.id];
	const smoothed = input.smooth && values ? smoothIndicator(ind, values, input.codes) : null;
	if (!smoothed) {
		return {
			label: ind.label,
			unit: ind.unit,
			digits: ind.digits,
			values: raw,
			raw,
			smoothing: null,
			indicator: ind
		};
	}
	return {
		label: `${ind.label} (lissé)`,
		unit: ind.unit,
		digits: ind.digits,
		values: smoothed.values,
		raw,
		smoothing: smoothed.smoothing,
		indicator: ind
	};
}
