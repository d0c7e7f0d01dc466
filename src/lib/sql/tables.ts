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
