/**
 * SQL that puts an imported dataset's per-commune numbers into `commune_values` (two columns per
 * dataset) and the reasons of its NULL cells into `value_gaps`, so that its indicator runs through
 * the same SQL as every built-in one (`indicators.ts`). Column names come from the dataset id,
 * checked by `ident`; commune codes are trusted constants (matched against the territory);
 * numbers are checked finite by `literal`.
 */
import { GAPS_TABLE, VALUES_TABLE } from './indicators';
import { ident, literal } from './ident';

/** What one dataset puts into the engine. */
export interface DatasetColumns {
	/** Numerator (or value) column and a rate's denominator column. */
	columns: { n: string; d: string };
	/** Whether the denominator column is used (rates only). */
	withDenominator: boolean;
	counts: { n: Record<string, number>; d: Record<string, number> };
	/** Communes whose cell the file leaves secret. */
	secret: readonly string[];
	/** Communes with a row the import could not read. */
	refused: readonly string[];
}

const inList = (codes: readonly string[]) => (codes.length ? codes.map(literal).join(', ') : "''");

const gapRows = (column: string, ds: DatasetColumns) =>
	`INSERT INTO ${ident(GAPS_TABLE)} SELECT code, ${literal(column)}, CASE WHEN code IN (${inList(ds.secret)}) THEN 'secret' WHEN code IN (${inList(ds.refused)}) THEN 'rejete' ELSE 'non_publie' END FROM ${ident(VALUES_TABLE)} WHERE ${ident(column)} IS NULL`;

/** Statements (run in order) that (re)write one dataset's columns and gaps. */
export function buildInstallDatasetSql(ds: DatasetColumns): string[] {
	const cols = ds.withDenominator ? [ds.columns.n, ds.columns.d] : [ds.columns.n];
	const codes = Object.keys(ds.counts.n);
	const out = [
		...cols.map(
			(c) => `ALTER TABLE ${ident(VALUES_TABLE)} ADD COLUMN IF NOT EXISTS ${ident(c)} DOUBLE`
		),
		`UPDATE ${ident(VALUES_TABLE)} SET ${cols.map((c) => `${ident(c)} = NULL`).join(', ')}`,
		`DELETE FROM ${ident(GAPS_TABLE)} WHERE "column" IN (${cols.map(literal).join(', ')})`
	];
	if (codes.length) {
		const rows = codes
			.map(
				(code) =>
					`(${literal(code)}, ${literal(ds.counts.n[code] ?? null)}, ${literal(ds.counts.d[code] ?? null)})`
			)
			.join(', ');
		const set = ds.withDenominator
			? `${ident(ds.columns.n)} = t.n, ${ident(ds.columns.d)} = t.d`
			: `${ident(ds.columns.n)} = t.n`;
		out.push(
			`UPDATE ${ident(VALUES_TABLE)} AS v SET ${set} FROM (VALUES ${rows}) AS t(code, n, d) WHERE v.code = t.code`
		);
	}
	out.push(...cols.map((c) => gapRows(c, ds)));
	return out;
}

/** Statements that remove one dataset's columns, gaps and rows table. */
export function buildRemoveDatasetSql(columns: { n: string; d: string }, table: string): string[] {
	return [
		`DELETE FROM ${ident(GAPS_TABLE)} WHERE "column" IN (${literal(columns.n)}, ${literal(columns.d)})`,
		`ALTER TABLE ${ident(VALUES_TABLE)} DROP COLUMN IF EXISTS ${ident(columns.n)}`,
		`ALTER TABLE ${ident(VALUES_TABLE)} DROP COLUMN IF EXISTS ${ident(columns.d)}`,
		`DROP TABLE IF EXISTS ${ident(table)}`
	];
}
