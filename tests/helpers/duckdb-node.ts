/**
 * DuckDB-WASM in Node for tests: the blocking build (the async one hangs here, see STACK.md).
 * One instance per test file; open and close a connection per test.
 */
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
type Blocking = typeof import('@duckdb/duckdb-wasm/blocking');
const duckdb: Blocking = require('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs');

export type NodeDb = Awaited<ReturnType<Blocking['createDuckDB']>>;
export type NodeConn = ReturnType<NodeDb['connect']>;

/** Starts a blocking DuckDB-WASM with extension autoloading off (no download, ever). */
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

/** Opens a connection with the offline settings the app uses. */
export function connect(db: NodeDb): NodeConn {
	const conn = db.connect();
	conn.query('SET autoload_known_extensions = false');
	conn.query('SET autoinstall_known_extensions = false');
	return conn;
}

/** Runs a query and returns plain JS rows (BigInt → number). */
export function rows(conn: NodeConn, sql: string): Record<string, unknown>[] {
	return conn
		.query(sql)
		.toArray()
		.map((r) => {
			const o = r.toJSON() as Record<string, unknown>;
			for (const k of Object.keys(o)) if (typeof o[k] === 'bigint') o[k] = Number(o[k]);
			return o;
		});
}

/** Runs a prepared statement with bound parameters and returns plain rows. */
export function boundRows(
	conn: NodeConn,
	q: { sql: string; params: unknown[] }
): Record<string, unknown>[] {
	const stmt = conn.prepare(q.sql);
	try {
		return stmt
			.query(...q.params)
			.toArray()
			.map((r) => {
				const o = r.toJSON() as Record<string, unknown>;
				for (const k of Object.keys(o)) if (typeof o[k] === 'bigint') o[k] = Number(o[k]);
				return o;
			});
	} finally {
		stmt.close();
	}
}

/**
 * One engine per test file and one connection per test, with the usual hooks. `setup` runs on
 * each new connection (fixture tables). Returns a getter for the current connection.
 */
export function useNodeDb(setup?: (conn: NodeConn) => void): () => NodeConn {
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
		setup?.(conn);
	});
	afterEach(() => {
		conn.close();
	});
	return () => conn;
}
