/**
 * The portrait of Alès (30007), checked against the source files in data/sources/gard:
 *
 * Population 2022 (dossier_complet_extrait_rp2022…, row 30007, the seven P22_POP bands):
 *   6906.731457 + 8062.997083 + 6792.881422 + 8480.329138 + 8601.604898 + 5189.548617
 *   + 990.907384 = 45 025 habitants.
 * Share of the population in a priority neighbourhood (qpv2015_gard_sigville_DEMO_2022.csv,
 * POP_COM_QP, one value per commune):
 *   Alès 14 036 / 45 025 = 31,1738 % ; La Grand-Combe (2 422 + 806 =) 3 228 / 4 837 = 66,74 % ;
 *   Anduze 984 / 3 322 = 29,62 % ; the other 68 communes of the Agglomération have none (0 %).
 *   Rank, highest first (a higher share signals more need): La Grand-Combe, then Alès → 2e sur 71.
 *   Agglomération: (14 036 + 3 228 + 984) / 135 747 = 18 248 / 135 747 = 13,4427 %
 *   (135 747: the 71 communes' summed bands, as territory.json's population.territory).
 *   Gap: 31,1738 − 13,4427 = 17,7311 → « +17,7 points ».
 * Youth unemployment (same RP row): P22_CHOM1524 761.968333 / P22_ACT1524 1939.480534
 *   = 39,2872 % → « 39,3 % », counts « 762 sur 1 939 actifs de 15 à 24 ans ».
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatCounts, formatValue } from '$lib/format/indicator';
import { formatGap } from '$lib/format/gap';
import { rankText } from '$lib/format/rank';
import { indicators } from '$lib/indicators/catalogue';
import { themeNotes, themes } from '$lib/indicators/themes';
import type { Snapshot, TerritoryInfo } from '$lib/indicators/types';
import {
	compactRows,
	expandRows,
	groupByTheme,
	populationOf,
	portraitRows,
	serviceRows
} from './portrait-data';

const read = <T>(f: string) => JSON.parse(readFileSync(`static/data/${f}`, 'utf8')) as T;
const snapshot = read<Snapshot>('snapshot.json');
const { communes } = read<TerritoryInfo>('territory.json');

describe('portrait of Alès', async () => {
	const rows = await portraitRows('30007', indicators, communes, snapshot);
	const row = (id: string) => rows.find((r) => r.indicator.id === id)!;

	it('has one line per indicator of the catalogue, for this commune only', () => {
		expect(rows).toHaveLength(indicators.length);
		expect(rows.every((r) => r.cells.length === 1 && r.cells[0]!.code === '30007')).toBe(true);
		expect(rows.some((r) => 'values' in r)).toBe(false);
	});

	it('gives the population with its vintage', () => {
		const pop = populationOf(rows)!;
		expect(pop.detail.value).toBe(45025);
		expect(formatValue(pop.detail.value, pop.indicator)).toBe('45\u202f025 habitants');
		expect(pop.vintage).toBe('RP 2022');
	});

	it('gives the QPV share, its rank, the Agglomération and the gap', () => {
		const r = row('part_population_qpv');
		const cell = r.cells[0]!;
		expect(cell.detail.value).toBeCloseTo((14036 / 45025) * 100, 4);
		expect(cell.detail.numerator).toBe(14036);
		expect(rankText(cell.rank!)).toBe('2e sur 71');
		expect(r.aggregates.territory.value).toBeCloseTo((18248 / 135747) * 100, 4);
		expect(cell.gap).toBeCloseTo(17.7311, 3);
		expect(formatGap(cell.gap, r.indicator)).toBe('+17,7\u00a0points');
	});

	it('gives youth unemployment with its counts', () => {
		const r = row('chomage_15_24');
		const d = r.cells[0]!.detail;
		expect(d.value).toBeCloseTo((761.968333 / 1939.480534) * 100, 4);
		expect(formatValue(d.value, r.indicator)).toBe('39,3\u00a0%');
		expect(formatCounts(d, r.indicator)).toBe('762 sur 1\u202f939 actifs de 15 à 24 ans');
	});

	it('groups the lines by theme, keeping the note of a theme without indicator', () => {
		const groups = groupByTheme(rows, themes, themeNotes);
		expect(groups[0]!.theme).toBe('petite_enfance');
		const assoc = groups.find((g) => g.theme === 'vie_associative')!;
		expect(assoc.rows).toHaveLength(0);
		expect(assoc.note).toContain('RNA');
		expect(groups.flatMap((g) => g.rows)).toHaveLength(rows.length);
	});

	it('lists the services in a fixed order', () => {
		expect(serviceRows(rows).map((r) => r.indicator.id)).toEqual([
			'ecoles_pour_1000_enfants',
			'distance_france_services',
			'distance_mission_locale_pij',
			'distance_lycee',
			'distance_gare'
		]);
	});
});

describe('compactRows / expandRows', async () => {
	const rows = await portraitRows('30007', indicators, communes, snapshot);
	it('carries indicator ids and gets the same lines back from the catalogue', () => {
		const compact = compactRows(rows);
		expect(compact[0]!.indicator).toBe(rows[0]!.indicator.id);
		const byId = (id: string) => indicators.find((i) => i.id === id);
		expect(expandRows(compact, byId)).toEqual(rows);
		expect(expandRows([{ ...compact[0]!, indicator: 'inconnu' }], byId)).toEqual([]);
	});
});
