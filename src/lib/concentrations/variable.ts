/**
 * The variable the statistics run on: the needs index, or one indicator, optionally smoothed by
 * empirical Bayes when it is a rate of counts and the columns are loaded.
 */
import type { NeedsIndexResult } from '$lib/analysis/needs-index';
import { empiricalBayesRates, type SmoothingResult } from '$lib/analysis/smoothing';
import type { ColumnRow } from '$lib/indicators/compute';
import type { Indicator, Snapshot } from '$lib/indicators/types';
import { ebInputs } from './eb-inputs';
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
	smallThreshold: number;
	catalogue: readonly Indicator[];
	snapshot: Snapshot;
	codes: readonly string[];
	index: NeedsIndexResult | null;
	/** Columns of `commune_values.csv`, once loaded (needed only for smoothing). */
	rows: Record<string, ColumnRow> | null;
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
	const eb = input.smooth && input.rows ? ebInputs(ind, input.rows, input.codes) : null;
	if (!eb) {
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
	const smoothing = empiricalBayesRates(eb.events, eb.population, {
		smallPopulation: input.smallThreshold
	});
	return {
		label: `${ind.label} (lissé)`,
		unit: ind.unit,
		digits: ind.digits,
		values: smoothing.smoothed.map((v) => (v === null ? null : v * eb.scale)),
		raw,
		smoothing,
		indicator: ind
	};
}
