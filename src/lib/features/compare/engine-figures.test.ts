/**
 * The age bands and the trends, computed by the indicator SQL in DuckDB on the pipeline's
 * commune_values.csv. Expectations read by hand from the files:
 * - dossier_complet…rp2022: Alès P22_POP0014 6906.731 of 45 025 inhabitants = 15.3398 %; P11_POP
 *   40 851, P16_POP 39 970;
 * - the Agglomération (sum over the 71 communes of commune_values.csv): 21 316.527 aged 0–14 of
 *   135 747 = 15.7031 %; population 126 397 (2011), 128 796 (2016), 135 747 (2022);
 * - jeunes_non_inseres…csv: Alès 21.40 (2008), 24.60 (2013), 26.10 (2018); Corbès and Thoiras
 *   published apart, so Thoiras-Corbès (30329) has no rate (fusion).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '$lib/data/duckdb';
import { duckdbProvider } from '$lib/data/values';
import { nodeEngine, staticDb } from '../../../../tests/helpers/static-engine';
import { ageSeries, loadAgeData } from './age-structure';
import { loadTrendData, trendLines } from './trends';

const names = { '30007': 'Alès', '30329': 'Thoiras-Corbès' };
let engine: Engine;
beforeAll(async () => {
	// The files the browser loads, as the pipeline wrote them.
	engine = nodeEngine((await staticDb()).conn);
});
const provider = async () => duckdbProvider(engine);

describe('figures computed by the engine on /comparer', () => {
	it('age shares of a commune and of the Agglomération from summed counts', async () => {
		const [ales, agglo] = ageSeries(await loadAgeData(await provider()), ['30007'], names, 'Agglo');
		expect(ales!.bands[0]!.value).toBeCloseTo((6906.731457 / 45025) * 100, 4);
		expect(ales!.bands[0]!.denominator).toBe(45025);
		expect(agglo!.bands[0]!.value).toBeCloseTo((21316.526763 / 135747) * 100, 4);
		expect(agglo!.code).toBeNull();
	});

	it('population 2011, 2016, 2022 and NEET shares 2008, 2013, 2018', async () => {
		const lines = trendLines(
			await loadTrendData(await provider()),
			['30007', '30329'],
			names,
			'Agglo'
		);
		expect(lines.population[0]!.points.map((p) => p.value)).toEqual([40851, 39970, 45025]);
		expect(lines.population[2]!.points.map((p) => p.value)).toEqual([126397, 128796, 135747]);
		expect(lines.neet[0]!.points.map((p) => p.value)).toEqual([21.4, 24.6, 26.1]);
		expect(lines.neet[1]!.points.map((p) => p.missing)).toEqual(['fusion', 'fusion', 'fusion']);
	});
});
