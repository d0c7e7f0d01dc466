/** Workshop problems and commune populations as DuckDB tables, for SQL tests in Node. */
import { problemsToArrowIPC } from '$lib/features/workshops/arrow';
import type { Problem } from '$lib/features/workshops/model';
import type { NodeConn } from './duckdb-node';

/**
 * (Re)creates `problems`, `problem_links` and a small `commune_values` holding only `rp22_pop`
 * for the given communes (populations chosen by the test, so intensities can be done by hand).
 */
export function loadProblemTables(
	conn: NodeConn,
	problems: readonly Problem[],
	populations: Record<string, number>
): void {
	for (const t of ['problems', 'problem_links', 'commune_values'])
		conn.query(`DROP TABLE IF EXISTS ${t}`);
	const ipc = problemsToArrowIPC(problems);
	conn.insertArrowFromIPCStream(ipc.problems, { name: 'problems' });
	conn.insertArrowFromIPCStream(ipc.problem_links, { name: 'problem_links' });
	const rows = Object.entries(populations)
		.map(([code, pop]) => `('${code}', ${Number(pop)})`)
		.join(', ');
	conn.query(`CREATE TABLE commune_values AS SELECT * FROM (VALUES ${rows}) t(code, rp22_pop)`);
}
