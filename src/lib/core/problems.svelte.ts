/**
 * Workshop problems as one page (map, /croisements, /concentrations) counts them: the core's
 * shared store, counted per commune in DuckDB with this page's filters.
 */
import type { Engine } from '$lib/data/duckdb';
import {
	buildCommuneProblemIdsSql,
	defaultProblemFilters,
	type ProblemFilters
} from '$lib/sql/problems';
import type { Problem } from '$lib/features/workshops/model';
import type { Taxonomy } from '$lib/features/workshops/taxonomy';
import { countProblems, type CommuneProblems } from './problem-counts';
import type { WorkshopProblems } from './workshop-problems.svelte';

export type { CommuneProblems } from './problem-counts';

export class ProblemsState {
	/** This page's count: 'ready' once the shared problems are loaded and counted. */
	status = $state<'idle' | 'loading' | 'ready' | 'failed'>('idle');
	message = $state('');
	/** The filters chosen; statuses start from the default (every one but « écartée »). */
	filters = $state<ProblemFilters>(defaultProblemFilters());
	byCommune = $state.raw<Record<string, CommuneProblems>>({});
	whole = $state.raw({ problems: 0, weight: 0 });
	/** The filters `byCommune` and `whole` were counted with (null before the first count). */
	counted = $state.raw<ProblemFilters | null>(null);
	private engine: Engine | null = null;
	private token = 0;

	constructor(private readonly store: WorkshopProblems) {}

	/** Every problem of the shared store. */
	get all(): Problem[] {
		return this.store.all;
	}
	/** True while the fictional example is shown (no problem of the user's own yet). */
	get example(): boolean {
		return this.store.example;
	}
	/** Stored problems marked « exemple fictif », counted with the user's own. */
	get fictionalStored(): number {
		return this.store.example ? 0 : this.store.fictionalStored;
	}
	/** What loading changed in stored records (old theme ids made current), in French. */
	get notice(): string {
		return this.store.notice;
	}
	/** Subjects, publics and themes with the user's custom entries. */
	get taxonomy(): Taxonomy {
		return this.store.taxonomy;
	}

	/** Starts reading the shared problems while the engine starts (see `WorkshopProblems`). */
	prefetch(): void {
		this.store.prefetch();
	}

	/** Loads the shared problems into DuckDB, then counts them with this page's filters. */
	async load(engine: Engine): Promise<void> {
		this.engine = engine;
		this.status = 'loading';
		await this.store.load(engine);
		if (this.store.status === 'failed') {
			this.status = 'failed';
			this.message = this.store.message;
			return;
		}
		try {
			await this.refresh();
			performance.mark('problems:counted'); // for probes: where the counts' time goes
			this.status = 'ready';
			// The list itself (forums, a commune's problems) once the counts are shown.
			void this.store.whenAll();
		} catch (e) {
			this.status = 'failed';
			this.message = `Les problématiques des ateliers n’ont pas pu être comptées (${e instanceof Error ? e.message : String(e)}).`;
		}
	}

	/** Recounts with the current filters; an answer overtaken by a newer count is dropped. */
	async refresh(): Promise<void> {
		const engine = this.engine;
		if (!engine) return;
		const token = ++this.token;
		const filters = $state.snapshot(this.filters);
		const counts = await countProblems(engine, filters);
		if (token !== this.token) return;
		this.byCommune = counts.byCommune;
		this.whole = counts.whole;
		this.counted = filters;
	}

	/** The problems naming one commune, heaviest first. */
	async forCommune(code: string): Promise<Problem[]> {
		if (!this.engine || this.status !== 'ready') return [];
		const rows = await this.engine.queryBound(
			buildCommuneProblemIdsSql(code, $state.snapshot(this.filters))
		);
		// A plain lookup object, built and read here only: nothing reactive about it.
		const all = await this.store.whenAll();
		const byId: Record<string, Problem> = Object.fromEntries(all.map((p) => [p.id, p]));
		return rows.map((r) => byId[String(r.id)]).filter((p): p is Problem => p !== undefined);
	}
}
