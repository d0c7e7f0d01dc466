/**
 * State of the "expressed vs measured" page: indicator values (snapshot), problem intensities
 * (DuckDB over the workshop problems), their crossing, and the bivariate map.
 */
import { getDuckDB } from '$lib/data/duckdb';
import { basePath, dataUrl, loadAtlasData, type AtlasData } from '$lib/data/static-data';
import type { Indicator } from '$lib/indicators/types';
import { MapContext } from '$lib/map/map-context';
import { ProblemsState } from '$lib/state/problems.svelte';
import { bivariateColour } from './palette';
import { crossNeeds, type Crossing, type Thresholds } from './quadrants';

export class CrossingPage {
	data = $state.raw<AtlasData | null>(null);
	error = $state<string | null>(null);
	indicatorId = $state('');
	rows = $state.raw<Crossing[]>([]);
	thresholds = $state.raw<Thresholds>({ needCuts: null, intensityCut: null });
	mapState = $state<'loading' | 'ready'>('loading');
	readonly problems = new ProblemsState();
	private ctx: MapContext | null = null;

	constructor(readonly indicators: Indicator[]) {
		this.indicatorId = indicators.find((i) => i.polarity !== 0)?.id ?? indicators[0]!.id;
	}

	get indicator(): Indicator | undefined {
		return this.indicators.find((i) => i.id === this.indicatorId);
	}

	/** Loads data, map and DuckDB; problem counts need the engine. */
	async start(container: HTMLElement): Promise<void> {
		try {
			const data = await loadAtlasData();
			this.data = data;
			this.ctx = await MapContext.create(
				container,
				dataUrl('communes.geojson'),
				data.outline,
				'IGN, INSEE, ateliers CTG'
			);
			const engine = await getDuckDB(basePath());
			await this.problems.load(engine);
			await this.update();
		} catch (e) {
			this.error = `Le croisement n'est pas disponible : ${e instanceof Error ? e.message : String(e)}`;
		}
	}

	/** Recomputes the crossing (after a change of indicator or of problem filters). */
	async update(recount = false): Promise<void> {
		const ind = this.indicator;
		const data = this.data;
		if (!ind || !data || !this.ctx || this.problems.status !== 'ready') return;
		if (recount) await this.problems.refresh();
		const values = data.snapshot.indicators[ind.id]?.values ?? {};
		const intensity: Record<string, number | null> = {};
		for (const [code, c] of Object.entries(this.problems.byCommune)) intensity[code] = c.intensity;
		const { rows, thresholds } = crossNeeds(
			data.territory.communes,
			values,
			intensity,
			ind.polarity
		);
		this.rows = rows;
		this.thresholds = thresholds;
		const states: Record<string, { fill: string | null; missing: boolean }> = {};
		for (const r of rows) {
			const fill = bivariateColour(r.need, r.expressed);
			states[r.code] = { fill, missing: fill === null };
		}
		await this.ctx.setChoropleth(states);
		this.mapState = 'ready';
	}

	destroy(): void {
		this.ctx?.destroy();
	}
}
