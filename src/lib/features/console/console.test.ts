/**
 * The console's examples, run through the read-only connector on the files the browser loads
 * (static/data, written by the pipeline), and the result model. Expectations computed with awk
 * over commune_values.csv and value_gaps.csv:
 * - Gard share of 0-14 year-olds = sum(rp22_pop0014) / sum(rp22_pop) over 350 communes = 16,59 %;
 *   25 territory communes above it, the highest Vabres (30335) at 22,46 %;
 * - 13 territory communes with educ24_ecoles = 0, the most populous Saint-Paul-la-Coste (327);
 * - value_gaps of territory communes: filo21_tp6021 secret for 54 communes, then six single
 *   gaps (fusion for Thoiras-Corbès, and one secret median).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createUserSql, type UserSqlConnector } from '$lib/data/user-sql';
import { boundRows, connect } from '../../../../tests/helpers/duckdb-node';
import { staticDb } from '../../../../tests/helpers/static-engine';
import { problemsToArrowIPC } from '$lib/features/workshops/arrow';
import { makeProblem } from '../../../../tests/fixtures/workshops/problem';
import { EXAMPLE_QUERIES } from './examples';
import {
	cellText,
	describeColumns,
	mappable,
	mapValues,
	pageCount,
	resultExport
} from './result-view';

let sql: UserSqlConnector;
beforeAll(async () => {
	const { db, conn: app } = await staticDb();
	// Three problems: two in Alès (one also in La Grand-Combe), one on the whole territory.
	const ipc = problemsToArrowIPC([
		makeProblem('p1', { communes: ['30007', '30132'] }),
		makeProblem('p2'),
		makeProblem('p3', { communes: [], wholeTerritory: true })
	]);
	app.insertArrowFromIPCStream(ipc.problems, { name: 'problems' });
	app.insertArrowFromIPCStream(ipc.problem_links, { name: 'problem_links' });
	const user = connect(db);
	sql = createUserSql((q) => boundRows(user, q));
});

const example = (start: string) => EXAMPLE_QUERIES.find((q) => q.name.startsWith(start))!.sql;

describe('example queries on the atlas’s tables', () => {
	it('communes where the share of 0-14 year-olds is above the Gard’s', async () => {
		const rows = await sql.query(example('Communes où la part des 0-14 ans'));
		expect(rows).toHaveLength(25);
		expect(rows[0]).toMatchObject({
			code: '30335',
			nom: 'Vabres',
			part_0_14_pct: 22.5,
			gard_pct: 16.6
		});
	});

	it('problems by commune: a problem counts for each of its communes, none for the territory', async () => {
		const rows = await sql.query(example('Problématiques des ateliers par commune'));
		expect([...rows]).toEqual([
			{ code: '30007', nom: 'Alès', problematiques: 2 },
			{ code: '30132', nom: 'La Grand-Combe', problematiques: 1 }
		]);
	});

	it('communes without a school', async () => {
		const rows = await sql.query(example('Communes du territoire sans école'));
		expect(rows).toHaveLength(13);
		expect(rows[0]).toEqual({ code: '30291', nom: 'Saint-Paul-la-Coste', population: 327 });
	});

	it('why values are missing', async () => {
		const rows = await sql.query(example('Pourquoi des valeurs manquent'));
		expect(rows[0]).toEqual({ colonne: 'filo21_tp6021', raison: 'secret', communes: 54 });
		expect(rows.reduce((s, r) => s + Number(r.communes), 0)).toBe(60);
	});
});

describe('the result as shown, exported and mapped', () => {
	const rows = [
		{ code: '30007', nom: 'Alès', n: 45025, part: 15.34, ok: true },
		{ code: '30132', nom: 'La Grand-Combe', n: 4902, part: null, ok: false },
		{ code: '34172', nom: 'Montpellier', n: 302454, part: 14.5, ok: null }
	];
	const columns = describeColumns(['code', 'nom', 'n', 'part', 'ok'], rows);
	const territory = ['30007', '30132', '30011'];

	it('reads kinds and decimals from the values; NULL is never 0', () => {
		expect(columns.map((c) => [c.name, c.numeric, c.digits])).toEqual([
			['code', false, 0],
			['nom', false, 0],
			['n', true, 0],
			['part', true, 2],
			['ok', false, 0]
		]);
		expect(cellText(45025, columns[2]!)).toBe('45\u202f025');
		expect(cellText(null, columns[3]!)).toBe('NULL');
		expect(cellText(true, columns[4]!)).toBe('vrai');
		expect(pageCount(0)).toBe(1);
		expect(pageCount(101)).toBe(3);
	});

	it('exports numbers with their decimals and NULL as an empty cell', () => {
		const t = resultExport(columns, rows);
		expect(t.columns[3]).toEqual({ header: 'part', digits: 2 });
		expect(t.rows[1]).toEqual(['30132', 'La Grand-Combe', 4902, null, 'faux']);
	});

	it('maps a column of territory codes and a numeric column, one row per commune', () => {
		const m = mappable(columns, rows, new Set(territory));
		expect(m).toEqual({ ok: true, codeColumn: 'code', valueColumns: ['n', 'part'] });
		// 30011 is absent from the result: n.d., not 0; Montpellier is outside the territory.
		expect(mapValues(rows, 'code', 'part', territory)).toEqual({
			'30007': 15.34,
			'30132': null,
			'30011': null
		});
		const twice = [...rows, { code: '30007', nom: 'Alès', n: 1, part: 1, ok: true }];
		const refused = mappable(columns, twice, new Set(territory));
		expect(refused.ok).toBe(false);
		expect(!refused.ok && refused.reason).toContain('30007 apparaît sur plusieurs lignes');
		const noCodes = mappable(describeColumns(['x'], [{ x: 1 }]), [{ x: 1 }], new Set(territory));
		expect(!noCodes.ok && noCodes.reason).toContain('colonne de codes de commune');
	});
});
