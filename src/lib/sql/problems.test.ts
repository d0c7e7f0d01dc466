import { beforeAll, describe, expect, it } from 'vitest';
import { loadExample } from '$lib/features/workshops/example';
import type { Problem } from '$lib/features/workshops/model';
import { STATUS_IDS } from '$lib/features/workshops/model';
import { boundRows, useNodeDb } from '../../../tests/helpers/duckdb-node';
import { loadProblemTables } from '../../../tests/helpers/problem-tables';
import { ALES_COMMUNES } from '../../../tests/fixtures/workshops/ales-communes';
import { makeProblem } from '../../../tests/fixtures/workshops/helpers';
import {
	buildCommuneProblemIdsSql,
	buildProblemsByCategorySql,
	buildProblemsByCommuneSql,
	buildWholeTerritorySql,
	DEFAULT_COUNTED_STATUSES
} from './problems';

const problem = makeProblem;
const ALL = { statuses: [...STATUS_IDS] };
/** Rows of communes named at least once, as [code, problems, weight]. */
const named = (rows: Record<string, unknown>[]) =>
	rows.filter((r) => (r.problems as number) > 0).map((r) => [r.code, r.problems, r.weight]);

describe('problems joined with communes (inline fixture)', () => {
	// Six problems, counted by hand below. e and f are « écartée »: left out unless asked for.
	const PROBLEMS = [
		problem('a', { weight: 3, communes: ['30007', '30132'], subjects: ['mobilite', 'logement'] }),
		problem('b', {
			weight: 2,
			theme: 'petite_enfance',
			subjects: ['garde_enfants'],
			publics: ['familles_monoparentales']
		}),
		problem('c', { weight: 5, communes: [], wholeTerritory: true }),
		problem('d', {
			weight: 4,
			communes: ['30132'],
			forum: { date: '2025-05-20', lieu: 'La Grand-Combe', numero: 2 }
		}),
		problem('e', { weight: 6, status: 'ecartee' }),
		problem('f', { weight: 1, communes: [], wholeTerritory: true, status: 'ecartee' })
	];
	const db = useNodeDb((conn) =>
		loadProblemTables(conn, PROBLEMS, { '30007': 45000, '30132': 5000, '30001': 100 })
	);

	it('counts a multi-commune problem once per commune, weights and intensity per 1 000', () => {
		// 30007: a (3) + b (2) = 2 problems, weight 5 → 5 / 45 000 × 1 000 = 0.1111 (e left out)
		// 30132: a (3) + d (4) = 2 problems, weight 7 → 7 / 5 000 × 1 000 = 1.4
		// 30001: never named → 0 problems, intensity 0 (a count, not a missing value)
		const r = boundRows(db(), buildProblemsByCommuneSql({}));
		expect(r.map((x) => [x.code, x.problems, x.weight])).toEqual([
			['30001', 0, 0],
			['30007', 2, 5],
			['30132', 2, 7]
		]);
		expect(r[0]!.intensity).toBe(0);
		expect(r[1]!.intensity as number).toBeCloseTo(0.11111, 5);
		expect(r[2]!.intensity as number).toBeCloseTo(1.4, 10);
	});

	it('counts « écartée » problems only when that status is ticked', () => {
		// All statuses: 30007 gets e too → 3 problems, weight 3 + 2 + 6 = 11 → 11 / 45 = 0.2444.
		const r = boundRows(db(), buildProblemsByCommuneSql(ALL));
		expect(named(r)).toEqual([
			['30007', 3, 11],
			['30132', 2, 7]
		]);
		expect(r[1]!.intensity as number).toBeCloseTo(0.24444, 5);
		// Whole territory: c (5) by default; c (5) + f (1) with every status.
		expect(boundRows(db(), buildWholeTerritorySql({}))).toEqual([{ problems: 1, weight: 5 }]);
		expect(boundRows(db(), buildWholeTerritorySql(ALL))).toEqual([{ problems: 2, weight: 6 }]);
		// Only « écartée »: e in 30007, f for the territory.
		expect(named(boundRows(db(), buildProblemsByCommuneSql({ statuses: ['ecartee'] })))).toEqual([
			['30007', 1, 6]
		]);
		// No status ticked: nothing is counted (not "everything").
		expect(named(boundRows(db(), buildProblemsByCommuneSql({ statuses: [] })))).toEqual([]);
		expect(boundRows(db(), buildWholeTerritorySql({ statuses: [] }))).toEqual([
			{ problems: 0, weight: 0 }
		]);
		expect(DEFAULT_COUNTED_STATUSES).toEqual(['nouvelle', 'retenue']);
	});

	it('filters by theme, subject, public and forum with bound parameters', () => {
		// subject logement: only a → 30007 and 30132, weight 3 each
		expect(named(boundRows(db(), buildProblemsByCommuneSql({ subjects: ['logement'] })))).toEqual([
			['30007', 1, 3],
			['30132', 1, 3]
		]);
		// public familles_monoparentales: only b → 30007
		expect(
			named(boundRows(db(), buildProblemsByCommuneSql({ publics: ['familles_monoparentales'] })))
		).toEqual([['30007', 1, 2]]);
		// forum of 20 May 2025: only d
		expect(boundRows(db(), buildCommuneProblemIdsSql('30132', { forums: ['2025-05-20'] }))).toEqual(
			[{ id: 'd' }]
		);
		// a value that looks like SQL stays a value
		expect(named(boundRows(db(), buildProblemsByCommuneSql({ themes: ["x' OR 1=1 --"] })))).toEqual(
			[]
		);
	});

	it('lists the problems of a commune, heaviest first', () => {
		expect(boundRows(db(), buildCommuneProblemIdsSql('30132', {}))).toEqual([
			{ id: 'd' },
			{ id: 'a' }
		]);
		// e (6) is « écartée »: listed only when asked for.
		expect(boundRows(db(), buildCommuneProblemIdsSql('30007', {}))).toEqual([
			{ id: 'a' },
			{ id: 'b' }
		]);
		expect(boundRows(db(), buildCommuneProblemIdsSql('30007', ALL))).toEqual([
			{ id: 'e' },
			{ id: 'a' },
			{ id: 'b' }
		]);
	});

	it('counts problems per theme and per public, with the same status rule', () => {
		// Default statuses (e, f « écartée » left out): jeunesse = a (3) + c (5) + d (4) → 3
		// problems, weight 12; petite_enfance = b (2). Publics: only b names one.
		expect(boundRows(db(), buildProblemsByCategorySql('theme', {}))).toEqual([
			{ value: 'jeunesse', problems: 3, weight: 12 },
			{ value: 'petite_enfance', problems: 1, weight: 2 }
		]);
		expect(boundRows(db(), buildProblemsByCategorySql('public', {}))).toEqual([
			{ value: 'familles_monoparentales', problems: 1, weight: 2 }
		]);
		// Every status: jeunesse gains e (6) and f (1) → 5 problems, weight 19.
		expect(boundRows(db(), buildProblemsByCategorySql('theme', ALL))[0]).toEqual({
			value: 'jeunesse',
			problems: 5,
			weight: 19
		});
	});
});

/**
 * The fictional example set (data/problemes-exemple-fictif.csv), counted by hand with
 *   tr -d '\r' < data/problemes-exemple-fictif.csv | awk -F';' -v c="La Grand-Combe" \
 *     'NR>1 { n=split($8, a, / \| /); for (i=1;i<=n;i++) if (a[i]==c) print NR, $10, $12 }'
 * (column 8 = communes separated by « | », 10 = weight, 12 = status; NR = line of the file):
 *   La Grand-Combe (30132): lines 16 (8, retenue), 17 (5), 20 (6), 21 (11, retenue), 22 (7),
 *     23 (4), 27 (2, écartée) → all: 7 problems, weight 43; without « écartée »: 6, weight 41.
 *   Saint-Christol-lez-Alès (30243): lines 3 (5, nouvelle), 12 (3, écartée)
 *     → all: 2 problems, weight 8; without « écartée »: 1, weight 5.
 *   Boisset-et-Gaujac (30042): line 37 (2, écartée) → all: 1, weight 2; without: 0, weight 0.
 *   « écartée » rows are 12, 27 and 37 (grep -n écartée), naming 1 + 1 + 2 = 4 communes.
 *   « tout le territoire »: lines 7, 10, 15, 25, 28, 41, weights 8 + 7 + 5 + 6 + 5 + 5 = 36,
 *     none « écartée ».
 * Populations are the test's own: 5 000, 8 000 and 2 000, so intensities are easy by hand.
 */
describe('the fictional example set, with and without « écartée »', () => {
	let example: Problem[] = [];
	beforeAll(async () => {
		example = await loadExample(ALES_COMMUNES);
	});
	const db = useNodeDb((conn) =>
		loadProblemTables(conn, example, { '30132': 5000, '30243': 8000, '30042': 2000 })
	);
	const pick = (rows: Record<string, unknown>[]) =>
		['30132', '30243', '30042'].map((code) => {
			const r = rows.find((x) => x.code === code)!;
			return [code, r.problems, r.weight, r.intensity];
		});
	const near = (x: number) => expect.closeTo(x, 10);
	const mentions = (rows: Record<string, unknown>[]) =>
		rows.reduce((n, r) => n + (r.problems as number), 0);

	it('leaves « écartée » out by default', () => {
		const rows = boundRows(db(), buildProblemsByCommuneSql({}));
		// 41 / 5 000 × 1 000 = 8.2; 5 / 8 000 × 1 000 = 0.625; Boisset-et-Gaujac: 0.
		expect(pick(rows)).toEqual([
			['30132', 6, 41, near(8.2)],
			['30243', 1, 5, near(0.625)],
			['30042', 0, 0, 0]
		]);
		expect(boundRows(db(), buildWholeTerritorySql({}))).toEqual([{ problems: 6, weight: 36 }]);
		expect(mentions(boundRows(db(), buildProblemsByCommuneSql(ALL))) - mentions(rows)).toBe(4);
	});

	it('counts « écartée » when every status is ticked', () => {
		// 43 / 5 000 × 1 000 = 8.6; 8 / 8 000 × 1 000 = 1; 2 / 2 000 × 1 000 = 1.
		expect(pick(boundRows(db(), buildProblemsByCommuneSql(ALL)))).toEqual([
			['30132', 7, 43, near(8.6)],
			['30243', 2, 8, near(1)],
			['30042', 1, 2, near(1)]
		]);
		expect(boundRows(db(), buildWholeTerritorySql(ALL))).toEqual([{ problems: 6, weight: 36 }]);
	});
});
