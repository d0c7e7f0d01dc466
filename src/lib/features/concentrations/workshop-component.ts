/**
 * The workshops as an optional index component: weighted mentions of problems per 1 000
 * inhabitants in each commune. The numbers come from the map's SQL (`countProblems` over
 * `buildProblemsByCommuneSql`), never from a second computation here. Only problems naming the
 * commune count; « tout le territoire » problems concern every commune alike and would not
 * discriminate, so they are left out.
 */
import type { IndexComponent } from '$lib/analysis/needs-index';
import type { ThemeId } from '$lib/indicators/types';
import { countedStatuses, type ProblemFilters } from '$lib/sql/problems';
import { THEME_IDS, type ProblemStatus } from '$lib/features/workshops/model';

/** Id of the component in the index (and in its breakdown). */
export const WORKSHOP_COMPONENT_ID = 'ateliers';

/**
 * The theme itself when workshops use it (themes share one id space), or null: then problems of
 * every theme count. `workshopThemes` are the built-in workshop themes plus the user's.
 */
export function workshopThemeFor(
	theme: ThemeId,
	workshopThemes: readonly ThemeId[] = THEME_IDS
): ThemeId | null {
	return workshopThemes.includes(theme) ? theme : null;
}

/** The SQL filters of the component: the workshop theme of the CTG theme, the chosen statuses. */
export function workshopFilters(
	theme: ThemeId,
	statuses: readonly ProblemStatus[],
	workshopThemes?: readonly ThemeId[]
): ProblemFilters {
	const t = workshopThemeFor(theme, workshopThemes);
	return { themes: t ? [t] : [], statuses: [...statuses] };
}

/** True when two filters count the same problems (list order does not matter). */
export function sameFilters(a: ProblemFilters | null, b: ProblemFilters | null): boolean {
	if (!a || !b) return a === b;
	const key = (f: ProblemFilters) =>
		JSON.stringify([
			...(['forums', 'themes', 'subjects', 'publics'] as const).map((k) =>
				[...(f[k] ?? [])].sort()
			),
			[...countedStatuses(f)].sort()
		]);
	return key(a) === key(b);
}

/** The component's values, aligned on the index's communes, and whether they are the example. */
export interface WorkshopValues {
	values: (number | null)[];
	example: boolean;
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
