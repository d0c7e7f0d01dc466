/**
 * The diagnostic's browser part: the workshop problems (the core's shared store, counted in
 * DuckDB), counted once per theme shown with that theme as the filter, as /croisements does.
 */
import type { AppCore } from '$lib/core/app-core.svelte';
import { ProblemsState } from '$lib/core/problems.svelte';
import type { ThemeCounts } from './workshops';
import { engineFailed, PROBLEMS_WITHOUT_ENGINE } from '$lib/core/engine-failure';

export class DiagnosticWorkshops {
	readonly problems: ProblemsState;
	/** Counts by theme id, once counted. */
	byTheme = $state.raw<Record<string, ThemeCounts>>({});
	status = $state<'loading' | 'ready' | 'failed'>('loading');
	message = $state('');

	constructor(private readonly core: AppCore) {
		this.problems = new ProblemsState(core.problems);
	}

	/** True while the problems are the fictional example set. */
	get example(): boolean {
		return this.problems.example;
	}
	/** Stored problems marked « exemple fictif », counted with the user's own. */
	get fictionalStored(): number {
		return this.problems.fictionalStored;
	}

	/** Loads the problems, then counts them for each theme in turn. */
	async start(themes: readonly string[]): Promise<void> {
		let engine;
		try {
			engine = await this.core.engine();
		} catch (e) {
			// What failed, what it costs here, and what still works (as the map says it).
			this.status = 'failed';
			this.message = `${engineFailed(e)} ${PROBLEMS_WITHOUT_ENGINE} Rechargez la page pour réessayer.`;
			return;
		}
		try {
			await this.problems.load(engine);
			if (this.problems.status === 'failed') throw new Error(this.problems.message);
			const out: Record<string, ThemeCounts> = {};
			for (const theme of themes) {
				this.problems.filters = { ...this.problems.filters, themes: [theme] };
				await this.problems.refresh();
				out[theme] = { byCommune: this.problems.byCommune, whole: this.problems.whole };
			}
			this.byTheme = out;
			this.status = 'ready';
		} catch (e) {
			this.status = 'failed';
			this.message = e instanceof Error ? e.message : String(e);
		}
	}
}
