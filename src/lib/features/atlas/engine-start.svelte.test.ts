/**
 * When the map page is opened to show the problems (`?problemes=1`), DuckDB starts as soon as the
 * view is known, before the map is there: the counts wait on the engine, the first map does not.
 * Otherwise the engine starts only once the first choropleth is painted, as before. When the URL
 * says so before the data is there (`problemsAsked`), the engine starts before the data, and
 * the problems are counted before the values are asked of DuckDB.
 */
import { describe, expect, it } from 'vitest';
import { AppCore } from '$lib/core/app-core.svelte';
import type { Engine } from '$lib/data/duckdb';
import type { AtlasData } from '$lib/data/static-data';
import type { IndicatorValues } from '$lib/indicators/types';
import type { MapContext } from '$lib/map/map-context';
import { Atlas } from './atlas.svelte';
import { defaultCarteView, problemsAsked } from './view';

const CODES = ['30007', '30132'];

/** An atlas whose engine never answers: only whether (and when) it was asked for matters. */
function setUp() {
	const snapshotValues: IndicatorValues = {
		values: { '30007': 10, '30132': 20 },
		counts: {},
		missing: {}
	};
	let engineAsked = 0;
	const core = new AppCore({
		data: async () =>
			({
				territory: { communes: CODES },
				snapshot: { indicators: new Proxy({}, { get: () => snapshotValues }) }
			}) as unknown as AtlasData,
		engine: () => {
			engineAsked++;
			return new Promise<Engine>(() => {});
		}
	});
	const atlas = new Atlas(core);
	atlas.problems.prefetch = () => {}; // the store's reading needs IndexedDB
	const map = { setChoropleth: async () => {}, listen: () => {} } as unknown as MapContext;
	return { atlas, map, asked: () => engineAsked };
}

/** Lets the atlas's awaits run until it has its data and waits for the map. */
async function untilData(atlas: Atlas): Promise<void> {
	for (let i = 0; i < 200 && !atlas.data && !atlas.error; i++)
		await new Promise((r) => setTimeout(r, 5));
	expect(atlas.error).toBeNull();
	expect(atlas.data).not.toBeNull();
}

describe('Atlas engine start', () => {
	it('starts DuckDB before the map is there when the view shows the problems', async () => {
		const { atlas, map, asked } = setUp();
		const started = atlas.start(() => ({ ...defaultCarteView(), problems: true }));
		await untilData(atlas);
		expect(atlas.mapState).toBe('loading');
		expect(asked()).toBe(1);
		expect(atlas.engine).toBe('starting');
		atlas.attachMap(map);
		await started;
		expect(atlas.mapState).toBe('ready');
		// Started once, not a second time after the first paint.
		expect(asked()).toBe(1);
	});

	it('waits for the first paint otherwise', async () => {
		const { atlas, map, asked } = setUp();
		const started = atlas.start(() => defaultCarteView());
		await untilData(atlas);
		// MapLibre is not held for anything.
		expect(atlas.mapWanted).toBe(true);
		expect(atlas.mapState).toBe('loading');
		expect(asked()).toBe(0);
		expect(atlas.engine).toBe('snapshot');
		atlas.attachMap(map);
		await started;
		expect(asked()).toBe(1);
		expect(atlas.engine).toBe('starting');
	});
});

describe('Atlas engine start, problems asked by the URL', () => {
	it('reads the switch from the URL alone, as the view does', () => {
		expect(problemsAsked(new URLSearchParams('problemes=1'))).toBe(true);
		expect(problemsAsked(new URLSearchParams('problemes=0'))).toBe(false);
		expect(problemsAsked(new URLSearchParams('problemes=oui'))).toBe(false);
		expect(problemsAsked(new URLSearchParams('indicateur=x'))).toBe(false);
	});

	it('starts DuckDB before the data, and counts the problems before asking for values', async () => {
		let releaseData: () => void = () => {};
		const dataHeld = new Promise<void>((r) => (releaseData = r));
		const calls: string[] = [];
		const engine = {
			query: async (sql: string) => {
				calls.push(/commune_values/.test(sql) ? 'values' : sql);
				return [];
			},
			queryBound: async (q: { sql: string }) => {
				calls.push(/problem/.test(q.sql) ? 'counts' : q.sql);
				return [];
			}
		} as unknown as Engine;
		let engineAsked = 0;
		let releaseEngine: () => void = () => {};
		const engineHeld = new Promise<void>((r) => (releaseEngine = r));
		const core = new AppCore({
			data: async () => {
				await dataHeld;
				return {
					territory: { communes: CODES },
					communes: { type: 'FeatureCollection', features: [] },
					snapshot: {
						indicators: new Proxy({}, { get: () => ({ values: {}, counts: {}, missing: {} }) })
					}
				} as unknown as AtlasData;
			},
			engine: async () => {
				engineAsked++;
				await engineHeld;
				return engine;
			},
			problems: async () => ({
				problems: [],
				example: false,
				taxonomy: (await import('$lib/features/workshops/taxonomy')).BUILT_IN_TAXONOMY,
				notice: ''
			})
		});
		const atlas = new Atlas(core);
		const started = atlas.start(() => ({ ...defaultCarteView(), problems: true }), true);
		await new Promise((r) => setTimeout(r, 20));
		// No data yet: the engine has been asked for all the same.
		expect(atlas.data).toBeNull();
		expect(engineAsked).toBe(1);
		// The counts come first: MapLibre may not be created before them.
		expect(atlas.mapWanted).toBe(false);
		releaseData();
		atlas.attachMap({
			setChoropleth: async () => {},
			listen: () => {},
			painted: async () => {}
		} as unknown as MapContext);
		await started;
		// The first map is painted from the snapshot: nothing was asked of DuckDB yet.
		expect(atlas.mapState).toBe('ready');
		expect(calls).toEqual([]);
		releaseEngine();
		for (let i = 0; i < 200 && atlas.problems.status !== 'ready'; i++)
			await new Promise((r) => setTimeout(r, 5));
		for (let i = 0; i < 200 && !calls.includes('values'); i++)
			await new Promise((r) => setTimeout(r, 5));
		expect(atlas.problems.status).toBe('ready');
		expect(engineAsked).toBe(1);
		const firstValues = calls.indexOf('values');
		expect(calls.indexOf('counts')).toBeGreaterThanOrEqual(0);
		expect(firstValues).toBeGreaterThan(calls.lastIndexOf('counts'));
		expect(atlas.mapWanted).toBe(true);
	});

	it('an engine that fails does not hold MapLibre: the problems cannot be counted', async () => {
		const core = new AppCore({
			data: async () =>
				({
					territory: { communes: CODES },
					snapshot: {
						indicators: new Proxy({}, { get: () => ({ values: {}, counts: {}, missing: {} }) })
					}
				}) as unknown as AtlasData,
			engine: async () => {
				throw new Error('bloqué');
			}
		});
		const atlas = new Atlas(core);
		atlas.problems.prefetch = () => {};
		void atlas.start(() => ({ ...defaultCarteView(), problems: true }), true);
		for (let i = 0; i < 200 && atlas.engine !== 'failed'; i++)
			await new Promise((r) => setTimeout(r, 5));
		expect(atlas.engine).toBe('failed');
		expect(atlas.problems.status).toBe('failed');
		expect(atlas.mapWanted).toBe(true);
	});
});
