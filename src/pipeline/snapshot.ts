/**
 * `snapshot.json`: every indicator for every commune, plus territory and département aggregates,
 * computed at build time by running the app's own SQL builders in DuckDB (Node blocking build)
 * over the very files the browser loads. There is no second implementation of the formulas.
 */
import { connect, createNodeDb, rows } from '../lib/data/duckdb-node';
import { toAggregates, toIndicatorValues } from '../lib/data/indicator-values';
import type { Indicator, Snapshot } from '../lib/indicators/types';
import { buildAggregatesSql, buildCommuneValuesSql } from '../lib/sql/indicators';
import { buildLoadTablesSql, TABLE_FILES } from '../lib/sql/tables';

/** The text of the two files DuckDB loads (`commune_values.csv`, `value_gaps.csv`). */
export type TableTexts = Record<keyof typeof TABLE_FILES, string>;

/** Runs the indicator SQL over the tables and collects the snapshot. */
export async function buildSnapshot(
	tables: TableTexts,
	indicators: readonly Indicator[],
	generatedAt: string
): Promise<Snapshot> {
	const db = await createNodeDb();
	try {
		for (const [key, file] of Object.entries(TABLE_FILES)) {
			db.registerFileText(file, tables[key as keyof TableTexts]);
		}
		const conn = connect(db);
		for (const sql of buildLoadTablesSql()) conn.query(sql);
		const out: Snapshot['indicators'] = {};
		for (const ind of indicators) {
			const values = toIndicatorValues(rows(conn, buildCommuneValuesSql(ind)));
			out[ind.id] = { ...values, ...toAggregates(rows(conn, buildAggregatesSql(ind))) };
		}
		conn.close();
		return { generatedAt, indicators: out };
	} finally {
		// The blocking build has no terminate(): reset frees its memory.
		db.reset();
	}
}
