/**
 * The map's table export on the snapshot: Alès (30007) and Sénéchas (30316) for the youth
 * unemployment rate, read with
 *   jq -c '.indicators.chomage_15_24 | [.values["30007"], .counts["30007"], .missing["30316"]]'
 * → 39.287238, [761.968333, 1939.480534] (census counts are weighted, hence decimals), and
 * « denominateur_nul » for 30316, with 0 active people aged 15–24: the reason says who is missing,
 * as the panel does (`missingWhy`).
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { tableToCsv } from '$lib/format/table-export';
import { indicators } from '$lib/indicators/catalogue';
import type { Snapshot } from '$lib/indicators/types';
import { communeTableExport } from './commune-table-export';

const snapshot = JSON.parse(readFileSync('static/data/snapshot.json', 'utf8')) as Snapshot;
const ind = indicators.find((i) => i.id === 'chomage_15_24')!;
const names = { '30007': 'Alès', '30316': 'Sénéchas' };

describe('communeTableExport', () => {
	const t = communeTableExport(
		ind,
		['30316', '30007'],
		names,
		snapshot.indicators.chomage_15_24!,
		'CA Alès Agglomération'
	);
	it('gives each commune its value, counts, flag and reason', () => {
		expect(t.rows).toEqual([
			['30007', 'Alès', 39.287238, 761.968333, 1939.480534, '', ''],
			['30316', 'Sénéchas', null, 0, 0, '', '0 actif de 15 à 24 ans, pas de taux calculable']
		]);
		expect(t.indicators[0]?.sources[0]?.vintage).toBe('RP 2022');
	});
	it('writes it for French Excel', () => {
		const rows = Papa.parse<string[]>(tableToCsv(t).slice(1), { delimiter: ';' }).data;
		// The counts to four decimals (761.968333 → 761,9683; 1939.480534 → 1939,4805): they give
		// back 39,3 %, as rounded counts would not always.
		expect(rows[1]).toEqual(['30007', 'Alès', '39,3', '761,9683', '1939,4805', '', '']);
		expect(rows[2]).toEqual([
			'30316',
			'Sénéchas',
			'',
			'0',
			'0',
			'',
			'0 actif de 15 à 24 ans, pas de taux calculable'
		]);
	});
});
