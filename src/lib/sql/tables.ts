/**
 * Loading the pipeline's CSV files into DuckDB, the same way at build time (Node) and in the
 * browser, so both engines see the same tables and types.
 */
import { GAPS_TABLE, VALUES_TABLE } from './indicators';

/** The files to register with DuckDB before running {@link buildLoadTablesSql}. */
export const TABLE_FILES = { values: 'commune_values.csv', gaps: 'value_gaps.csv' } as const;

/** Statements creating `commune_values` and `value_gaps` from the registered files. */
export function buildLoadTablesSql(): string[] {
	return [
		// Codes stay text (leading zeros in other départements); the counts are inferred as numbers.
		`CREATE OR REPLACE TABLE ${VALUES_TABLE} AS SELECT * FROM read_csv('${TABLE_FILES.values}', header = true, types = {'code': 'VARCHAR', 'nom': 'VARCHAR', 'ref_point_kind': 'VARCHAR'})`,
		`CREATE OR REPLACE TABLE ${GAPS_TABLE} AS SELECT * FROM read_csv('${TABLE_FILES.gaps}', header = true, columns = {'code': 'VARCHAR', 'column': 'VARCHAR', 'reason': 'VARCHAR'})`
	];
}

/**
 * Run once the tables above are loaded: from then on DuckDB refuses every file-system access (a
 * file, or an address such as `read_csv('https://…')`, which it would fetch), for good: the
 * setting cannot be turned back on. Tables still change in memory (problems, imported datasets).
 */
export const NO_FILE_ACCESS_SQL = 'SET enable_external_access = false';
