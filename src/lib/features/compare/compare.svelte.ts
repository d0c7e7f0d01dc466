/**
 * The comparison page's state: the view (communes, theme), the values and aggregates of every
 * indicator from the shared value provider, and the table lines built from them.
 */
import type { AppCore } from '$lib/core/app-core.svelte';
import type { AtlasData } from '$lib/data/static-data';
import { snapshotProvider, type Aggregates } from '$lib/data/values';
import type { IndicatorValues } from '$lib/indicators/types';
import type { UrlNote } from '$lib/view/codec';
import { compareRows } from './compare-rows';
import { ALL_THEMES, defaultCompareView, MAX_COMMUNES, type CompareView } from './view';

export class ComparePage {
	data = $state.raw<AtlasData | null>(null);
	view = $state<CompareView>(defaultCompareView());
	values = $state.raw<Record<string, IndicatorValues>>({});
	aggregates = $state.raw<Record<string, Aggregates>>({});
	notes = $state.raw<UrlNote[]>([]);
	error = $state<string | null>(null);
	ready = $state(false);

	constructor(private readonly core: AppCore) {}

	get themes() {
		return this.core.catalogue.themes;
	}

	/** The indicators of the chosen theme (all of them for « tous »). */
	get indicators() {
		const all = this.core.catalogue.indicators;
		return this.view.theme === ALL_THEMES ? all : all.filter((i) => i.theme === this.view.theme);
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

	/** Loads the data, reads the first view, then every indicator's values (same numbers as the map). */
	async start(initial: (data: AtlasData) => CompareView): Promise<void> {
		try {
			const data = await this.core.data();
			this.view = initial(data);
			const provider = snapshotProvider(data.snapshot);
			const all = this.core.catalogue.indicators;
			const [vals, aggs] = await Promise.all([
				Promise.all(all.map((i) => provider.communeValues(i))),
				Promise.all(all.map((i) => provider.aggregates(i)))
			]);
			this.values = Object.fromEntries(all.map((i, k) => [i.id, vals[k]!]));
			this.aggregates = Object.fromEntries(all.map((i, k) => [i.id, aggs[k]!]));
			this.data = data;
			this.ready = true;
		} catch (e) {
			this.error = e instanceof Error ? e.message : String(e);
		}
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
