/**
 * State of the "expressed vs measured" page: indicator values (through the data layer), problem
 * intensities (DuckDB over the workshop problems), their crossing, and the bivariate map.
 * Communes whose rate rests on a tiny denominator stay flagged, and can be left out.
 */
import type { AppCore } from '$lib/core/app-core.svelte';
import { type AtlasData } from '$lib/data/static-data';
import { duckdbProvider, snapshotProvider, type ValuesProvider } from '$lib/data/values';
import { rareEventCodes, smallDenominatorCodes } from '$lib/indicators/reliability';
import type { Indicator, IndicatorValues } from '$lib/indicators/types';
import type { CommuneState } from '$lib/map/feature-states';
import type { MapContext } from '$lib/map/map-context';
import { ProblemsState } from '$lib/core/problems.svelte';
import { countedStatuses } from '$lib/sql/problems';
import type { CroisementsView } from './view';
import { crossingStates } from './map-model';
import { crossNeeds, cutsTied, type Crossing, type Thresholds } from './quadrants';

/** What the map's attribution control says on this page. */
export const CROSSING_ATTRIBUTION = 'IGN, INSEE, ateliers CTG';

/** The page state (see the module comment). */
export class CrossingPage {
	data = $state.raw<AtlasData | null>(null);
	error = $state<string | null>(null);
	indicatorId = $state('');
	rows = $state.raw<Crossing[]>([]);
	/** The indicator's values, counts and reasons (for the flags and the lists). */
	values = $state.raw<IndicatorValues>({ values: {}, counts: {}, missing: {} });
	/**
	 * Leave out communes whose rate rests on a tiny denominator, and for a birth rate those on
	 * fewer than 20 births (`fragile`).
	 */
	hideSmall = $state(false);
	/** Territory communes flagged « petit effectif » for the current indicator. */
	small = $state.raw<string[]>([]);
	/** Communes whose birth rate rests on fewer than 20 births (`rareEventCodes`): hollow too. */
	rare = $state.raw<string[]>([]);
	/** The communes « Écarter » leaves out: `small`, and `rare` for a birth rate. */
	fragile = $derived([...this.small, ...this.rare.filter((c) => !this.small.includes(c))]);
	thresholds = $state.raw<Thresholds>({ needCuts: null, intensityCut: null });
	/**
	 * Both need cuts are one value (more than a third of the communes share it: no EAJE, no
	 * QPV): two groups, no median one. The page and its key say so.
	 */
	tiedCuts = $derived(cutsTied(this.thresholds));
	mapState = $state<'loading' | 'ready'>('loading');
	/** The bivariate colours of the current crossing (MapLibre and the SVG map paint these). */
	states = $state.raw<Record<string, CommuneState> | null>(null);
	readonly problems: ProblemsState;
	private ctx: MapContext | null = null;
	/** The snapshot until the engine has started, then DuckDB, as on the map page. */
	private provider: ValuesProvider | null = null;

	constructor(private readonly core: AppCore) {
		this.problems = new ProblemsState(core.problems);
		const indicators = this.indicators;
		this.indicatorId = indicators.find((i) => i.polarity !== 0)?.id ?? indicators[0]!.id;
	}

	/** Indicators with a direction of need, from the catalogue registry. */
	get indicators(): Indicator[] {
		return this.core.catalogue.indicators.filter((i) => i.polarity !== 0);
	}

	get indicator(): Indicator | undefined {
		return this.indicators.find((i) => i.id === this.indicatorId);
	}

	/** The page's view as plain data (what its URL keeps). */
	get view(): CroisementsView {
		return {
			indicator: this.indicatorId,
			workshopTheme: this.problems.filters.themes?.[0] ?? null,
			statuses: [...countedStatuses(this.problems.filters)],
			hideSmall: this.hideSmall
		};
	}

	/** Shows a view (from a link, or back and forward): recounts the problems if needed. */
	applyView(v: CroisementsView): void {
		this.indicatorId = v.indicator;
		this.hideSmall = v.hideSmall;
		const themes = v.workshopTheme ? [v.workshopTheme] : [];
		this.problems.filters = { ...this.problems.filters, themes, statuses: [...v.statuses] };
		if (this.problems.status === 'ready') this.dropUnknownTheme();
		void this.update(true);
	}

	/** Receives the map from the page's MapRoot, once created, and paints the crossing. */
	attachMap(ctx: MapContext): void {
		this.ctx = ctx;
		void this.paint();
	}

	/** A workshop theme named by a link but unknown in this browser (then not applied). */
	unknownTheme = $state.raw<{ id: string } | null>(null);

	/**
	 * A link may name a theme added in another browser (`x_…`, accepted before this browser's
	 * themes are read): unknown here, it would count nothing and show every commune as « aucune
	 * mention ». Every theme is counted instead, and `unknownTheme` says which was left out.
	 * True when the filter was changed.
	 */
	private dropUnknownTheme(): boolean {
		const theme = this.problems.filters.themes?.[0];
		if (!theme || this.problems.taxonomy.themes.some((t) => t.id === theme)) return false;
		this.unknownTheme = { id: theme };
		this.problems.filters = { ...this.problems.filters, themes: [] };
		return true;
	}

	/** Theme ids a link may name for the workshops' filter. */
	get themeIds(): string[] {
		return this.core.catalogue.themes.map((t) => t.id);
	}

	/** Where the indicator values come from: 'snapshot', then 'duckdb' once the engine runs. */
	get valuesEngine(): ValuesProvider['engine'] | null {
		return this.provider?.engine ?? null;
	}

	/** Loads data and DuckDB; problem counts need the engine. */
	async start(): Promise<void> {
		// The problems are read from the store while the data loads and the engine starts.
		this.problems.prefetch();
		// The engine starts with them, not after the data (the counts wait on the engine).
		const starting = this.core.engine();
		starting.catch(() => {}); // heard below
		try {
			const data = await this.core.data();
			this.data = data;
			this.provider = snapshotProvider(data.snapshot);
			const engine = await starting;
			this.provider = duckdbProvider(engine);
			await this.problems.load(engine);
			await this.update(this.dropUnknownTheme());
		} catch (e) {
			this.error = `Le croisement n’est pas disponible : ${e instanceof Error ? e.message : String(e)}`;
		}
	}

	/** Recomputes the crossing (after a change of indicator or of problem filters). */
	async update(recount = false): Promise<void> {
		const ind = this.indicator;
		const data = this.data;
		const provider = this.provider;
		if (!ind || !data || !provider || this.problems.status !== 'ready') return;
		if (recount) await this.problems.refresh();
		const values = await provider.communeValues(ind);
		const intensity: Record<string, number | null> = {};
		for (const [code, c] of Object.entries(this.problems.byCommune)) intensity[code] = c.intensity;
		const small = smallDenominatorCodes(values, data.territory.communes);
		const rare = rareEventCodes(ind, values, data.territory.communes);
		const hidden = this.hideSmall ? [...small, ...rare] : [];
		const { rows, thresholds } = crossNeeds(
			data.territory.communes.filter((c) => !hidden.includes(c)),
			values.values,
			intensity,
			ind.polarity
		);
		this.values = values;
		this.small = small;
		this.rare = rare;
		this.rows = rows;
		this.thresholds = thresholds;
		// Computed without waiting for MapLibre: the SVG map paints these colours first.
		this.states = crossingStates(rows, hidden);
		await this.paint();
	}

	/** Paints the current colours on MapLibre's map, once both exist. */
	private async paint(): Promise<void> {
		const states = this.states;
		if (!this.ctx || !states) return;
		await this.ctx.setChoropleth(states);
		if (states === this.states) this.mapState = 'ready';
	}

	/** Forgets the map (its MapRoot removes it). */
	destroy(): void {
		this.ctx = null;
	}
}
