/**
 * DuckDB-WASM in Node, for the build-time pipeline and the tests: the blocking build (the async
 * one hangs in Node, see STACK.md). Never imported by browser code.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { arrowToRows, type ArrowLike, type Row } from './columns';

const require = createRequire(import.meta.url);
type Blocking = typeof import('@duckdb/duckdb-wasm/blocking');
const duckdb: Blocking = require('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs');

export type NodeDb = Awaited<ReturnType<Blocking['createDuckDB']>>;
export type NodeConn = ReturnType<NodeDb['connect']>;

/** Starts a blocking DuckDB-WASM (about 1 s). */
export async function createNodeDb(): Promise<NodeDb> {
	const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));
	const bundles = {
		mvp: {
			mainModule: path.join(dist, 'duckdb-mvp.wasm'),
			mainWorker: path.join(dist, 'duckdb-node-mvp.worker.cjs')
		},
		eh: {
			mainModule: path.join(dist, 'duckdb-eh.wasm'),
			mainWorker: path.join(dist, 'duckdb-node-eh.worker.cjs')
		}
	};
	const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
	await db.instantiate();
	return db;
}

/**
 * Opens a connection with the offline settings the app uses: a failed extension autoload hangs
 * forever in Node (STACK.md), and would be a third-party request anywhere.
 */
export function connect(db: NodeDb): NodeConn {
	const conn = db.connect();
	conn.query('SET autoload_known_extensions = false');
	conn.query('SET autoinstall_known_extensions = false');
	return conn;
}

/** Runs a query and returns plain JS rows (BigInt → number, decimals read), as the browser does. */
export function rows(conn: NodeConn, sql: string): Row[] {
	return arrowToRows(conn.query(sql) as unknown as ArrowLike);
}

/** Runs a prepared statement with bound parameters and returns plain rows. */
export function boundRows(conn: NodeConn, q: { sql: string; params: unknown[] }): Row[] {
	const stmt = conn.prepare(q.sql);
	try {
		return arrowToRows(stmt.query(...q.params) as unknown as ArrowLike);
	} finally {
		stmt.close();
	}
}
