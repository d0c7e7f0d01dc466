/**
 * The connector reserved for user SQL: a connection of its own, through which a query can read
 * every table but change none (see `sql/user-query.ts` for why a wrapped, prepared query cannot
 * write). Results are cut at a row limit, and the rows say so.
 */
import { buildUserQuerySql, USER_SQL_MAX_ROWS, UserSqlError } from '$lib/sql/user-query';
import type { Row } from './columns';

export { UserSqlError } from '$lib/sql/user-query';

/** A query with its bound parameters (`?` or `$1` in the SQL). */
export interface BoundQuery {
	sql: string;
	params: unknown[];
}

/** Rows of a user query; `truncated` when the query had more than the limit. */
export type UserRows = Row[] & { truncated: boolean };

/** The small connector interface, for user SQL. */
export interface UserSqlConnector {
	/** At most this many rows come back. */
	readonly maxRows: number;
	query(sql: string): Promise<UserRows>;
	queryBound(q: BoundQuery): Promise<UserRows>;
}

/** Prepares one statement on the user connection and runs it with its parameters. */
export type PreparedRunner = (q: BoundQuery) => Promise<Row[]> | Row[];

/** The user-SQL connector over a runner of prepared statements (browser or Node connection). */
export function createUserSql(
	run: PreparedRunner,
	maxRows: number = USER_SQL_MAX_ROWS
): UserSqlConnector {
	async function queryBound(q: BoundQuery): Promise<UserRows> {
		const sql = buildUserQuerySql(q.sql, maxRows);
		let rows: Row[];
		try {
			rows = await run({ sql, params: q.params });
		} catch (e) {
			throw new UserSqlError(refusal(e instanceof Error ? e.message : String(e)));
		}
		const truncated = rows.length > maxRows;
		return Object.assign(truncated ? rows.slice(0, maxRows) : rows, { truncated });
	}
	return { maxRows, queryBound, query: (sql) => queryBound({ sql, params: [] }) };
}

/**
 * The French message of an engine error. A statement that is not a single query fails in the
 * parser (or when a second statement is prepared); other errors are those of a query.
 */
function refusal(detail: string): string {
	if (/^Parser Error|multiple statements/i.test(detail))
		return `Requête refusée ou mal écrite : seule une requête de lecture est acceptée (SELECT, WITH, FROM, VALUES, DESCRIBE…), une seule à la fois ; les tables ne peuvent pas être modifiées ici. Détail du moteur : ${detail}`;
	return `La requête a échoué : ${detail}`;
}
