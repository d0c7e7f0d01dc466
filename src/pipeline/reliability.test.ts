/**
 * How sure each number is, on the real files: small-denominator flags, the reasons of « n.d. »,
 * and the snapshot equal to the indicator SQL re-run on the files the browser loads. Expected
 * values were read by hand from the source CSVs in data/sources/gard (awk), never copied from
 * the program's output.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { connect, createNodeDb, rows, type NodeDb } from '../lib/data/duckdb-node';
import { detailOf, toIndicatorValues } from '../lib/data/indicator-values';
import { indicators } from '../lib/indicators/catalogue';
import { COMPARE_SNAPSHOT, compareFigureIndicators } from '../lib/indicators/catalogue-compare';
import type { Indicator, Snapshot } from '../lib/indicators/types';
import { isSmallDenominator } from '../lib/indicators/reliability';
import { buildCommuneValuesSql } from '../lib/sql/indicators';
import { buildLoadTablesSql, TABLE_FILES } from '../lib/sql/tables';
import { runInto, type Outputs } from './test/helpers';

let o: Outputs;
let db: NodeDb;
beforeAll(async () => {
	o = await runInto('200066918');
	db = await createNodeDb();
});

const detail = (id: string, code: string) => detailOf(o.snapshot.indicators[id], code);

describe('small denominators (fewer than 30)', () => {
	it('Bonnevaux 30044: 2 unemployed of 2 active 15–24 = 100 %, flagged', () => {
		// dossier_complet…rp2022: P22_ACT1524 = 2.0, P22_CHOM1524 = 2.0
		const d = detail('chomage_15_24', '30044');
		expect(d).toMatchObject({ value: 100, numerator: 2, denominator: 2, missing: null });
		expect(isSmallDenominator(d)).toBe(true);
	});

	it('Bonnevaux 30044: 15,4 single-parent families of 25,67 families = 60 %, flagged', () => {
		// C22_FAMMONO 15.4; C22_COUPAENF 0 + C22_COUPSENF 10.2667 + C22_FAMMONO 15.4 = 25.6667
		const d = detail('part_familles_monoparentales', '30044');
		expect(d.value).toBeCloseTo(60.0, 3);
		expect(d.denominator).toBeCloseTo(25.6667, 3);
		expect(isSmallDenominator(d)).toBe(true);
	});

	it('Thoiras-Corbès 30329: 2,92 of 27,18 active 15–24 = 10,7 %, flagged', () => {
		// P22_CHOM1524 2.91764705882353 / P22_ACT1524 27.1764705882353 = 10.73593 %
		const d = detail('chomage_15_24', '30329');
		expect(d.value).toBeCloseTo(10.73593, 3);
		expect(d.denominator).toBeCloseTo(27.17647, 3);
		expect(isSmallDenominator(d)).toBe(true);
	});

	it('La Grand-Combe 30132: 54,35 of 187,45 active 15–24 = 29,0 %, not flagged', () => {
		// P22_CHOM1524 54.3538004874023 / P22_ACT1524 187.453737088389 = 28.99604 %
		const d = detail('chomage_15_24', '30132');
		expect(d.value).toBeCloseTo(28.99604, 3);
		expect(isSmallDenominator(d)).toBe(false);
	});
});

describe('a rate published without its counts, flagged by the commune’s 15–29 year olds', () => {
	// jeunes_non_inseres_communes_gard.csv (2018 rows) and P22_POP1529 of dossier_complet…rp2022.
	const neet = (code: string) => detail('jeunes_non_inseres_2018', code);

	it('Bonnevaux 30044: 0,00 % with 5 inhabitants aged 15–29, flagged', () => {
		// "30044,Bonnevaux,2018,0.00"; P22_POP1529 = 5.0
		const d = neet('30044');
		expect(d).toMatchObject({ value: 0, numerator: null, denominator: null, population: 5 });
		expect(isSmallDenominator(d)).toBe(true);
	});

	it('Portes 30203: 14,30 % with 29 inhabitants aged 15–29, flagged (just under 30)', () => {
		// "30203,Portes,2018,14.30"; P22_POP1529 = 29.0
		expect(neet('30203')).toMatchObject({ value: 14.3, population: 29 });
		expect(isSmallDenominator(neet('30203'))).toBe(true);
	});

	it('La Grand-Combe 30132: 37,80 % with 778,3 inhabitants aged 15–29, not flagged', () => {
		// "30132,La Grand-Combe,2018,37.80"; P22_POP1529 = 778.285757360932
		const d = neet('30132');
		expect(d.value).toBe(37.8);
		expect(d.population).toBeCloseTo(778.2858, 3);
		expect(isSmallDenominator(d)).toBe(false);
	});

	it('a rate with its own counts carries no such bound', () => {
		expect(detail('chomage_15_24', '30044').population).toBeUndefined();
	});
});

describe('the reason of each « n.d. »', () => {
	it('secret: Bonnevaux 30044 poverty rate, TP6021 empty in Filosofi 2021', () => {
		expect(detail('taux_pauvrete_2021', '30044')).toMatchObject({ value: null, missing: 'secret' });
	});

	it('non publié: Revens 30213 NEET share, the 2018 row has no value', () => {
		// jeunes_non_inseres…: "30213,Revens,2018," (the export does not say why)
		expect(detail('jeunes_non_inseres_2018', '30213')).toMatchObject({
			value: null,
			missing: 'non_publie'
		});
	});

	it('fusion: Thoiras-Corbès 30329 median income, published for 30094 and 30329 apart', () => {
		// filosofi_2021: MED21 30094 = 21 290, 30329 = 17 730: no median of the union
		expect(detail('niveau_vie_median_2021', '30329')).toMatchObject({
			value: null,
			missing: 'fusion'
		});
	});

	it('dénominateur nul: Revens 30213 youth unemployment, P22_ACT1524 = 0', () => {
		expect(detail('chomage_15_24', '30213')).toMatchObject({
			value: null,
			numerator: 0,
			denominator: 0,
			missing: 'denominateur_nul'
		});
	});

	it('a value that exists has no reason', () => {
		expect(detail('niveau_vie_median_2021', '30132').missing).toBeNull();
	});
});

describe('one computation: the snapshot is the indicator SQL', () => {
	/** Re-runs the SQL of `list` on the written files and compares every commune's detail. */
	function compareWith(list: readonly Indicator[], snapshot: Snapshot): number {
		const conn = connect(db);
		for (const file of Object.values(TABLE_FILES)) {
			db.registerFileText(file, fs.readFileSync(path.join(o.config.outDir, file), 'utf8'));
		}
		for (const sql of buildLoadTablesSql()) conn.query(sql);
		let compared = 0;
		for (const ind of list) {
			const fromSql = toIndicatorValues(rows(conn, buildCommuneValuesSql(ind)));
			const snap = snapshot.indicators[ind.id]!;
			expect(Object.keys(fromSql.values)).toHaveLength(350);
			for (const code of Object.keys(fromSql.values)) {
				expect(detailOf(fromSql, code), `${ind.id} ${code}`).toEqual(detailOf(snap, code));
				compared++;
			}
		}
		conn.close();
		return compared;
	}

	it('re-running the SQL on the written files gives the snapshot, every indicator × commune', () => {
		expect(compareWith(indicators, o.snapshot)).toBe(indicators.length * 350);
	});

	it('and the comparison’s age bands and trends (compare-snapshot.json), apart', () => {
		const file = path.join(o.config.outDir, COMPARE_SNAPSHOT);
		const snapshot = JSON.parse(fs.readFileSync(file, 'utf8')) as Snapshot;
		// Seven age bands, three censuses' populations and three years of NEET shares.
		expect(Object.keys(snapshot.indicators)).toHaveLength(13);
		expect(compareWith(compareFigureIndicators, snapshot)).toBe(13 * 350);
		// Its NEET 2018 is its own (the catalogue's has the same id and flags by population).
		expect(o.snapshot.indicators.jeunes_non_inseres_2018?.population).toBeDefined();
		expect(snapshot.indicators.jeunes_non_inseres_2018?.population).toBeUndefined();
	});
});
