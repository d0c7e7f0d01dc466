import { describe, expect, it } from 'vitest';
import { problemsToArrowIPC } from '$lib/workshops/arrow';
import { boundRows, useNodeDb } from '../../../tests/helpers/duckdb-node';
import { makeProblem } from '../../../tests/fixtures/workshops/helpers';
import {
	buildCommuneProblemIdsSql,
	buildProblemCubeSql,
	buildProblemsByCommuneSql,
	buildWholeTerritorySql
} from './problems';

const problem = makeProblem;

// Four problems, counted by hand below.
const PROBLEMS = [
	problem('a', { weight: 3, communes: ['30007', '30132'], subjects: ['mobilite', 'logement'] }),
	problem('b', {
		weight: 2,
		theme: 'petite_enfance_enfance',
		subjects: ['garde_enfants'],
		publics: ['familles_monoparentales']
	}),
	problem('c', { weight: 5, communes: [], wholeTerritory: true }),
	problem('d', {
		weight: 4,
		communes: ['30132'],
		forum: { date: '2025-05-20', lieu: 'La Grand-Combe', numero: 2 }
	})
];

const db = useNodeDb((conn) => {
	for (const t of ['problems', 'problem_links', 'commune_values'])
		conn.query(`DROP TABLE IF EXISTS ${t}`);
	const ipc = problemsToArrowIPC(PROBLEMS);
	conn.insertArrowFromIPCStream(ipc.problems, { name: 'problems' });
	conn.insertArrowFromIPCStream(ipc.problem_links, { name: 'problem_links' });
	conn.query(
		"CREATE TABLE commune_values AS SELECT * FROM (VALUES ('30007', 45000.0), ('30132', 5000.0)) t(code, rp22_pop)"
	);
});

describe('problems joined with communes', () => {
	it('counts a multi-commune problem once per commune, weights and intensity per 1 000', () => {
		// 30007: a (3) + b (2) = 2 problems, weight 5 → 5 / 45 000 × 1 000 = 0.1111
		// 30132: a (3) + d (4) = 2 problems, weight 7 → 7 / 5 000 × 1 000 = 1.4
		const r = boundRows(db(), buildProblemsByCommuneSql({}));
		expect(r.map((x) => [x.code, x.problems, x.weight])).toEqual([
			['30007', 2, 5],
			['30132', 2, 7]
		]);
		expect(r[0]!.intensity as number).toBeCloseTo(0.11111, 5);
		expect(r[1]!.intensity as number).toBeCloseTo(1.4, 10);
	});

	it('keeps whole-territory problems apart', () => {
		expect(boundRows(db(), buildWholeTerritorySql({}))).toEqual([{ problems: 1, weight: 5 }]);
	});

	it('filters by theme, subject, public and forum with bound parameters', () => {
		// subject logement: only a → 30007 and 30132, weight 3 each
		expect(
			boundRows(db(), buildProblemsByCommuneSql({ subjects: ['logement'] })).map((x) => [
				x.code,
				x.weight
			])
		).toEqual([
			['30007', 3],
			['30132', 3]
		]);
		// public familles_monoparentales: only b → 30007
		expect(
			boundRows(db(), buildProblemsByCommuneSql({ publics: ['familles_monoparentales'] })).map(
				(x) => x.code
			)
		).toEqual(['30007']);
		// forum of 20 May 2025: only d
		expect(boundRows(db(), buildCommuneProblemIdsSql('30132', { forums: ['2025-05-20'] }))).toEqual(
			[{ id: 'd' }]
		);
		// a value that looks like SQL stays a value
		expect(boundRows(db(), buildProblemsByCommuneSql({ themes: ["x' OR 1=1 --"] }))).toEqual([]);
	});

	it('builds the commune × theme × subject × public cube', () => {
		const r = boundRows(db(), buildProblemCubeSql({ themes: ['jeunesse'] }));
		// a: 2 communes × 2 subjects = 4 cells; c: territory × mobilite; d: 30132 × mobilite
		expect(r.map((x) => [x.commune, x.subject, x.weight])).toEqual([
			['30007', 'logement', 3],
			['30007', 'mobilite', 3],
			['30132', 'logement', 3],
			['30132', 'mobilite', 7],
			['territoire', 'mobilite', 5]
		]);
	});

	it('lists the problems of a commune, heaviest first', () => {
		expect(boundRows(db(), buildCommuneProblemIdsSql('30132', {}))).toEqual([
			{ id: 'd' },
			{ id: 'a' }
		]);
	});
});
