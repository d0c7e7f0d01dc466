/**
 * The workshop problems store of the app core: the problems kept in this browser (or the
 * fictional example while there are none), read into the engine's tables. Every page counts
 * them through its own {@link ProblemsState} (its own filters) over this one store.
 */
import type { Engine } from '$lib/data/duckdb';
import { FICTIONAL_COUNT_SQL } from '$lib/sql/problems';
import {
	loadBrowserProblems,
	prefetchBrowserProblems,
	type LoadedProblems
} from './problems-browser';
import type { Problem } from '$lib/features/workshops/model';
import { BUILT_IN_TAXONOMY, type Taxonomy } from '$lib/features/workshops/taxonomy';

/**
 * Reads the problems and loads them into the engine (the browser's by default; fakes in tests).
 * With `rest`, the engine has them but the list comes later (asked for once the load is done).
 */
export type ProblemsLoader = (engine: Engine) => Promise<LoadedProblems>;

export class WorkshopProblems {
	status = $state<'idle' | 'loading' | 'ready' | 'failed'>('idle');
	message = $state('');
	/** What loading changed in stored records (old theme ids made current), in French. */
	notice = $state('');
	all = $state.raw<Problem[]>([]);
	/** True while the fictional example is shown (no problem of the user's own yet). */
	example = $state(false);
	/**
	 * Stored problems marked « exemple fictif » (a file of the example imported): counted with
	 * the others, so every page that counts says that some are fictional.
	 */
	fictionalStored = $state(0);
	/** Subjects, publics and themes with the user's custom entries, to show labels, not ids. */
	taxonomy = $state.raw<Taxonomy>(BUILT_IN_TAXONOMY);
	#loading: Promise<void> | null = null;
	#all: Promise<Problem[]> = Promise.resolve([]);
	#rest: (() => Promise<Problem[]>) | null = null;

	readonly #loader: ProblemsLoader;
	readonly #prefetch: () => void;

	/** `loader`: a fake in tests (nothing is then read ahead); the browser's store by default. */
	constructor(loader?: ProblemsLoader) {
		this.#loader = loader ?? loadBrowserProblems;
		this.#prefetch = loader ? () => {} : prefetchBrowserProblems;
	}

	/**
	 * Starts reading the store before the engine is there (a page calls it as it starts); the
	 * next `load` takes that reading. Nothing happens while a load is running.
	 */
	prefetch(): void {
		if (!this.#loading) this.#prefetch();
	}

	/**
	 * Reads the problems into the engine. Each page calls it when it starts, so problems captured
	 * on /ateliers since the last page show; calls made during a load share it.
	 */
	load(engine: Engine): Promise<void> {
		this.#loading ??= this.#load(engine).finally(() => (this.#loading = null));
		return this.#loading;
	}

	/**
	 * Every problem loaded. The engine may have them before the list does: the pages count first,
	 * then ask for the list (a commune's problems, the latest ones, the forums wait for it).
	 */
	whenAll(): Promise<Problem[]> {
		return (this.#loading ?? Promise.resolve()).then(() => {
			const rest = this.#rest;
			this.#rest = null;
			if (rest) this.#all = this.#later(rest);
			return this.#all;
		});
	}

	/** The list asked for after the counts; a list that cannot come is said, the counts stay. */
	async #later(rest: () => Promise<Problem[]>): Promise<Problem[]> {
		try {
			this.all = await rest();
		} catch (e) {
			const why = e instanceof Error ? e.message : String(e);
			this.notice = [
				this.notice,
				`La liste des problématiques n’a pas pu être lue (${why}) ; les comptes restent justes.`
			]
				.filter(Boolean)
				.join(' ');
		}
		return this.all;
	}

	async #load(engine: Engine): Promise<void> {
		this.status = 'loading';
		try {
			const { problems, example, taxonomy, notice, rest } = await this.#loader(engine);
			this.notice = notice;
			this.all = problems;
			this.example = example;
			this.taxonomy = taxonomy;
			this.status = 'ready';
			this.#all = Promise.resolve(problems);
			this.#rest = rest ?? null;
			// After the counts' path: a label, not a count the pages wait for.
			if (example) this.fictionalStored = 0;
			else void this.#countFictional(engine);
		} catch (e) {
			this.status = 'failed';
			this.message = `Les problématiques des ateliers n’ont pas pu être chargées (${e instanceof Error ? e.message : String(e)}).`;
		}
	}

	/** How many stored problems are marked « exemple fictif » (the engine's table says). */
	async #countFictional(engine: Engine): Promise<void> {
		try {
			const [row] = await engine.query(FICTIONAL_COUNT_SQL);
			this.fictionalStored = Number(row?.n ?? 0);
		} catch {
			// No table yet (nothing stored): nothing fictional either.
		}
	}
}
