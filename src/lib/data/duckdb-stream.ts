/**
 * The browser's {@link StreamRunner} for the SQL console: DuckDB-WASM's `send` runs a query as a
 * pending query that the worker advances poll by poll, so other pages' queries keep being
 * answered meanwhile and `cancelSent` can stop it between two steps.
 */
import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { arrowToRows, type ArrowLike, type Row } from './columns';
import type { StreamRunner } from './user-sql';

export function streamRunner(conn: AsyncDuckDBConnection): StreamRunner {
	return {
		async check(sql) {
			const stmt = await conn.prepare(sql);
			await stmt.close();
		},
		async send(sql) {
			const reader = await conn.send(sql, true);
			if (!reader) throw new Error('le moteur de requêtes ne répond plus');
			const rows: Row[] = [];
			let columns: string[] = reader.schema?.fields.map((f) => f.name) ?? [];
			for await (const batch of reader) {
				columns = batch.schema.fields.map((f) => f.name);
				for (const r of arrowToRows(batch as unknown as ArrowLike)) rows.push(r);
			}
			return { rows, columns };
		},
		async cancel() {
			await conn.cancelSent();
		}
	};
}
