import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
	connect,
	createNodeDb,
	rows,
	type NodeConn,
	type NodeDb
} from '../../../tests/helpers/duckdb-node';
import { problemsToArrowIPC } from './arrow';
import type { Problem } from './model';

const problem = (id: string, patch: Partial<Problem>): Problem => ({
	id,
	forum: { date: '2025-03-14', lieu: 'Alès', numero: 1 },
	theme: 'jeunesse',
	subjects: ['mobilite'],
	publics: [],
	communes: ['30007'],
	wholeTerritory: false,
	description: id,
	weight: 1,
	raisedBy: null,
	status: 'nouvelle',
	createdAt: '2025-03-14T10:00:00.000Z',
	updatedAt: '2025-03-14T10:00:00.000Z',
	example: false,
	...patch
});

let db: NodeDb;
let conn: NodeConn;
beforeAll(async () => {
	db = await createNodeDb();
});
afterAll(() => {
	// The blocking build has no terminate(); the process ends with the test file.
	db.reset();
});
beforeEach(() => {
	conn = connect(db);
});
afterEach(() => {
	conn.close();
});

describe('Arrow IPC streams in DuckDB', () => {
	it('load with SQL types and join on commune codes', () => {
		const ipc = problemsToArrowIPC([
			problem('a', { weight: 3, communes: ['30007', '30010'] }),
			problem('b', { weight: 2, forum: { date: '2025-05-20', lieu: '', numero: null } }),
			problem('c', { communes: [], wholeTerritory: true })
		]);
		conn.insertArrowFromIPCStream(ipc.problems, { name: 'problems' });
		conn.insertArrowFromIPCStream(ipc.problem_links, { name: 'problem_links' });
		expect(
			rows(
				conn,
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
				conn,
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
				conn,
				"SELECT strftime(forum_date, '%d/%m/%Y') AS d, forum_numero FROM problems WHERE id = 'b'"
			)
		).toEqual([{ d: '20/05/2025', forum_numero: null }]);
	});
});
