/**
 * /croisements reads the indicator values from the engine once it has started, as the map page
 * does, not from the snapshot it painted first. Regression: it kept the snapshot for good.
 */
import { describe, expect, it } from 'vitest';
import { AppCore } from '$lib/core/app-core.svelte';
import type { Row } from '$lib/data/columns';
import type { Engine } from '$lib/data/duckdb';
import type { AtlasData } from '$lib/data/static-data';
import type { IndicatorValues } from '$lib/indicators/types';
import type { MapContext } from '$lib/map/map-context';
import { buildCommuneValuesSql } from '$lib/sql/indicators';
import { CrossingPage } from './crossing.svelte';

const CODES = ['30007', '30132'];
const detail = (code: string, value: number) => ({
	code,
	value,
	numerator: null,
	denominator: null,
	missing: null
});

/** A page whose snapshot says 10 and 20 and whose engine says 11 and 21, told apart on purpose. */
function setUp() {
	const queries: string[] = [];
	const snapshotValues: IndicatorValues = {
		values: { '30007': 10, '30132': 20 },
		counts: {},
		missing: {}
	};
	const engine = {
		query: async (sql: string): Promise<Row[]> => {
			queries.push(sql);
			return [detail('30007', 11), detail('30132', 21)];
		}
	} as unknown as Engine;
	const core = new AppCore({
		data: async () =>
			({
				territory: { communes: CODES },
				snapshot: { indicators: new Proxy({}, { get: () => snapshotValues }) }
			}) as unknown as AtlasData,
		engine: async () => engine
	});
	const page = new CrossingPage(core);
	// The problems need IndexedDB and fetch: here they are loaded as counted, one mention in Alès.
	page.problems.load = async () => {
		page.problems.byCommune = { '30007': { problems: 1, weight: 1, intensity: 0.5 } };
		page.problems.status = 'ready';
	};
	const painted: unknown[] = [];
	page.attachMap({ setChoropleth: async (s: unknown) => painted.push(s) } as unknown as MapContext);
	return { page, queries, painted };
}

describe('CrossingPage', () => {
	it('crosses the engine’s values once the engine has started', async () => {
		const { page, queries, painted } = setUp();
		expect(page.valuesEngine).toBeNull();
		await page.start();
		expect(page.error).toBeNull();
		expect(page.valuesEngine).toBe('duckdb');
		expect(page.values.values).toEqual({ '30007': 11, '30132': 21 });
		expect(queries).toEqual([buildCommuneValuesSql(page.indicator!)]);
		expect(page.rows.map((r) => [r.code, r.value])).toEqual([
			['30007', 11],
			['30132', 21]
		]);
		expect(painted).toHaveLength(1);
	});
});

describe('CrossingPage start', () => {
	it('asks for the engine before the data has come', async () => {
		let engineAsked = false;
		let dataAskedBeforeEngine: boolean | null = null;
		let release: () => void = () => {};
		const core = new AppCore({
			data: () =>
				new Promise<AtlasData>((resolve) => {
					dataAskedBeforeEngine = !engineAsked;
					release = () => resolve({ territory: { communes: CODES } } as unknown as AtlasData);
				}),
			engine: () => {
				engineAsked = true;
				return new Promise<Engine>(() => {});
			}
		});
		const page = new CrossingPage(core);
		page.problems.prefetch = () => {}; // the store's reading needs IndexedDB
		void page.start();
		await new Promise((r) => setTimeout(r, 0));
		// The data is still on its way (not released) and the engine is already asked for.
		expect(dataAskedBeforeEngine).not.toBeNull();
		expect(engineAsked).toBe(true);
		release();
	});
});
