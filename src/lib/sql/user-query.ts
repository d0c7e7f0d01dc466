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

/** The user's text starts on the wrapped query's second line (`buildUserQuerySql`). */
const WRAP_LINES_BEFORE = 1;

/** One of DuckDB's « LINE n: text » blocks, with its caret line. */
const LINE_BLOCK = /^LINE (\d+): (.*)\n( *)\^$/;

/**
 * The engine's error detail as the user can read it against the query typed: DuckDB writes the
 * « LINE n: … ^ » block twice for a parser error, and counts lines in the wrapped query (the
 * user's first line is its second, and a query cut short fails on the wrapper's closing line,
 * `) AS requete_utilisateur LIMIT …`, which the user never wrote). Each block is said once, with
 * the user's line number, in French; a failure past the user's text says the query ends too soon.
 */
export function engineDetail(detail: string, text: string): string {
	const leading = (/^\s*/.exec(text)?.[0].match(/\n/g) ?? []).length;
	const body = text.trim().replace(TRAILING_SEMICOLON, '');
	const bodyLines = body.split('\n').length;
	const blocks: string[] = [];
	for (const block of detail.split('\n\n')) {
		const m = LINE_BLOCK.exec(block);
		let said = block;
		if (m) {
			const line = Number(m[1]) - WRAP_LINES_BEFORE;
			if (line < 1 || line > bodyLines)
				said = 'À la fin de la requête : elle s’arrête trop tôt, il y manque la suite.';
			else {
				const label = `ligne ${line + leading} : `;
				const shift = label.length - `LINE ${m[1]}: `.length;
				said = `${label}${m[2]}\n${' '.repeat(Math.max(0, m[3]!.length + shift))}^`;
			}
		}
		if (!blocks.includes(said)) blocks.push(said);
	}
	return blocks.join('\n\n');
}
