import { describe, expect, it } from 'vitest';
import { rows, useNodeDb } from '../../../../tests/helpers/duckdb-node';
import { makeProblem } from '../../../../tests/fixtures/workshops/helpers';
import { problemsToArrowIPC } from './arrow';

const problem = makeProblem;

const db = useNodeDb();

describe('Arrow IPC streams in DuckDB', () => {
	it('load with SQL types and join on commune codes', () => {
		const ipc = problemsToArrowIPC([
			problem('a', { weight: 3, communes: ['30007', '30010'] }),
			problem('b', { weight: 2, forum: { date: '2025-05-20', lieu: '', numero: null } }),
			problem('c', { communes: [], wholeTerritory: true })
		]);
		db().insertArrowFromIPCStream(ipc.problems, { name: 'problems' });
		db().insertArrowFromIPCStream(ipc.problem_links, { name: 'problem_links' });
		expect(
			rows(
				db(),
				"SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'problems' ORDER BY ordinal_position"
			)
		).toEqual([
			{ column_name: 'id', data_type: 'VARCHAR' },
			{ column_name: 'forum_date', data_type: 'DATE' },
			{ column_name: 'forum_lieu', data_type: 'VARCHAR' },
			{ column_name: 'forum_numero', data_type: 'INTEGER' },
			{ column_name: 'theme', data_type: 'VARCHAR' },
			{ column_name: 'description', data_type: 'VARCHAR' },
			{ column_name: 'weight', data_type: 'INTEGER' },
			{ column_name: 'raised_by', data_type: 'VARCHAR' },
			{ column_name: 'status', data_type: 'VARCHAR' },
			{ column_name: 'whole_territory', data_type: 'BOOLEAN' },
			{ column_name: 'example', data_type: 'BOOLEAN' }
		]);
		expect(
			rows(
				db(),
				`SELECT l.value AS code, sum(p.weight)::INTEGER AS weight, count(*) AS n
				 FROM problems p JOIN problem_links l ON l.problem_id = p.id AND l.dimension = 'commune'
				 GROUP BY 1 ORDER BY 1`
			)
		).toEqual([
			{ code: '30007', weight: 5, n: 2 },
			{ code: '30010', weight: 3, n: 1 }
		]);
		expect(
			rows(
				db(),
				"SELECT strftime(forum_date, '%d/%m/%Y') AS d, forum_numero FROM problems WHERE id = 'b'"
			)
		).toEqual([{ d: '20/05/2025', forum_numero: null }]);
	});
});
