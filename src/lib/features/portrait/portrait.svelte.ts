/**
 * The portrait's browser part: what the workshops raised for the commune (the core's problems
 * store, counted in DuckDB) and where it sits in each theme's needs index and clusters (the
 * /concentrations computation, in the analysis worker). The key indicators and the map are in
 * the prerendered HTML already.
 */
import { AnalysisClient } from '$lib/analysis/client';
import type { AppCore } from '$lib/core/app-core.svelte';
import { ProblemsState } from '$lib/core/problems.svelte';
import { engineFailed, PROBLEMS_WITHOUT_ENGINE } from '$lib/core/engine-failure';
import type { Engine } from '$lib/data/duckdb';
import type { Problem } from '$lib/features/workshops/model';
import { rareCommunes, smallCommunes, toAnalysisValues } from '$lib/features/concentrations/inputs';
import { themeIndex } from '$lib/features/concentrations/build-index';
import { runStats } from '$lib/features/concentrations/run-stats';
import {
	territoryCollection,
	territoryWeights
} from '$lib/features/concentrations/territory-weights';
import type { ThemeId } from '$lib/indicators/types';
import { portraitRows, type PortraitRow } from './portrait-data';
import {
	clusterPosition,
	indexPosition,
	type ClusterPosition,
	type IndexPosition
} from './needs-position';

/** One theme's line in « Où se situe la commune ». */
export interface ThemePosition {
	theme: ThemeId;
	label: string;
	components: string[];
	position: IndexPosition;
	/** Components whose value rests on a tiny denominator in this commune (`reliability.ts`). */
	small: string[];
	/** Components whose birth rate rests on fewer than 20 births here (« peu de naissances »). */
	rare: string[];
	/** Null while the worker computes, or when the index could not be analysed. */
	cluster: ClusterPosition | null;
}

export class PortraitClient {
	readonly problems: ProblemsState;
	communeProblems = $state.raw<Problem[]>([]);
	positions = $state.raw<ThemePosition[] | null>(null);
	/** Lines of the indicators the user imported (not in the prerendered HTML). */
	userRows = $state.raw<PortraitRow[]>([]);
	/** 'ready' once every theme's clusters are computed. */
	clusters = $state<'loading' | 'ready' | 'failed'>('loading');
	error = $state<string | null>(null);
	alpha = 0.05;
	permutations = 999;
	readonly #client = new AnalysisClient();

	constructor(
		private readonly core: AppCore,
		readonly code: string
	) {
		this.problems = new ProblemsState(core.problems);
	}

	/** Loads the needs positions first (no engine needed), then the workshop problems. */
	async start(): Promise<void> {
		await Promise.all([this.#positions(), this.#problems(), this.#userRows()]);
	}

	/** The imported indicators' lines, computed like the prerendered ones (`portraitRows`). */
	async #userRows(): Promise<void> {
		const data = await this.core.data().catch(() => null);
		const own = this.core.catalogue.indicators.filter((i) => i.userProvided);
		if (!data || !own.length) return;
		this.userRows = await portraitRows(this.code, own, data.territory.communes, data.snapshot);
	}

	async #positions(): Promise<void> {
		try {
			const data = await this.core.data();
			const codes = data.territory.communes;
			const catalogue = this.core.catalogue.indicators;
			const label = (id: string) => catalogue.find((i) => i.id === id)?.label ?? id;
			const themes = this.core.catalogue.themes.map((t) => ({
				t,
				...themeIndex(t.id, catalogue, data.snapshot, codes)
			}));
			const usable = themes.filter((x) => x.result !== null);
			// The flags of /concentrations, for this commune alone.
			const small = (id: string) => smallCommunes(data.snapshot, [id], [this.code])[0]!;
			const rare = (id: string) =>
				rareCommunes(
					data.snapshot,
					catalogue.filter((i) => i.id === id),
					[this.code]
				)[0]!;
			this.positions = usable.map(({ t, settings, result }) => ({
				theme: t.id,
				label: t.label,
				components: settings.choices.map((c) => label(c.id)),
				position: indexPosition(result!, codes, this.code),
				small: settings.choices.filter((c) => small(c.id)).map((c) => label(c.id)),
				rare: settings.choices.filter((c) => rare(c.id)).map((c) => label(c.id)),
				cluster: null
			}));
			const weights = territoryWeights(territoryCollection(data.communes, codes), 'queen', 5);
			const out: ThemePosition[] = [];
			for (const [k, { result, settings }] of usable.entries()) {
				const run = await runStats(this.#client, {
					values: toAnalysisValues(result!.index),
					weights,
					permutations: settings.permutations,
					seed: settings.seed
				});
				this.permutations = run.lisa.permutations;
				out.push({
					...this.positions[k]!,
					cluster: clusterPosition(run.lisa, codes, this.code, settings.alpha)
				});
			}
			this.positions = out;
			this.clusters = 'ready';
		} catch (e) {
			this.clusters = 'failed';
			this.error = e instanceof Error ? e.message : String(e);
		}
	}

	async #problems(): Promise<void> {
		let engine: Engine;
		try {
			engine = await this.core.engine();
		} catch (e) {
			this.problems.status = 'failed';
			this.problems.message = `${engineFailed(e)} ${PROBLEMS_WITHOUT_ENGINE}`;
			return;
		}
		try {
			await this.problems.load(engine);
			this.communeProblems = await this.problems.forCommune(this.code);
		} catch (e) {
			this.problems.status = 'failed';
			this.problems.message = e instanceof Error ? e.message : String(e);
		}
	}

	/** Stops the worker. */
	destroy(): void {
		this.#client.dispose();
	}
}
