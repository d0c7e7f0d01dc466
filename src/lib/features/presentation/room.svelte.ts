/**
 * « Ce que la salle a dit »: the room's problems, recounted each time one is saved in another tab
 * or window (the store announces it on the `atlas-problems` BroadcastChannel). Counts come from
 * the one SQL builder of problems, with the default statuses (« écartée » left out), and of one
 * workshop theme when the slide says which.
 */
import type { AppCore } from '$lib/core/app-core.svelte';
import {
	countProblems,
	countProblemsByCategory,
	type CategoryCount,
	type ProblemCounts
} from '$lib/core/problem-counts';
import type { Problem } from '$lib/features/workshops/model';
import { CHANNEL_NAME } from '$lib/features/workshops/store-api';
import { countedStatuses, defaultProblemFilters } from '$lib/sql/problems';

/** How many of the latest problems the slide lists. */
export const LATEST_COUNT = 5;

export class RoomState {
	status = $state<'loading' | 'ready' | 'failed'>('loading');
	message = $state('');
	byTheme = $state.raw<CategoryCount[]>([]);
	byPublic = $state.raw<CategoryCount[]>([]);
	counts = $state.raw<ProblemCounts | null>(null);
	latest = $state.raw<Problem[]>([]);
	total = $state(0);
	#running = false;
	#again = false;

	/** `theme`: count the problems of that workshop theme only (a forum's theme deck). */
	constructor(
		private readonly core: AppCore,
		private readonly theme: string | null = null
	) {}

	get example(): boolean {
		return this.core.problems.example;
	}

	get taxonomy() {
		return this.core.problems.taxonomy;
	}

	/** Recounts; a save announced during a count triggers one more count after it. */
	async refresh(): Promise<void> {
		if (this.#running) {
			this.#again = true;
			return;
		}
		this.#running = true;
		try {
			do {
				this.#again = false;
				await this.#count();
			} while (this.#again);
		} finally {
			this.#running = false;
		}
	}

	async #count(): Promise<void> {
		try {
			const engine = await this.core.engine();
			await this.core.problems.load(engine);
			if (this.core.problems.status === 'failed') throw new Error(this.core.problems.message);
			const filters = {
				...defaultProblemFilters(),
				...(this.theme ? { themes: [this.theme] } : {})
			};
			const [byTheme, byPublic, counts] = await Promise.all([
				countProblemsByCategory(engine, 'theme', filters),
				countProblemsByCategory(engine, 'public', filters),
				countProblems(engine, filters)
			]);
			const counted = countedStatuses(filters);
			const kept = (await this.core.problems.whenAll()).filter(
				(p) => counted.includes(p.status) && (!this.theme || p.theme === this.theme)
			);
			this.byTheme = byTheme;
			this.byPublic = byPublic;
			this.counts = counts;
			// Each problem has one theme: the total is the sum over themes.
			this.total = byTheme.reduce((n, t) => n + t.problems, 0);
			this.latest = [...kept]
				.sort((a, b) => b.createdAt.localeCompare(a.createdAt))
				.slice(0, LATEST_COUNT);
			this.status = 'ready';
		} catch (e) {
			this.status = 'failed';
			this.message = e instanceof Error ? e.message : String(e);
		}
	}

	/** Listens to saves in other tabs; returns the function that stops listening. */
	listen(): () => void {
		if (typeof BroadcastChannel === 'undefined') return () => undefined;
		const channel = new BroadcastChannel(CHANNEL_NAME);
		channel.onmessage = () => void this.refresh();
		return () => channel.close();
	}
}
