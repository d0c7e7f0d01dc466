/** The needs index of the page's settings, with the workshops as an optional extra component. */
import type { NeedsIndexResult } from '$lib/analysis/needs-index';
import type { Indicator, Snapshot } from '$lib/indicators/types';
import type { CurrentProblems } from '$lib/workshops/current';
import { safeNeedsIndex, territoryValues } from './inputs';
import type { Settings } from './settings';
import { workshopComponent, workshopIntensity, workshopThemeFor } from './workshop-component';

/** Index result or French error; the workshop component enters when its weight is > 0 and loaded. */
export function buildIndex(
	settings: Settings,
	catalogue: readonly Indicator[],
	snapshot: Snapshot,
	codes: readonly string[],
	problems: CurrentProblems | null
): { result: NeedsIndexResult | null; error: string | null } {
	const extra =
		settings.workshopWeight > 0 && problems
			? [
					workshopComponent(
						workshopIntensity(
							problems.problems,
							workshopThemeFor(settings.theme),
							codes,
							territoryValues(snapshot, 'population_2022', codes)
						),
						settings.workshopWeight,
						problems.example
					)
				]
			: [];
	return safeNeedsIndex(settings.choices, settings, catalogue, snapshot, codes, extra);
}
