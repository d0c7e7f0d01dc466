/**
 * DuckDB-WASM in Node for tests (the blocking build of `src/lib/data/duckdb-node.ts`):
 * one instance per test file; open and close a connection per test.
 */
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import {
	boundRows,
	connect,
	createNodeDb,
	rows,
	type NodeConn,
	type NodeDb
} from '../../src/lib/data/duckdb-node';

export { boundRows, connect, createNodeDb, rows, type NodeConn, type NodeDb };

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
