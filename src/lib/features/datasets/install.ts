/**
 * A dataset in the query engine: its per-commune numbers become two `commune_values` columns
 * (with the reasons of its NULL cells in `value_gaps`), and its kept rows a table of their own
 * for the SQL console. Its indicator's values are then computed by the engine, through the one
 * SQL of every indicator, and added to the snapshot every page reads.
 */
import { Table, tableToIPC, Utf8, vectorFromArray, type Vector } from 'apache-arrow';
import type { Engine } from '$lib/data/duckdb';
import { duckdbProvider } from '$lib/data/values';
import type { Indicator, Snapshot } from '$lib/indicators/types';
import { buildInstallDatasetSql, buildRemoveDatasetSql } from '$lib/sql/user-datasets';
import { datasetColumns, type StoredDataset } from './model';

/** Column names of the rows table: `code`, then the file's headers made unique and non-empty. */
export function rowsTableColumns(headers: readonly string[]): string[] {
	const used = new Set(['code']);
	return [
		'code',
		...headers.map((h, i) => {
			const base = h.trim() || `colonne_${i + 1}`;
			let name = base;
			for (let k = 2; used.has(name.toLowerCase()); k++) name = `${base}_${k}`;
			used.add(name.toLowerCase());
			return name;
		})
	];
}

/** The kept rows as an Arrow IPC stream: every cell as text, as the file wrote it. */
function rowsIpc(ds: StoredDataset): Uint8Array {
	const names = rowsTableColumns(ds.table.headers);
	const columns: Record<string, Vector<Utf8>> = {};
	names.forEach((name, c) => {
		const values = ds.table.rows.map((r) => (c === 0 ? r.code : (r.cells[c - 1] ?? null)));
		columns[name] = vectorFromArray(values, new Utf8());
	});
	return tableToIPC(new Table(columns), 'stream');
}

/** Puts (or puts again) one dataset into the engine. */
export async function installDataset(engine: Engine, ds: StoredDataset): Promise<void> {
	const sql = buildInstallDatasetSql({
		columns: datasetColumns(ds.id),
		withDenominator: ds.settings.measure.kind === 'rate',
		counts: ds.counts,
		secret: ds.secret,
		refused: ds.refused ?? []
	});
	for (const statement of sql) await engine.query(statement);
	await engine.replaceTables({ [ds.id]: rowsIpc(ds) });
}

/** Takes a dataset out of the engine (its columns, gaps and rows table). */
export async function uninstallDataset(engine: Engine, id: string): Promise<void> {
	for (const statement of buildRemoveDatasetSql(datasetColumns(id), id))
		await engine.query(statement);
}

/** Computes an indicator's values and aggregates in the engine, into the snapshot. */
export async function snapshotIndicator(
	engine: Engine,
	snapshot: Snapshot,
	indicator: Indicator
): Promise<void> {
	const provider = duckdbProvider(engine);
	const [values, aggregates] = await Promise.all([
		provider.communeValues(indicator),
		provider.aggregates(indicator)
	]);
	snapshot.indicators[indicator.id] = { ...values, ...aggregates };
}
