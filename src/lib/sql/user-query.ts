/**
 * The one way user-typed SQL (the future SQL console) reaches the engine: wrapped as a subquery
 * with a row limit. Only a read-only query can stand inside `SELECT * FROM ( … )`: DuckDB's
 * parser refuses DROP, INSERT, UPDATE, CREATE, ATTACH, COPY, SET, INSTALL/LOAD and PRAGMA there.
 * A text that closes the parenthesis and adds a second statement after a « ; » is refused when
 * it is prepared (DuckDB prepares one statement at a time), see `data/user-sql.ts`.
 */

/** Rows returned at most; one more is asked for, to know that the result was cut. */
export const USER_SQL_MAX_ROWS = 10_000;

/** A user query refused before or by the engine, with a French message saying what to do. */
export class UserSqlError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'UserSqlError';
	}
}

/** A single trailing « ; » (and the spaces around it) is what people type: it is dropped. */
const TRAILING_SEMICOLON = /;\s*$/;

/**
 * The wrapped SQL of a user query. The line breaks matter: a `-- comment` on the user's last
 * line would otherwise swallow the closing parenthesis and the limit.
 */
export function buildUserQuerySql(text: string, maxRows = USER_SQL_MAX_ROWS): string {
	const body = text.trim().replace(TRAILING_SEMICOLON, '');
	if (!body) throw new UserSqlError('La requête est vide : écrivez une requête SELECT.');
	if (!(Number.isInteger(maxRows) && maxRows > 0)) throw new RangeError(`maxRows: ${maxRows}`);
	return `SELECT * FROM (\n${body}\n) AS requete_utilisateur LIMIT ${maxRows + 1}`;
}
