/**
 * `Atlas.refresh` paints once per view: the page's effect asks again as soon as the map is
 * ready, right after `start` painted it, and that second paint (a MapLibre repaint, while DuckDB
 * compiles on the same two cores) is skipped. Another view, or another source of values, paints.
 */
import { describe, expect, it } from 'vitest';
import { AppCore } from '$lib/core/app-core.svelte';
import type { Engine } from '$lib/data/duckdb';
import type { AtlasData } from '$lib/data/static-data';
import type { IndicatorValues } from '$lib/indicators/types';
import type { MapContext } from '$lib/map/map-context';
import { Atlas } from './atlas.svelte';
import { defaultCarteView } from './view';

/** Ten communes with ten different values: 4 and 5 classes give different breaks. */
const CODES = Array.from({ length: 10 }, (_, i) => String(30001 + i));

function setUp() {
	const values: IndicatorValues = {
		values: Object.fromEntries(CODES.map((c, i) => [c, (i + 1) * 10])),
		counts: {},
		missing: {}
	};
	const core = new AppCore({
		data: async () =>
			({
				territory: { communes: CODES },
				snapshot: { indicators: new Proxy({}, { get: () => values }) }
			}) as unknown as AtlasData,
		engine: () => new Promise<Engine>(() => {})
	});
	const atlas = new Atlas(core);
	let painted = 0;
	let last: unknown = null;
	const map = {
		setChoropleth: async (states: unknown) => {
			painted++;
			last = states;
		},
		listen: () => {}
	} as unknown as MapContext;
	return { atlas, map, painted: () => painted, last: () => last };
}

describe('Atlas.refresh', () => {
	it('paints a view once, and again when the view changes', async () => {
		const { atlas, map, painted } = setUp();
		atlas.attachMap(map);
		await atlas.start(() => defaultCarteView());
		expect(atlas.mapState).toBe('ready');
		const first = painted();
		expect(first).toBeGreaterThan(0);
		const paints = atlas.paints;
		await atlas.refresh(); // what the page's effect asks once the map is ready
		expect(painted()).toBe(first);
		expect(atlas.paints).toBe(paints);
		atlas.view = { ...atlas.view, classes: atlas.view.classes === 5 ? 4 : 5 };
		await atlas.refresh();
		expect(painted()).toBe(first + 1);
		expect(atlas.paints).toBe(paints + 1);
	});

	it('a view asked again while another is being painted is painted again', async () => {
		const { atlas, map, painted, last } = setUp();
		atlas.attachMap(map);
		await atlas.start(() => ({ ...defaultCarteView(), classes: 5 }));
		const before = painted();
		const firstBreaks = atlas.choropleth!.breaks.length;
		const classes = atlas.view.classes;
		atlas.view = { ...atlas.view, classes: 4 };
		const other = atlas.refresh(); // not awaited: still running
		atlas.view = { ...atlas.view, classes };
		await Promise.all([other, atlas.refresh()]);
		// The first view is on the map, not the one asked in between.
		expect(painted()).toBeGreaterThan(before);
		expect(classes).toBe(5);
		expect(atlas.choropleth!.breaks.length).toBe(firstBreaks);
		expect(last()).toBe(atlas.choropleth!.states);
	});
});
