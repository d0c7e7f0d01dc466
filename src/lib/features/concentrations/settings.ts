/** What the user chooses on the page, its defaults and French labels. Pure. */
import type { MissingRule, StandardizeMethod } from '$lib/analysis/needs-index';
import { DEFAULT_SEED } from '$lib/analysis/lisa';
import type { Indicator, ThemeId } from '$lib/indicators/types';
import { DEFAULT_COUNTED_STATUSES } from '$lib/sql/problems';
import type { ProblemStatus } from '$lib/features/workshops/model';
import { defaultChoices, type ComponentChoice } from './inputs';
import type { Correction } from './significance';
import type { WeightsKind } from './territory-weights';

/** The four views sharing one map. */
export type MapView = 'index' | 'lisa' | 'significance' | 'gi';

/** French labels of the views (the first depends on the variable). */
export const viewLabels: Record<MapView, string> = {
	index: 'Indice',
	lisa: 'Grappes LISA',
	significance: 'Significativité',
	gi: 'Points chauds Gi*'
};

/** Credits shown on the map. */
export const ATTRIBUTION =
	'Contours : IGN Admin Express 2018 simplifiés · Données : INSEE et autres (voir Sources)';

/** Numbers of permutations offered (999 by default, up to 99 999). */
export const PERMUTATION_CHOICES = [99, 999, 9999, 99999] as const;

/** Thresholds offered. */
export const ALPHA_CHOICES = [0.05, 0.01, 0.001] as const;

/** Everything the user sets. `variable` is 'index' or an indicator id. */
export interface Settings {
	theme: ThemeId;
	choices: ComponentChoice[];
	method: StandardizeMethod;
	missing: MissingRule;
	variable: string;
	weightsKind: WeightsKind;
	k: number;
	permutations: number;
	seed: number;
	alpha: number;
	correction: Correction;
	smooth: boolean;
	view: MapView;
	/** Weight of the workshop problems in the index (0 = left out). */
	workshopWeight: number;
	/** Problem statuses the workshop component counts (default: all but « écartée »). */
	workshopStatuses: ProblemStatus[];
}

/** Default settings: the first workshop theme, queen contiguity, 999 permutations, p ≤ 0,05. */
export function defaultSettings(catalogue: readonly Indicator[], theme: ThemeId): Settings {
	return {
		theme,
		choices: defaultChoices(theme, catalogue),
		method: 'zscore',
		missing: 'skip-and-flag',
		variable: 'index',
		weightsKind: 'queen',
		k: 5,
		permutations: 999,
		seed: DEFAULT_SEED,
		alpha: 0.05,
		correction: 'none',
		smooth: false,
		view: 'lisa',
		workshopWeight: 0,
		workshopStatuses: [...DEFAULT_COUNTED_STATUSES]
	};
}

/** French labels of the standardisation methods. */
export const methodLabels: Record<StandardizeMethod, string> = {
	zscore: 'Score z (écart à la moyenne, en écarts-types)',
	rank: 'Rang centile (0 à 100)'
};

/** French labels of the missing-value rules. */
export const missingLabels: Record<MissingRule, string> = {
	'skip-and-flag': 'Moyenne des composantes disponibles, commune signalée',
	exclude: 'Commune exclue de l’indice'
};
