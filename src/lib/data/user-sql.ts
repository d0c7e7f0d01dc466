/**
 * The connector reserved for user SQL: a connection of its own, through which a query can read
 * every table but change none (see `sql/user-query.ts` for why a wrapped, prepared query cannot
 * write). Results are cut at a row limit, and the rows say so.
 */
import {
	buildUserQuerySql,
	engineDetail,
	USER_SQL_MAX_ROWS,
	UserSqlError
} from '$lib/sql/user-query';
import type { Row } from './columns';

export { UserSqlError } from '$lib/sql/user-query';

/** A query with its bound parameters (`?` or `$1` in the SQL). */
export interface BoundQuery {
	sql: string;
	params: unknown[];
}

/** Rows of a user query; `truncated` when the query had more than the limit. */
export type UserRows = Row[] & { truncated: boolean };

/** A result with its column names (known even when it has no row). */
export interface UserResult {
	rows: UserRows;
	columns: string[];
}

/** A query started from the console: its result, and a way to stop it. */
export interface RunningQuery {
	result: Promise<UserResult>;
	/** Asks the engine to stop; `result` then fails with « Requête annulée ». */
	cancel(): Promise<void>;
}

/**
 * Runs a query in steps the engine can interleave with other pages' queries and stop between
 * (DuckDB-WASM's `send` and `cancelSent`). `check` prepares the text and closes it: it throws
 * when the text is not one statement the read-only wrapper accepts, so nothing else is sent.
 */
export interface StreamRunner {
	check(sql: string): Promise<void>;
	send(sql: string): Promise<{ rows: Row[]; columns: string[] }>;
	cancel(): Promise<void>;
}

/** The small connector interface, for user SQL. */
export interface UserSqlConnector {
	/** At most this many rows come back. */
	readonly maxRows: number;
	query(sql: string): Promise<UserRows>;
	queryBound(q: BoundQuery): Promise<UserRows>;
	/** Starts a query that can be cancelled (the console's way). */
	start(sql: string): RunningQuery;
}

/** Prepares one statement on the user connection and runs it with its parameters. */
export type PreparedRunner = (q: BoundQuery) => Promise<Row[]> | Row[];

/** The user-SQL connector over a runner of prepared statements (browser or Node connection). */
export function createUserSql(
	run: PreparedRunner,
	maxRows: number = USER_SQL_MAX_ROWS,
	stream?: StreamRunner
): UserSqlConnector {
	const cut = (rows: Row[]): UserRows => {
		const truncated = rows.length > maxRows;
		return Object.assign(truncated ? rows.slice(0, maxRows) : rows, { truncated });
	};

	async function queryBound(q: BoundQuery): Promise<UserRows> {
		const sql = buildUserQuerySql(q.sql, maxRows);
		let rows: Row[];
		try {
			rows = await run({ sql, params: q.params });
		} catch (e) {
			throw new UserSqlError(refusal(e, q.sql));
		}
		return cut(rows);
	}

	function start(text: string): RunningQuery {
		let cancelled = false;
		const result = (async (): Promise<UserResult> => {
			const sql = buildUserQuerySql(text, maxRows);
			try {
				if (!stream) {
					const rows = await run({ sql, params: [] });
					return { rows: cut(rows), columns: Object.keys(rows[0] ?? {}) };
				}
				await stream.check(sql);
				if (cancelled) throw new UserSqlError(CANCELLED);
				const { rows, columns } = await stream.send(sql);
				if (cancelled) throw new UserSqlError(CANCELLED);
				return { rows: cut(rows), columns };
			} catch (e) {
				if (cancelled) throw new UserSqlError(CANCELLED);
				if (e instanceof UserSqlError) throw e;
				throw new UserSqlError(refusal(e, text));
			}
		})();
		return {
			result,
			async cancel() {
				cancelled = true;
				await stream?.cancel();
			}
		};
	}

	return { maxRows, queryBound, query: (sql) => queryBound({ sql, params: [] }), start };
}

/** The message of a query the user stopped. */
export const CANCELLED = 'Requête annulée : le moteur a arrêté le calcul.';

/**
 * The French message of an engine error. A statement that is not a single query fails in the
 * parser (or when a second statement is prepared); other errors are those of a query.
 */
function refusal(e: unknown, text: string): string {
	const detail = engineDetail(e instanceof Error ? e.message : String(e), text);
	if (/^Permission Error|file system operations are disabled|:\/\//i.test(detail))
		return `Requête refusée : la console lit les tables de l’atlas, jamais un fichier ni une adresse internet (rien ne sort de ce navigateur). Pour vos propres données, importez un fichier sous « Vos jeux de données ». Détail du moteur (en anglais) : ${detail}`;
	const first = firstWord(text);
	if (/^Parser Error/i.test(detail) && NOT_READS.has(first))
		return `Requête refusée : « ${first} » n’est pas une lecture. Seule une requête de lecture est acceptée (SELECT, WITH, FROM, VALUES, DESCRIBE…), une seule à la fois ; rien ne peut être modifié, installé ni chargé ici.`;
	if (/^Parser Error|multiple statements/i.test(detail))
		return `Requête refusée ou mal écrite : seule une requête de lecture est acceptée (SELECT, WITH, FROM, VALUES, DESCRIBE…), une seule à la fois ; les tables ne peuvent pas être modifiées ici. Détail du moteur (en anglais) : ${detail}`;
	const kind = ENGINE_ERRORS.find(([pattern]) => pattern.test(detail));
	return kind
		? `La requête a échoué : ${kind[1]}. Détail du moteur (en anglais) : ${detail}`
		: `La requête a échoué. Détail du moteur (en anglais) : ${detail}`;
}

/**
 * What the engine's kinds of error mean, in French: its own text follows, in English, because it
 * names the table, column or value at fault and the candidates it knows.
 */
const ENGINE_ERRORS: readonly (readonly [RegExp, string])[] = [
	[
		/^Catalog Error/i,
		'une table ou une fonction nommée n’existe pas (les tables sont listées à côté de l’éditeur ; vérifiez l’orthographe)'
	],
	[
		/^Binder Error/i,
		'une colonne nommée n’existe pas dans ces tables, ou elle est mal employée (par exemple une colonne ni groupée ni agrégée avec GROUP BY)'
	],
	[
		/^Conversion Error/i,
		'une valeur ne peut pas être convertie dans le type demandé (par exemple un texte en nombre)'
	],
	[
		/^Out of Range Error/i,
		'un nombre dépasse ce que son type peut contenir (convertissez-le, par exemple en DOUBLE)'
	],
	[/^Invalid Input Error/i, 'une valeur donnée à une fonction n’est pas valide'],
	[
		/^Out of Memory Error/i,
		'le calcul demande plus de mémoire que ce navigateur n’en accorde (réduisez-le : WHERE, LIMIT, moins de jointures)'
	],
	[/^Not implemented Error/i, 'le moteur ne sait pas faire cette opération']
];

/** Statements that write, load or set something: refused, and named as such. */
const NOT_READS = new Set(
	(
		'DROP INSERT UPDATE DELETE CREATE ALTER ATTACH DETACH COPY SET RESET INSTALL LOAD PRAGMA ' +
		'CALL EXPORT IMPORT VACUUM CHECKPOINT BEGIN COMMIT ROLLBACK USE TRUNCATE MERGE GRANT'
	).split(' ')
);

/** The query's first word in upper case, past comments and spaces. */
function firstWord(text: string): string {
	const body = text.replace(/^(\s+|--[^\n]*(\n|$)|\/\*[\s\S]*?\*\/)+/, '');
	return /^[A-Za-z_]+/.exec(body)?.[0].toUpperCase() ?? '';
}
