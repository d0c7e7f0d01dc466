/**
 * The workshops as an optional index component: weighted mentions of problems per 1 000
 * inhabitants in each commune. Only problems naming the commune count; « tout le territoire »
 * problems concern every commune alike and would not discriminate, so they are left out.
 */
import type { IndexComponent } from '$lib/analysis/needs-index';
import type { ThemeId } from '$lib/indicators/types';
import type { Problem, ThemeId as WorkshopTheme } from '$lib/workshops/model';

/** Id of the component in the index (and in its breakdown). */
export const WORKSHOP_COMPONENT_ID = 'ateliers';

/** Workshop theme matching a CTG theme, or null (then problems of every theme count). */
export function workshopThemeFor(theme: ThemeId): WorkshopTheme | null {
	if (theme === 'petite_enfance') return 'petite_enfance_enfance';
	if (theme === 'jeunesse' || theme === 'vie_associative') return theme;
	return null;
}

/**
 * Weighted mentions per 1 000 inhabitants for each commune of `codes`. A commune never named
 * has 0 mentions (a count, not a missing value); no population gives null.
 */
export function workshopIntensity(
	problems: readonly Problem[],
	theme: WorkshopTheme | null,
	codes: readonly string[],
	population: readonly (number | null)[]
): (number | null)[] {
	const weight = new Map<string, number>();
	for (const p of problems) {
		if (p.wholeTerritory || p.status === 'ecartee' || (theme && p.theme !== theme)) continue;
		for (const c of new Set(p.communes)) weight.set(c, (weight.get(c) ?? 0) + p.weight);
	}
	return codes.map((c, i) => {
		const pop = population[i];
		return pop === null || pop === undefined || pop <= 0
			? null
			: ((weight.get(c) ?? 0) / pop) * 1000;
	});
}

/** The index component, labelled « exemple fictif » when the problems are the example set. */
export function workshopComponent(
	values: (number | null)[],
	weight: number,
	example: boolean
): IndexComponent {
	return {
		id: WORKSHOP_COMPONENT_ID,
		label: `problématiques des ateliers pour 1 000 habitants${example ? ' (exemple fictif)' : ''}`,
		values,
		weight,
		polarity: 1
	};
}
