/**
 * The workshop component of /concentrations counted by the map's own code: the problems are
 * loaded into DuckDB by a `ProblemsState` and counted by `countProblems`. While the engine starts
 * or a recount runs, there are no values: the index goes without the component, never with
 * numbers counted for other filters.
 */
import type { Engine } from '$lib/data/duckdb';
import type { ThemeId } from '$lib/indicators/types';
import type { ProblemFilters } from '$lib/sql/problems';
import type { ProblemsState } from '$lib/core/problems.svelte';
import { intensityValues } from '$lib/core/problem-counts';
import { engineFailed, PROBLEMS_WITHOUT_ENGINE } from '$lib/core/engine-failure';
import type { Settings } from './settings';
import { sameFilters, workshopFilters, type WorkshopValues } from './workshop-component';

/** Where the component stands, for the page's note. */
export type WorkshopStatus = 'off' | 'loading' | 'ready' | 'failed';

/** Starts the engine and loads the problems (once), or recounts when the filters changed. */
export function syncWorkshops(
	problems: ProblemsState,
	wanted: ProblemFilters,
	engine: () => Promise<Engine>
): void {
	if (problems.status === 'idle') {
		problems.filters = wanted;
		problems.status = 'loading';
		engine().then(
			(engine) => problems.load(engine),
			(e: unknown) => {
				problems.status = 'failed';
				problems.message = `${engineFailed(e)} ${PROBLEMS_WITHOUT_ENGINE}`;
			}
		);
	} else if (problems.status === 'ready' && !sameFilters(problems.filters, wanted)) {
		problems.filters = wanted;
		void problems.refresh();
	}
}

/** The component as the page sees it. */
export interface WorkshopView {
	/** The SQL filters it is counted with (CTG theme's workshop theme, chosen statuses). */
	filters: ProblemFilters;
	/** Values for the index's communes, or null while not counted with `filters`. */
	values: WorkshopValues | null;
	status: WorkshopStatus;
}

/** The component for the settings: values only if the counts are those of its filters. */
export function workshopView(
	settings: Pick<Settings, 'theme' | 'workshopStatuses' | 'workshopWeight'>,
	problems: Pick<ProblemsState, 'status' | 'counted' | 'byCommune' | 'example'> &
		Partial<Pick<ProblemsState, 'taxonomy'>>,
	codes: readonly string[]
): WorkshopView {
	// The user's workshop themes count too: a workshop « accès aux droits » is that CTG theme.
	const themes = problems.taxonomy?.themes.map((t) => t.id as ThemeId);
	const filters = workshopFilters(settings.theme, settings.workshopStatuses, themes);
	const counted = problems.status === 'ready' && sameFilters(problems.counted, filters);
	const values = counted
		? { values: intensityValues(codes, problems.byCommune), example: problems.example }
		: null;
	const status: WorkshopStatus = !(settings.workshopWeight > 0)
		? 'off'
		: problems.status === 'failed'
			? 'failed'
			: values
				? 'ready'
				: 'loading';
	return { filters, values, status };
}
