/**
 * A Node DuckDB with the files the browser loads (static/data, written by the pipeline), as the
 * app's `Engine` sees it: `query` and `replaceTables` on one connection. Shared by the tests that
 * check engine figures against hand-computed values.
 */
import fs from 'node:fs';
import type { Engine } from '../../src/lib/data/duckdb';
import { buildLoadTablesSql, TABLE_FILES } from '../../src/lib/sql/tables';
import { connect, createNodeDb, rows, type NodeConn, type NodeDb } from './duckdb-node';

/** A started database with `commune_values` and `value_gaps` loaded on `conn`. */
export async function staticDb(): Promise<{ db: NodeDb; conn: NodeConn }> {
	const db = await createNodeDb();
	for (const file of Object.values(TABLE_FILES))
		db.registerFileText(file, fs.readFileSync(`static/data/${file}`, 'utf8'));
	const conn = connect(db);
	for (const sql of buildLoadTablesSql()) conn.query(sql);
	return { db, conn };
}

/** The app's engine calls over a Node connection (no user SQL connector). */
export function nodeEngine(conn: NodeConn): Engine {
	return {
		db: null as never,
		conn: null as never,
		query: async (sql) => rows(conn, sql),
		queryBound: async () => {
			throw new Error('not used in these tests');
		},
		async replaceTables(tables) {
			for (const [name, ipc] of Object.entries(tables)) {
				conn.query(`DROP TABLE IF EXISTS "${name}"`);
				conn.insertArrowFromIPCStream(ipc, { name, create: true });
			}
		},
		userSql: async () => {
			throw new Error('not used in these tests');
		}
	};
}
