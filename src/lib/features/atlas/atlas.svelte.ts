/**
 * The map page's state and its sequence: paint from the snapshot, then start DuckDB and let it
 * answer the queries. Components read this object; only it talks to the map and the engine.
 */
import { smoothIndicator } from '$lib/analysis/indicator-smoothing';
import { methodText } from '$lib/analysis/breaks';
import { rankOf, type Rank } from '$lib/analysis/rank';
import { type AtlasData } from '$lib/data/static-data';
import type { AppCore } from '$lib/core/app-core.svelte';
import {
	duckdbProvider,
	snapshotProvider,
	type Aggregates,
	type ValuesProvider
} from '$lib/data/values';
import type { Indicator, IndicatorValues, ThemeId, ValueDetail } from '$lib/indicators/types';
import { blankStates } from '$lib/map/expressions';
import type { MapContext } from '$lib/map/map-context';
import { CHOROPLETH_LIVE } from '$lib/map/early-map';
import { problemPoints } from '$lib/map/problem-circles';
import { BLANK_FILL } from '$lib/map/palette';
import { buildChoropleth, type Choropleth } from './choropleth';
import { ProblemsState } from '$lib/core/problems.svelte';
import { engineFailed, PROBLEMS_WITHOUT_ENGINE } from '$lib/core/engine-failure';
import type { Problem } from '$lib/features/workshops/model';
import { defaultCarteView, type CarteView } from './view';
import { rareEventCodes, smallDenominatorCodes } from '$lib/indicators/reliability';
import { filtersText, type CirclesNote } from './print-note';

/** The longest MapLibre waits for the counts a URL puts first (`Atlas.countsFirst`), in ms. */
export const COUNTS_FIRST_WAIT_MS = 4000;

/** State of the query engine, shown to the user. */
export type EngineState = 'snapshot' | 'starting' | 'ready' | 'failed';

/** What the map page's attribution control says. */
export const ATTRIBUTION =
	'Contours : IGN Admin Express 2018 simplifiés · Données : INSEE, MENJ, DILA, ANCT, SNCF (voir Sources)';

/** EB-smoothed values by commune code, or null when the indicator is not a rate of counts. */
function smoothedByCode(
	ind: Indicator,
	values: IndicatorValues,
	codes: readonly string[]
): Record<string, number | null> | null {
	const s = smoothIndicator(ind, values, codes);
	return s ? Object.fromEntries(codes.map((c, i) => [c, s.values[i] ?? null])) : null;
}

export class Atlas {
	data = $state.raw<AtlasData | null>(null);
	error = $state<string | null>(null);
	view = $state<CarteView>(defaultCarteView(''));
	/** Theme picked in the indicator picker; null follows the indicator's own theme. */
	theme = $state<ThemeId | null>(null);
	/** The current indicator's values, counts and missing reasons. */
	values = $state.raw<IndicatorValues>({ values: {}, counts: {}, missing: {} });
	/** Empirical-Bayes smoothed values, when the view asks for them and the indicator allows. */
	smoothed = $state.raw<Record<string, number | null> | null>(null);
	choropleth = $state.raw<Choropleth | null>(null);
	aggregates = $state.raw<Record<string, Aggregates>>({});
	profile = $state.raw<Record<string, ValueDetail>>({});
	/** The selected commune's rank among the territory's communes, per indicator (null: n.d.). */
	ranks = $state.raw<Record<string, Rank | null>>({});
	/** 'loading' until the choropleth is painted (testing contract of the map container). */
	mapState = $state<'loading' | 'ready'>('loading');
	engine = $state<EngineState>('snapshot');
	engineMessage = $state('');
	hover = $state<{ code: string; x: number; y: number } | null>(null);
	/** The map's optional layers (chosen in the sidebar, drawn by MapLibre). */
	layers = $state({ labels: false, services: false });
	/** Workshop problems (loaded into DuckDB once it has started). */
	readonly problems: ProblemsState;
	/**
	 * Problems of the selected commune, null while they are being read (for it, or with new
	 * filters): the panel then says so, never « (0) » nor another commune's list.
	 */
	communeProblems = $state.raw<Problem[] | null>([]);
	/** Number of choropleths painted so far (the benchmark waits on it). */
	paints = $state(0);
	/**
	 * The URL asked for the problems: their counts come first, and MapLibre is created once they
	 * are shown (on 2 cores, its first frames held the counts by about 0.5 s). The SVG map is the
	 * map until then, with hover, click and the circles.
	 */
	countsFirst = $state(false);
	#waitedEnough = $state(false);
	#waitTimer: ReturnType<typeof setTimeout> | undefined;
	/** Problem circles to draw (the page shows them when the view asks for them). */
	problemSymbols = $state.raw<ReturnType<typeof problemPoints> | null>(null);

	private ctx: MapContext | null = null;
	#mapReady: (ctx: MapContext | null) => void = () => undefined;
	#map = new Promise<MapContext | null>((resolve) => (this.#mapReady = resolve));
	private provider: ValuesProvider | null = null;
	private token = 0;
	/** What the last refresh painted, and its number (see `refresh`). */
	#painted = '';
	#paintedToken = -1;

	constructor(private readonly core: AppCore) {
		this.problems = new ProblemsState(core.problems);
	}

	/** Every indicator of the catalogue registry (built-in and added at run time). */
	get indicators(): Indicator[] {
		return this.core.catalogue.indicators;
	}

	get indicator(): Indicator | undefined {
		return this.indicators.find((i) => i.id === this.view.indicator);
	}

	/** The picked theme if it has no indicator (« Vie associative »): the map then shows none. */
	get gapTheme(): ThemeId | null {
		const t = this.theme;
		return t && !this.indicators.some((i) => i.theme === t) ? t : null;
	}

	/** Communes of the map whose value rests on a tiny denominator (outlined in dashes): the
	 * legend and the printed and exported maps say how many, from the choropleth's one list. */
	get smallCount(): number {
		return this.choropleth?.small.length ?? 0;
	}

	/** Communes of the map whose birth rate rests on fewer than 20 births (`rareEventCodes`). */
	get rareCount(): number {
		const [ind, v, data] = [this.indicator, this.values, this.data];
		return ind && v && data ? rareEventCodes(ind, v, data.territory.communes).length : 0;
	}

	/**
	 * What the legends and the printed and exported map say of the workshops' circles, when the
	 * view shows them: one computation for the screen's legends and the paper's note.
	 */
	get circlesNote(): CirclesNote | null {
		if (!this.view.problems) return null;
		const points = this.problemSymbols?.points.features ?? null;
		// The heaviest commune, the first in the communes' order among equals (as svgCircles,
		// which draws it first).
		const largest = (points ?? []).reduce<{ name: string; weight: number } | null>(
			(best, f) => (!best || f.properties.weight > best.weight ? f.properties : best),
			null
		);
		const p = this.problems;
		return {
			communes: points?.length ?? null,
			failed: p.status === 'failed',
			largest: largest && { name: largest.name, weight: largest.weight },
			whole: p.whole.problems,
			example: p.example,
			fictionalStored: p.fictionalStored,
			filters: p.counted ? filtersText(p.counted, p.taxonomy) : ''
		};
	}

	get methodLabel(): string {
		// From the map drawn, not the view asked: no false « 5 classes au lieu de 7 » meanwhile.
		const ch = this.choropleth;
		return ch ? methodText(ch.method, ch.asked, ch.breaks) : methodText(this.view.method, 0, []);
	}

	/** Whether the page may create MapLibre now (see `countsFirst`). */
	get mapWanted(): boolean {
		const counted = this.problems.status === 'ready' || this.problems.status === 'failed';
		// Problems hidden meanwhile (once the URL's view is decoded): nothing to put first any more.
		const hidden = this.data !== null && !this.view.problems;
		return !this.countsFirst || counted || this.#waitedEnough || hidden;
	}

	/** Receives the map from the page's MapRoot, once created; null when MapLibre cannot start. */
	attachMap(ctx: MapContext | null): void {
		this.#mapReady(ctx);
	}

	/**
	 * Loads the data, paints the first choropleth on the SVG map, waits for MapLibre and paints it
	 * there; then starts DuckDB. When the URL asks for the problems (`problemsAsked`, read from
	 * `?problemes=1` before the data), DuckDB and the store's reading start at once: the counts
	 * wait on both, the SVG map on neither, and MapLibre on the counts (`mapWanted`).
	 */
	async start(initial: (data: AtlasData) => CarteView, problemsAsked = false): Promise<void> {
		try {
			performance.mark('atlas:start');
			if (problemsAsked) {
				this.countsFirst = true;
				// Counts that take longer (a slow machine, a store read in full) do not hold the map.
				this.#waitTimer = setTimeout(() => (this.#waitedEnough = true), COUNTS_FIRST_WAIT_MS);
				this.startEngine(true);
			}
			const data = await this.core.data();
			performance.mark('atlas:data');
			this.data = data;
			this.view = initial(data);
			// The engine cannot be there yet (it takes seconds); should it be, its values stay.
			if (this.engine !== 'ready') this.provider = snapshotProvider(data.snapshot);
			// A view with the problems whose URL was not read ahead (a caller without the hint).
			if (this.view.problems && this.engine === 'snapshot') this.startEngine(true);
			// The view's colours for the SVG map, before MapLibre is there.
			await this.refresh();
			this.ctx = await this.#map;
			performance.mark('atlas:style');
			this.ctx?.listen({
				onHover: (code, x, y) => (this.hover = code ? { code, x, y } : null),
				onSelect: (code) =>
					this.select(code && data.territory.communes.includes(code) ? code : null)
			});
			await this.refresh();
			this.mapState = 'ready';
			performance.mark('atlas:choropleth-ready');
			// MapLibre's choropleth on screen (the benchmark's `map_interactive_ms`), unless the map
			// started from the HTML was shown before the page started (early-map.ts).
			if (!performance.getEntriesByName(CHOROPLETH_LIVE).length) performance.mark(CHOROPLETH_LIVE);
			if (this.engine === 'snapshot') this.startEngine();
		} catch (e) {
			this.error = e instanceof Error ? e.message : String(e);
		}
	}

	/**
	 * Recomputes values, choropleth and the selected commune's profile for the current view. A
	 * call for what is already painted (same view, same source of values, same renderer) does
	 * nothing: the page's effect asks again once the map is ready, right after `start` painted it.
	 */
	async refresh(): Promise<void> {
		const ind = this.indicator;
		const data = this.data;
		if (!ind || !data || !this.provider) return;
		const v = this.view;
		const key = [
			ind.id,
			v.method,
			v.classes,
			v.smooth,
			this.gapTheme,
			this.provider.engine,
			!!this.ctx
		];
		// Only when no other refresh began since that paint: one still running may paint after.
		if (key.join('|') === this.#painted && this.#paintedToken === this.token) return;
		const token = ++this.token;
		if (this.gapTheme) {
			this.choropleth = null;
			await this.ctx?.setChoropleth(blankStates(data.territory.communes, BLANK_FILL));
			[this.#painted, this.#paintedToken] = [key.join('|'), token];
			this.paints++;
			return this.loadProfile();
		}
		const values = await this.provider.communeValues(ind);
		if (token !== this.token) return;
		const smoothed = this.view.smooth ? smoothedByCode(ind, values, data.territory.communes) : null;
		const ch = buildChoropleth(
			ind,
			smoothed ?? values.values,
			data.territory.communes,
			this.view.method,
			this.view.classes,
			smallDenominatorCodes(values, data.territory.communes)
		);
		this.values = values;
		this.smoothed = smoothed;
		this.choropleth = ch;
		await this.ctx?.setChoropleth(ch.states);
		[this.#painted, this.#paintedToken] = [key.join('|'), token];
		this.paints++;
		await this.loadProfile();
	}

	/**
	 * Opens (or closes, with null) the commune panel. The hover tooltip goes: the panel resizes the
	 * map, and a pointer left still would keep it where the map was, over the panel.
	 */
	async select(code: string | null): Promise<void> {
		this.hover = null;
		this.view = { ...this.view, commune: code };
		await this.loadProfile();
	}

	/**
	 * Redraws the problem symbols (after a filter change or when the layer is toggled): both
	 * renderers draw them, MapLibre once it is there, the SVG map before and without it.
	 */
	async updateProblems(recount: boolean): Promise<void> {
		if (!this.data || this.problems.status !== 'ready') return;
		if (recount) await this.problems.refresh();
		this.problemSymbols = problemPoints(this.data.communes, this.problems.byCommune);
		await this.loadCommuneProblems();
	}

	#listToken = 0;
	private async loadCommuneProblems(): Promise<void> {
		const code = this.view.commune;
		const token = ++this.#listToken;
		if (code) this.communeProblems = null;
		// Not counted yet: unknown, not « none » (read again once they are, `updateProblems`).
		if (code && this.problems.status !== 'ready') return;
		const list = code ? await this.problems.forCommune(code) : [];
		// A list asked for since (another commune, new filters) wins, whichever answers first.
		if (token === this.#listToken) this.communeProblems = list;
	}

	private async loadProfile(): Promise<void> {
		const code = this.view.commune;
		void this.loadCommuneProblems();
		if (!code || !this.provider) return;
		const provider = this.provider;
		const [profile, aggs, all] = await Promise.all([
			provider.profile(this.indicators, code),
			Promise.all(this.indicators.map((i) => provider.aggregates(i))),
			Promise.all(this.indicators.map((i) => provider.communeValues(i)))
		]);
		const aggregates: Record<string, Aggregates> = {};
		const ranks: Record<string, Rank | null> = {};
		const communes = this.data?.territory.communes ?? [];
		this.indicators.forEach((i, k) => {
			aggregates[i.id] = aggs[k]!;
			ranks[i.id] = rankOf(all[k]!.values, communes, code, i.polarity);
		});
		this.profile = profile;
		this.aggregates = aggregates;
		this.ranks = ranks;
	}

	/**
	 * Starts DuckDB (after the first paint, or at once for the problems); on failure the snapshot
	 * keeps the page working. With `problemsFirst` (the URL asks for them), the problems are
	 * loaded and counted before the values are asked of DuckDB: until then the values are the
	 * snapshot's, the same numbers. Otherwise both go into the engine together.
	 */
	private startEngine(problemsFirst = false): void {
		this.engine = 'starting';
		// The problems are read from the store while the engine starts.
		this.problems.prefetch();
		this.core
			.engine()
			.then(async (engine) => {
				this.provider = duckdbProvider(engine);
				this.engine = 'ready';
				performance.mark('atlas:duckdb-ready');
				this.engineMessage = 'Chiffres calculés dans votre navigateur.';
				if (problemsFirst) {
					await this.problems.load(engine);
					await this.refresh();
				} else {
					// The problems' load mostly waits for the store's reading: the values come meanwhile.
					await Promise.all([this.refresh(), this.problems.load(engine)]);
				}
				await this.updateProblems(false);
			})
			.catch((e: unknown) => {
				this.engine = 'failed';
				this.engineMessage = `${engineFailed(e)} La carte et les fiches communes restent disponibles, avec les chiffres calculés à l’avance ; les croisements et le comptage des problématiques ne le sont pas. La saisie et l’import dans « Ateliers » fonctionnent.`;
				// The problems box would otherwise say « Chargement… » for ever.
				this.problems.status = 'failed';
				this.problems.message = PROBLEMS_WITHOUT_ENGINE;
			});
	}

	/** Forgets the map (its MapRoot removes it). */
	destroy(): void {
		clearTimeout(this.#waitTimer);
		this.ctx = null;
	}
}
