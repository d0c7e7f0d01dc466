/**
 * From the indicator catalogue and the snapshot to what the statistics need: the default
 * components of a theme's needs index, values aligned on the territory's communes, and typed
 * arrays for the worker (NULL becomes NaN, never 0).
 */
import {
	needsIndex,
	type IndexComponent,
	type MissingRule,
	type NeedsIndexResult,
	type StandardizeMethod
} from '$lib/analysis/needs-index';
import { rareEventCodes, smallDenominatorCodes } from '$lib/indicators/reliability';
import type { Indicator, IndicatorValues, Snapshot, ThemeId } from '$lib/indicators/types';

/** An indicator chosen for the index, with its weight (0 = left out). */
export interface ComponentChoice {
	id: string;
	weight: number;
}

/** Weights accepted in the form. */
export const MIN_WEIGHT = 0;
export const MAX_WEIGHT = 5;

/** Indicators that can enter an index: those whose direction of need is known (polarity ≠ 0). */
export function indexableIndicators(catalogue: readonly Indicator[]): Indicator[] {
	return catalogue.filter((i) => i.polarity !== 0);
}

/** Default choice for a theme: its indicators with a known direction of need, weight 1 each. */
export function defaultChoices(theme: ThemeId, catalogue: readonly Indicator[]): ComponentChoice[] {
	return indexableIndicators(catalogue)
		.filter((i) => i.theme === theme)
		.map((i) => ({ id: i.id, weight: 1 }));
}

/** Values of one indicator for the given communes, in that order; null when missing or secret. */
export function territoryValues(
	snapshot: Snapshot,
	indicatorId: string,
	codes: readonly string[]
): (number | null)[] {
	const values = snapshot.indicators[indicatorId]?.values ?? {};
	return codes.map((c) => {
		const v = values[c];
		return v === undefined || v === null || !Number.isFinite(v) ? null : v;
	});
}

/**
 * Components of {@link needsIndex} for the choices with a positive weight. Indicators unknown to
 * the catalogue, or without a direction of need, are left out (they cannot be oriented).
 */
export function indexComponents(
	choices: readonly ComponentChoice[],
	catalogue: readonly Indicator[],
	snapshot: Snapshot,
	codes: readonly string[]
): IndexComponent[] {
	const out: IndexComponent[] = [];
	for (const choice of choices) {
		const ind = catalogue.find((i) => i.id === choice.id);
		if (!ind || ind.polarity === 0 || !(choice.weight > 0)) continue;
		out.push({
			id: ind.id,
			label: ind.label,
			values: territoryValues(snapshot, ind.id, codes),
			weight: choice.weight,
			polarity: ind.polarity
		});
	}
	return out;
}

/** Values as a Float64Array for the worker: null becomes NaN (missing, never 0). */
export function toAnalysisValues(values: readonly (number | null)[]): Float64Array {
	return Float64Array.from(values, (v) => (v === null ? NaN : v));
}

/** For each commune of `codes`, whether `flaggedBy` flags it for one of `ids` (with values). */
function flagCommunes(
	snapshot: Snapshot,
	ids: readonly string[],
	codes: readonly string[],
	flaggedBy: (id: string, v: IndicatorValues) => string[]
): boolean[] {
	const flagged = new Set(
		ids.flatMap((id) => {
			const v = snapshot.indicators[id];
			return v ? flaggedBy(id, v) : [];
		})
	);
	return codes.map((c) => flagged.has(c));
}

/**
 * For each commune of `codes`, whether one of `indicatorIds` rests on a tiny denominator there
 * (the one rule of `reliability.ts`, from the rate's own counts, not from the population).
 */
export function smallCommunes(
	snapshot: Snapshot,
	indicatorIds: readonly string[],
	codes: readonly string[]
): boolean[] {
	return flagCommunes(snapshot, indicatorIds, codes, (_, v) => smallDenominatorCodes(v, codes));
}

/**
 * For each commune of `codes`, whether a birth rate among `indicators` rests on fewer than 20
 * births there (« peu de naissances », `rareEventCodes`).
 */
export function rareCommunes(
	snapshot: Snapshot,
	indicators: readonly Indicator[],
	codes: readonly string[]
): boolean[] {
	const byId = new Map(indicators.map((i) => [i.id, i]));
	return flagCommunes(snapshot, [...byId.keys()], codes, (id, v) =>
		rareEventCodes(byId.get(id)!, v, codes)
	);
}

/** Shown when every weight is 0: nothing to compute, and what to do about it. */
export const ALL_WEIGHTS_ZERO =
	'Tous les poids sont à 0 : donnez un poids d’au moins 1 à un indicateur (colonne « Poids ») pour calculer l’indice.';

/** The needs index of the chosen components, or the French error that prevents it. */
export function safeNeedsIndex(
	choices: readonly ComponentChoice[],
	options: { method: StandardizeMethod; missing: MissingRule },
	catalogue: readonly Indicator[],
	snapshot: Snapshot,
	codes: readonly string[],
	extra: readonly IndexComponent[] = []
): { result: NeedsIndexResult | null; error: string | null } {
	if (choices.length && !extra.length && !choices.some((c) => c.weight > 0))
		return { result: null, error: ALL_WEIGHTS_ZERO };
	try {
		const comps = [...indexComponents(choices, catalogue, snapshot, codes), ...extra];
		return { result: needsIndex(comps, options), error: null };
	} catch (e) {
		return { result: null, error: e instanceof Error ? e.message : String(e) };
	}
}
