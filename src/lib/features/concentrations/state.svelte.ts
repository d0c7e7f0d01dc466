/**
 * State of the concentrations page: settings, the needs index, the analysed variable, worker
 * results and the one shared map. Components read it; only it talks to the map and the worker.
 */
import { untrack } from 'svelte';
import { AnalysisClient } from '$lib/analysis/client';
import type { LisaResult } from '$lib/analysis/lisa';
import type { AppCore } from '$lib/core/app-core.svelte';
import { indicators as builtInIndicators } from '$lib/indicators/catalogue';
import { type AtlasData } from '$lib/data/static-data';
import type { Indicator } from '$lib/indicators/types';
import { smallFlagRule } from '$lib/indicators/reliability';
import type { CommuneState } from '$lib/map/feature-states';
import type { MapContext } from '$lib/map/map-context';
import { ProblemsState } from '$lib/core/problems.svelte';
import { buildIndex } from './build-index';
import { rareCommunes, smallCommunes, toAnalysisValues } from './inputs';
import { viewClasses, viewStates } from './map-view';
import {
	keepStats,
	keptStats,
	runStabilityLisas,
	runStats,
	stabilityOf,
	type StatsInput,
	type StatsRun
} from './run-stats';
import { defaultSettings, type Settings } from './settings';
import { correctedClusters, correctedHotSpots, encodeClasses } from './significance';
import { neighbourCodes, territoryCollection, territoryWeights } from './territory-weights';
import { buildVariable } from './variable';
import { syncWorkshops, workshopView } from './workshop-counts';
import { settle } from '$lib/core/settle';

/** The page state (see the module comment). */
export class Concentrations {
	data = $state.raw<AtlasData | null>(null);
	error = $state<string | null>(null);
	// Built-in indicators only exist when the page opens: the default settings come from them.
	settings = $state<Settings>(defaultSettings(builtInIndicators, 'petite_enfance'));
	/** Workshop problems, counted in DuckDB by the map's SQL (loaded once the weight is > 0). */
	readonly workshops: ProblemsState;
	run = $state.raw<StatsRun | null>(null);
	stabilityRuns = $state.raw<LisaResult[] | null>(null);
	/** 'loading' until the current view is painted with the current results (testing contract). */
	mapState = $state<'loading' | 'ready'>('loading');
	/** Classes encoded at the last LISA-bearing paint, and the seed they came from. */
	painted = $state<{ clusters: string; seed: number | null }>({ clusters: '', seed: null });
	selected = $state<string | null>(null);
	hover = $state<{ code: string; x: number; y: number } | null>(null);
	mapReady = $state(false);

	readonly client = new AnalysisClient();
	#ctx: MapContext | null = null;

	constructor(private readonly core: AppCore) {
		this.workshops = new ProblemsState(core.problems);
	}

	/** Every indicator of the catalogue registry. */
	get catalogue(): Indicator[] {
		return this.core.catalogue.indicators;
	}
	#token = 0;
	#paintToken = 0;
	/** Token of the computation whose results are in `run`. */
	#runToken = -1;
	#fail = (e: unknown) => (this.error = e instanceof Error ? e.message : String(e));

	codes = $derived(this.data?.territory.communes ?? []);
	names = $derived(this.data?.names ?? {});
	/** The workshop component: its SQL filters, its values (null until counted), its state. */
	workshop = $derived.by(() => workshopView(this.settings, this.workshops, this.codes));
	index = $derived(
		this.data
			? buildIndex(
					this.settings,
					this.catalogue,
					this.data.snapshot,
					this.codes,
					this.workshop.values
				)
			: { result: null, error: null }
	);
	variable = $derived.by(() =>
		this.data
			? buildVariable({
					...this.settings,
					catalogue: this.catalogue,
					snapshot: this.data.snapshot,
					codes: this.codes,
					index: this.index.result
				})
			: null
	);
	weights = $derived(
		this.data
			? territoryWeights(
					territoryCollection(this.data.communes, this.codes),
					this.settings.weightsKind,
					this.settings.k
				)
			: null
	);
	clusters = $derived(
		this.run
			? correctedClusters(this.run.lisa, this.settings.alpha, this.settings.correction)
			: null
	);
	hotSpots = $derived(
		this.run ? correctedHotSpots(this.run.gi, this.settings.alpha, this.settings.correction) : null
	);
	stability = $derived(
		this.stabilityRuns
			? stabilityOf(this.stabilityRuns, this.settings.alpha, this.settings.correction)
			: null
	);
	/** The indicators behind the analysed variable: the index's weighted components, or one. */
	analysedIndicators = $derived(
		this.settings.variable === 'index'
			? this.settings.choices.filter((c) => c.weight > 0).map((c) => c.id)
			: [this.settings.variable]
	);
	/** What « petit effectif » means for the analysed indicators, in one clause. */
	smallRule = $derived(
		smallFlagRule(this.catalogue.filter((i) => this.analysedIndicators.includes(i.id)))
	);
	/** Communes whose analysed rate (or one index component) rests on a tiny denominator. */
	small = $derived(
		this.data ? smallCommunes(this.data.snapshot, this.analysedIndicators, this.codes) : []
	);
	/** Communes where an analysed birth rate rests on fewer than 20 births (« peu de naissances »). */
	rare = $derived(
		this.data
			? rareCommunes(
					this.data.snapshot,
					this.catalogue.filter((i) => this.analysedIndicators.includes(i.id)),
					this.codes
				)
			: []
	);
	viewClasses = $derived(
		viewClasses(this.settings.view, this.variable, this.run, this.clusters, this.hotSpots)
	);
	/** The current view's colours: MapLibre and the SVG map both paint these. */
	states = $derived(viewStates(this.codes, this.viewClasses));
	/** True from a computation's start until its results are in `run` (then `states` is current). */
	stale = $state(true);
	neighbours = $derived(
		this.selected && this.weights ? neighbourCodes(this.weights, this.selected) : []
	);

	/** Loads the data; warms the worker up meanwhile. */
	async start(): Promise<void> {
		void this.client.warmUp().catch(() => undefined);
		try {
			this.data = await this.core.data();
		} catch (e) {
			this.#fail(e);
		}
	}

	/** Receives the map from the page's MapRoot, once created (after the data). */
	attachMap(ctx: MapContext): void {
		this.#ctx = ctx;
		ctx.listen({
			onHover: (code, x, y) => (this.hover = code ? { code, x, y } : null),
			onSelect: (code) => this.select(code && this.codes.includes(code) ? code : null)
		});
		this.mapReady = true;
	}

	/** Registers the effects that recompute and repaint; call during component initialisation. */
	connect(): void {
		$effect(() => {
			const v = this.variable;
			const w = this.weights;
			const { permutations, seed } = this.settings;
			if (!v || !w) return;
			void this.compute({ values: toAnalysisValues(v.values), weights: w, permutations, seed });
		});
		$effect(() => {
			const { filters, status } = this.workshop;
			if (status !== 'off')
				untrack(() => syncWorkshops(this.workshops, filters, () => this.core.engine()));
		});
		$effect(() => {
			const states = this.states;
			if (!this.mapReady || !states) return;
			settle(
				this.paint(states, this.clusters, this.run?.lisa.seed ?? null),
				'La carte n’a pas pu être redessinée',
				this.#fail
			);
		});
	}

	/** Runs the statistics in the worker; stale answers are dropped. */
	async compute(input: StatsInput): Promise<void> {
		const token = ++this.#token;
		this.mapState = 'loading';
		this.stale = true;
		this.stabilityRuns = null;
		const kept = keptStats(input);
		if (kept) {
			this.#runToken = token;
			this.run = kept.run;
			this.stale = false;
			this.stabilityRuns = kept.stability;
			return;
		}
		try {
			const run = await runStats(this.client, input);
			if (token !== this.#token) return;
			this.#runToken = token;
			this.run = run;
			this.stale = false;
			const runs = await runStabilityLisas(this.client, input);
			keepStats(input, { run, stability: runs });
			if (token === this.#token) this.stabilityRuns = runs;
		} catch (e) {
			if (token === this.#token) this.#fail(e);
		}
	}

	private async paint(
		states: Record<string, CommuneState>,
		clusters: Uint8Array | null,
		seed: number | null
	): Promise<void> {
		if (!this.#ctx) return;
		const token = ++this.#paintToken;
		this.mapState = 'loading';
		await this.#ctx.setChoropleth(states);
		// Ready only when this paint is the latest and shows the latest computation.
		if (token !== this.#paintToken || this.#runToken !== this.#token) return;
		this.painted = { clusters: clusters ? encodeClasses(this.codes, clusters) : '', seed };
		this.mapState = 'ready';
	}

	/** Selects a territory commune (null closes the detail). */
	select(code: string | null): void {
		this.selected = code;
	}

	/** Stops the worker and forgets the map (its MapRoot removes it). */
	destroy(): void {
		this.client.dispose();
		this.#ctx = null;
	}
}
