/**
 * Imported datasets in the engine, on the files the browser loads: the indicator's values and
 * aggregates come out of the one indicator SQL. Hand computations (fixture counts from
 * aggregate.test.ts; populations from static/data/commune_values.csv, rp22_pop):
 * - CAF places / children × 100: Alès 1 204 / 1 530 = 78,69 %; Agglomération (1 204 + 60 + 0) /
 *   (1 530 + 120 + 190) = 1 264 / 1 840 = 68,70 %, over the 3 communes with both counts;
 * - associations per 1 000 inhabitants: Alès 2 / 45 025 × 1 000 = 0,04442; Agglomération
 *   6 / 135 747 × 1 000 = 0,04420 over its 71 communes.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '$lib/data/duckdb';
import type { Snapshot } from '$lib/indicators/types';
import { nodeEngine, staticDb } from '../../../../tests/helpers/static-engine';
import { datasetExamples } from '$lib/features/console/examples';
import { installDataset, snapshotIndicator, uninstallDataset } from './install';
import { datasetIndicator } from './model';
import { storedDataset } from '../../../../tests/fixtures/datasets/stored';

const caf = storedDataset({
	id: 'u_creches',
	fileName: 'caf-eaje-exemple-fictif.csv',
	settings: {
		shape: 'rate',
		communeColumn: 'Code INSEE',
		coverage: 'territory',
		measure: { kind: 'rate', numerator: 'places', denominator: 'enfants', scale: 100 }
	},
	description: {
		...storedDataset().description,
		label: 'Places en crèche (exemple fictif)',
		unit: '%',
		theme: 'petite_enfance',
		producer: 'CAF du Gard (exemple fictif)',
		year: '2024',
		digits: 1
	},
	counts: {
		n: { '30007': 1204, '30284': 60, '30294': 0 },
		d: { '30007': 1530, '30284': 120, '30294': 190 }
	},
	secret: ['30010'],
	// The fixture's rows left out: Bagard « douze », Boisset-et-Gaujac −5, La Grand-Combe twice.
	refused: ['30027', '30042', '30132'],
	table: { headers: ['Code INSEE', 'places'], rows: [{ code: '30007', cells: ['30007', '1 204'] }] }
});

let engine: Engine;
let columnsBefore: number;
beforeAll(async () => {
	engine = nodeEngine((await staticDb()).conn);
	const [first] = await engine.query('SELECT * FROM commune_values LIMIT 1');
	columnsBefore = Object.keys(first!).length;
});

describe('a dataset in the engine', () => {
	it('a rate is rebuilt from summed counts; secret, refused and absent communes say why', async () => {
		await installDataset(engine, caf);
		const snapshot: Snapshot = { generatedAt: '', indicators: {} };
		await snapshotIndicator(engine, snapshot, datasetIndicator(caf));
		const s = snapshot.indicators.u_creches!;
		expect(s.values['30007']).toBeCloseTo(78.6928, 3);
		expect(s.counts['30007']).toEqual([1204, 1530]);
		expect(s.values['30294']).toBe(0);
		expect(s.values['30010']).toBeNull();
		expect(s.missing['30010']).toBe('secret');
		expect(s.values['30132']).toBeNull();
		expect(s.missing['30132']).toBe('rejete');
		expect(s.missing['30027']).toBe('rejete');
		expect(s.missing['30042']).toBe('rejete');
		// Aujac (30022), in the Agglomération, is not in the file at all.
		expect(s.missing['30022']).toBe('non_publie');
		expect(s.territory.value).toBeCloseTo(68.6957, 3);
		expect(s.territory).toMatchObject({
			numerator: 1264,
			denominator: 1840,
			covered: 3,
			total: 71
		});
		expect(s.departement).toMatchObject({ covered: 3, total: 350 });
	});

	it('items per 1 000 inhabitants; the rows can be queried; removal leaves the table as it was', async () => {
		const rna = storedDataset({
			counts: { n: { '30007': 2, '30010': 1, '30329': 1, '30132': 1, '30284': 1 }, d: {} },
			table: {
				headers: ['titre', 'titre', ''],
				rows: [
					{ code: '30007', cells: ['CLUB', 'x', ''] },
					{ code: '30007', cells: ['AMICALE', 'y', ''] },
					{ code: '30010', cells: ['COMITE', 'z', ''] }
				]
			}
		});
		// Only five communes have a count here: the others are missing (this fixture skips the 0s).
		await installDataset(engine, rna);
		const snapshot: Snapshot = { generatedAt: '', indicators: {} };
		const indicator = datasetIndicator(rna);
		expect(indicator.userProvided?.fileName).toBe('rna-associations-exemple-fictif.csv');
		expect(indicator.sources.map((x) => x.vintage)).toEqual(['2025', 'RP 2022']);
		await snapshotIndicator(engine, snapshot, indicator);
		const s = snapshot.indicators.u_assos!;
		expect(s.values['30007']).toBeCloseTo(0.04442, 5);
		expect(s.territory).toMatchObject({ numerator: 6, covered: 5 });
		const rows = await engine.query(
			'SELECT code, count(*) AS n FROM u_assos GROUP BY code ORDER BY code'
		);
		expect(rows).toEqual([
			{ code: '30007', n: 2 },
			{ code: '30010', n: 1 }
		]);
		// The console's example on this list: Anduze 1 / 3 322 × 1 000 = 0,30 first, then Alès
		// 2 / 45 025 × 1 000 = 0,04; every other commune 0.
		const [example] = datasetExamples([{ id: 'u_assos', label: 'Associations', items: true }]);
		const perThousand = await engine.query(example!.sql);
		expect(perThousand).toHaveLength(71);
		expect(perThousand.slice(0, 2)).toEqual([
			{ code: '30010', nom: 'Anduze', nombre: 1, pour_1000_habitants: 0.3 },
			{ code: '30007', nom: 'Alès', nombre: 2, pour_1000_habitants: 0.04 }
		]);
		// Duplicate and empty headers become distinct column names.
		const cols = await engine.query(
			"SELECT column_name FROM information_schema.columns WHERE table_name = 'u_assos' ORDER BY ordinal_position"
		);
		expect(cols.map((c) => c.column_name)).toEqual(['code', 'titre', 'titre_2', 'colonne_3']);

		await uninstallDataset(engine, 'u_assos');
		await uninstallDataset(engine, 'u_creches');
		const after = await engine.query('SELECT * FROM commune_values LIMIT 1');
		expect(Object.keys(after[0]!)).toHaveLength(columnsBefore);
		expect(await engine.query('SELECT * FROM value_gaps WHERE "column" LIKE \'u_%\'')).toEqual([]);
	});
});
