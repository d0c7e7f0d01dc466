/**
 * The comparison page's state: the view (communes, theme), the values and aggregates of every
 * indicator from the shared value provider, and the table lines built from them.
 */
import type { AppCore } from '$lib/core/app-core.svelte';
import { getJson, type AtlasData } from '$lib/data/static-data';
import {
	duckdbProvider,
	readIndicators,
	snapshotProvider,
	type Aggregates,
	type ValuesProvider
} from '$lib/data/values';
import type { IndicatorValues, Snapshot } from '$lib/indicators/types';
import { inThemeOrder } from '$lib/indicators/themes';
import type { UrlNote } from '$lib/view/codec';
import { ageSeries, loadAgeData, type AgeData } from './age-structure';
import { compareRows } from './compare-rows';
import { COMPARE_SNAPSHOT, compareFigureIndicators } from '$lib/indicators/catalogue-compare';
import { similarFor } from './similar';
import { loadTrendData, trendLines, type TrendData } from './trends';
import { ALL_THEMES, defaultCompareView, MAX_COMMUNES, type CompareView } from './view';

export class ComparePage {
	data = $state.raw<AtlasData | null>(null);
	view = $state<CompareView>(defaultCompareView());
	values = $state.raw<Record<string, IndicatorValues>>({});
	aggregates = $state.raw<Record<string, Aggregates>>({});
	notes = $state.raw<UrlNote[]>([]);
	error = $state<string | null>(null);
	ready = $state(false);
	/** The age bands and the trends (their snapshot, else DuckDB), or why not. */
	ages = $state.raw<AgeData | null>(null);
	trends = $state.raw<TrendData | null>(null);
	engineError = $state<string | null>(null);

	constructor(private readonly core: AppCore) {}

	get themes() {
		return this.core.catalogue.themes;
	}

	/** The indicators of the chosen theme (all of them for « tous »). */
	get indicators() {
		const all = this.core.catalogue.indicators;
		return this.view.theme === ALL_THEMES
			? inThemeOrder(all, this.themes)
			: all.filter((i) => i.theme === this.view.theme);
	}

	/** The chosen theme's entry (its notes and what open data cannot measure); null for « tous ». */
	get theme() {
		return this.themes.find((t) => t.id === this.view.theme) ?? null;
	}

	themeLabel(id: string): string {
		return this.core.catalogue.themeLabel(id);
	}

	rows = $derived.by(() =>
		this.data
			? compareRows(
					this.indicators,
					this.view.communes,
					this.data.territory.communes,
					this.values,
					this.aggregates
				)
			: []
	);

	/** The compared communes' age bands, then the Agglomération's. */
	ageSeries = $derived(
		this.ages && this.data
			? ageSeries(this.ages, this.view.communes, this.data.names, 'Agglomération')
			: null
	);

	/** The compared communes' population and NEET lines. */
	trendLines = $derived(
		this.trends && this.data
			? trendLines(this.trends, this.view.communes, this.data.names, 'Agglomération')
			: null
	);

	/** The closest communes of each compared one (« Communes similaires »). */
	similar = $derived(
		this.data ? similarFor(this.view.communes, this.data.territory.communes, this.values) : {}
	);

	/** Loads the data, reads the first view, then every indicator's values (same numbers as the map). */
	async start(initial: (data: AtlasData) => CompareView): Promise<void> {
		try {
			const data = await this.core.data();
			this.view = initial(data);
			const provider = snapshotProvider(data.snapshot);
			const all = this.core.catalogue.indicators;
			const { values, aggregates } = await readIndicators(provider, all);
			this.values = Object.fromEntries(all.map((i, k) => [i.id, values[k]!]));
			this.aggregates = Object.fromEntries(all.map((i, k) => [i.id, aggregates[k]!]));
			this.data = data;
			this.ready = true;
		} catch (e) {
			this.error = e instanceof Error ? e.message : String(e);
			return;
		}
		void this.loadFigures();
	}

	/** The age bands and the trends, from their snapshot (`catalogue-compare.ts`), after the table. */
	private async loadFigures(): Promise<void> {
		try {
			const provider = await this.figuresProvider();
			[this.ages, this.trends] = await Promise.all([
				loadAgeData(provider),
				loadTrendData(provider)
			]);
		} catch (e) {
			this.engineError = e instanceof Error ? e.message : String(e);
		}
	}

	/**
	 * Their snapshot, or the engine (the same SQL) when that file cannot be read or lacks one of
	 * them (a page newer than its data): never a figure shown « n.d. » for a missing entry.
	 */
	private async figuresProvider(): Promise<ValuesProvider> {
		try {
			const snapshot = await getJson<Snapshot>(COMPARE_SNAPSHOT);
			const absent = compareFigureIndicators.filter((i) => !snapshot.indicators?.[i.id]);
			if (absent.length) throw new Error(`sans ${absent.map((i) => i.id).join(', ')}`);
			return snapshotProvider(snapshot);
		} catch (e) {
			console.warn(`${COMPARE_SNAPSHOT} illisible, calcul par le moteur :`, e);
			return duckdbProvider(await this.core.engine());
		}
	}

	/** Adds `code`, or takes it out when it is already compared. */
	toggle(code: string): void {
		if (this.view.communes.includes(code)) this.remove(code);
		else this.add(code);
	}

	/** True when another commune can be added. */
	get canAdd(): boolean {
		return this.view.communes.length < MAX_COMMUNES;
	}

	add(code: string): void {
		if (!this.canAdd || this.view.communes.includes(code)) return;
		this.view = { ...this.view, communes: [...this.view.communes, code] };
	}

	remove(code: string): void {
		this.view = { ...this.view, communes: this.view.communes.filter((c) => c !== code) };
	}
}
