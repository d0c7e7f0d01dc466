/**
 * The user-SQL connector on the Node blocking build: reads work, nothing can be changed. After
 * every refused statement the table is checked unchanged through the app's own connection.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { boundRows, connect, createNodeDb, rows, type NodeConn, type NodeDb } from './duckdb-node';
import { NO_FILE_ACCESS_SQL } from '$lib/sql/tables';
import {
	CANCELLED,
	createUserSql,
	UserSqlError,
	type StreamRunner,
	type UserSqlConnector
} from './user-sql';

let db: NodeDb;
let app: NodeConn;
let user: UserSqlConnector;
/** The console's path on Node: prepared to check, then run (Node's blocking build cannot cancel). */
let console: UserSqlConnector;

beforeAll(async () => {
	db = await createNodeDb();
	app = connect(db);
	const userConn = connect(db);
	user = createUserSql((q) => boundRows(userConn, q), 10);
	const stream: StreamRunner = {
		async check(sql) {
			userConn.prepare(sql).close();
		},
		async send(sql) {
			const table = userConn.query(sql);
			return { rows: rows(userConn, sql), columns: table.schema.fields.map((f) => f.name) };
		},
		async cancel() {}
	};
	console = createUserSql((q) => boundRows(userConn, q), 10, stream);
});
afterAll(() => app.close());
beforeEach(() => {
	app.query('CREATE OR REPLACE TABLE x AS SELECT range AS n, range % 2 = 0 AS pair FROM range(3)');
});

const tableX = () => rows(app, 'SELECT n FROM x ORDER BY n').map((r) => r.n);

describe('user SQL: reads', () => {
	it('runs queries as people write them', async () => {
		const cases: { args: string; expected: unknown[] }[] = [
			{ args: 'SELECT n FROM x ORDER BY n', expected: [{ n: 0 }, { n: 1 }, { n: 2 }] },
			{ args: 'select count(*) as c from x;', expected: [{ c: 3 }] },
			{ args: 'FROM x SELECT n WHERE pair ORDER BY n', expected: [{ n: 0 }, { n: 2 }] },
			{ args: 'WITH t AS (SELECT max(n) AS m FROM x) SELECT m FROM t', expected: [{ m: 2 }] },
			{ args: 'VALUES (1, 2)', expected: [{ col0: 1, col1: 2 }] },
			{ args: '-- le total\nSELECT sum(n)::INTEGER AS s FROM x -- fin', expected: [{ s: 3 }] },
			{ args: 'SELECT /* commentaire ; DROP */ 1 AS un', expected: [{ un: 1 }] },
			{ args: "SELECT 'a;b' AS t", expected: [{ t: 'a;b' }] }
		];
		for (const { args, expected } of cases) expect([...(await user.query(args))]).toEqual(expected);
		const described = await user.query('DESCRIBE x');
		expect(described.map((r) => r.column_name)).toEqual(['n', 'pair']);
	});

	it('reads sums and decimals as their values, not as Arrow’s unscaled integers', async () => {
		// x holds 0, 1, 2: SUM of a BIGINT is a HUGEINT (an Arrow decimal of scale 0) worth 3.
		// 12.34 as DECIMAL(10,2) is stored as 1234 with scale 2; -1.5 as DECIMAL(18,3) as -1500.
		// 2^127 - 1 is beyond a JS number's exact range, so it stays an exact string.
		const [r] = await user.query(
			'SELECT sum(n) AS s, 12.34::DECIMAL(10,2) AS d, (-1.5)::DECIMAL(18,3) AS neg, ' +
				'0.05::DECIMAL(4,2) AS small, 170141183460469231731687303715884105727::HUGEINT AS big FROM x'
		);
		expect(r).toEqual({
			s: 3,
			d: 12.34,
			neg: -1.5,
			small: 0.05,
			big: '170141183460469231731687303715884105727'
		});
	});

	it('binds parameters', async () => {
		const r = await user.queryBound({
			sql: 'SELECT n FROM x WHERE n >= ? ORDER BY n',
			params: [1]
		});
		expect([...r]).toEqual([{ n: 1 }, { n: 2 }]);
		expect(r.truncated).toBe(false);
	});

	it('cuts a result at the row limit and says so', async () => {
		const cut = await user.query('SELECT * FROM range(25)');
		expect(cut.length).toBe(10);
		expect(cut.truncated).toBe(true);
		const whole = await user.query('SELECT * FROM range(10)');
		expect(whole.length).toBe(10);
		expect(whole.truncated).toBe(false);
	});

	it('reports an error of a query as such, its kind said in French before the engine’s words', async () => {
		const message = async (sql: string) =>
			((await user.query(sql).catch((e: unknown) => e)) as Error).message;
		const column = await message('SELECT nope FROM x');
		expect(column).toMatch(
			/^La requête a échoué : une colonne nommée n’existe pas dans ces tables/
		);
		expect(column).toContain('Détail du moteur (en anglais) : Binder Error');
		expect(column).toContain('"nope"');
		const table = await message('SELECT * FROM nulle_part');
		expect(table).toMatch(/^La requête a échoué : une table ou une fonction nommée n’existe pas/);
		expect(table).toContain('Détail du moteur (en anglais) : Catalog Error');
		const cast = await message("SELECT 'deux'::INTEGER AS n");
		expect(cast).toMatch(/^La requête a échoué : une valeur ne peut pas être convertie/);
		expect(cast).toContain('Conversion Error');
		await expect(user.query('  ;  ')).rejects.toThrow(
			'La requête est vide : écrivez une requête SELECT.'
		);
	});

	it('points at the user’s own line, once, and never at the wrapper', async () => {
		const message = async (sql: string) =>
			((await console.start(sql).result.catch((e: unknown) => e)) as Error).message;
		// A typo on the first line: DuckDB says « LINE 2 » (the wrapper's first line comes before)
		// and writes the block twice.
		const typo = await message('SELEC 1');
		expect(typo).toMatch(/^Requête refusée ou mal écrite : /);
		expect(typo).toContain('syntax error at or near "1"\n\nligne 1 : SELEC 1\n');
		expect(typo.match(/ligne 1 :/g)).toHaveLength(1);
		expect(typo).not.toContain('LINE');
		// The third line of three, after two blank lines the user typed first: the fifth.
		const third = await message('\n\nSELECT *\nFROM x\nWHERE nope > 1');
		expect(third).toMatch(/^La requête a échoué : une colonne nommée/);
		expect(third).toContain('ligne 5 : WHERE nope > 1');
		// Cut short: DuckDB fails on the wrapper's closing line, which the user never wrote.
		const short = await message('SELECT 1 +');
		expect(short).toContain('À la fin de la requête : elle s’arrête trop tôt');
		expect(short).not.toContain('requete_utilisateur');
	});
});

describe('user SQL: nothing can be changed', () => {
	const refused = [
		'DROP TABLE x',
		'INSERT INTO x VALUES (9, false)',
		'UPDATE x SET n = 9',
		'DELETE FROM x',
		'CREATE TABLE y AS SELECT 1',
		'CREATE OR REPLACE TABLE x AS SELECT 9 AS n',
		'ALTER TABLE x RENAME TO y',
		"ATTACH 'autre.duckdb' AS autre",
		"COPY x TO 'x.csv' (FORMAT csv)",
		'SET autoload_known_extensions = true',
		'INSTALL json',
		'LOAD json',
		'PRAGMA enable_profiling',
		'CALL checkpoint()',
		'DELETE FROM x RETURNING n',
		'SELECT 1; DROP TABLE x',
		'SELECT 1;\nDROP TABLE x;',
		// Closing the wrapping parenthesis to slip in a second statement.
		'SELECT 1) AS a; DROP TABLE x; SELECT * FROM (SELECT 1',
		'SELECT 1 --\n); DROP TABLE x; --',
		'/* */ DROP TABLE x',
		'-- SELECT\nDROP TABLE x'
	];
	for (const sql of refused)
		it(`refuses ${JSON.stringify(sql)}`, async () => {
			const error = await user.query(sql).then(
				() => null,
				(e: unknown) => e
			);
			// The console's path prepares the same wrapped text first, so it refuses it too.
			const fromConsole = await console.start(sql).result.then(
				() => null,
				(e: unknown) => e
			);
			expect((fromConsole as Error).message).toMatch(/^Requête refusée/);
			expect(error).toBeInstanceOf(UserSqlError);
			expect((error as Error).message).toMatch(/^Requête refusée/);
			expect(tableX()).toEqual([0, 1, 2]);
			expect(
				rows(app, "SELECT count(*) AS c FROM duckdb_tables() WHERE table_name <> 'x'")
			).toEqual([{ c: 0 }]);
		});
});

describe('user SQL: a statement that is not a read is named as such', () => {
	it('says « INSTALL » is not a read, not that the query ends too soon', async () => {
		for (const [sql, word] of [
			['INSTALL httpfs', 'INSTALL'],
			['LOAD httpfs', 'LOAD'],
			['PRAGMA database_list', 'PRAGMA'],
			['-- un commentaire\n/* un autre */ drop table x', 'DROP']
		]) {
			const message = ((await console.start(sql!).result.catch((e: unknown) => e)) as Error)
				.message;
			expect(message).toMatch(new RegExp(`^Requête refusée : « ${word} » n’est pas une lecture`));
			expect(message).not.toContain('s’arrête trop tôt');
		}
		// A read cut short still says it ends too soon.
		const short = ((await console.start('SELECT 1 +').result.catch((e: unknown) => e)) as Error)
			.message;
		expect(short).toMatch(/^Requête refusée ou mal écrite : /);
	});
});

describe('user SQL: no file and no address, once the tables are loaded', () => {
	// The engine's start runs NO_FILE_ACCESS_SQL after its tables (data/duckdb.ts): here too.
	let locked: UserSqlConnector;
	let lockedApp: NodeConn;
	beforeAll(async () => {
		const lockedDb = await createNodeDb();
		lockedApp = connect(lockedDb);
		lockedApp.query('CREATE TABLE t AS SELECT 1 AS a');
		lockedApp.query(NO_FILE_ACCESS_SQL);
		const userConn = connect(lockedDb);
		locked = createUserSql((q) => boundRows(userConn, q), 10);
	});
	afterAll(() => lockedApp.close());

	for (const sql of [
		"SELECT * FROM read_csv('http://exemple.fr/x.csv')",
		"SELECT * FROM read_csv('htt' || 'ps://exemple.fr/x.csv')",
		"FROM 'https://exemple.fr/x.parquet'",
		"SELECT * FROM read_text('/etc/passwd')",
		"DESCRIBE 'https://exemple.fr/x.csv'"
	])
		it(`refuses ${JSON.stringify(sql)}, in French`, async () => {
			const error = await locked.query(sql).catch((e: unknown) => e);
			expect(error).toBeInstanceOf(UserSqlError);
			expect((error as Error).message).toMatch(
				/^Requête refusée : la console lit les tables de l’atlas, jamais un fichier ni une adresse internet/
			);
		});

	it('still reads the tables, and the app still changes them in memory', async () => {
		expect([...(await locked.query('SELECT a FROM t'))]).toEqual([{ a: 1 }]);
		lockedApp.query('CREATE OR REPLACE TABLE t AS SELECT 2 AS a');
		expect([...(await locked.query('SELECT a FROM t'))]).toEqual([{ a: 2 }]);
		expect(() => lockedApp.query('SET enable_external_access = true')).toThrow();
	});
});

describe('user SQL: the console path', () => {
	it('gives the column names, even of an empty result, and cuts at the limit', async () => {
		const empty = await console.start('SELECT n, pair FROM x WHERE n > 5').result;
		expect(empty.columns).toEqual(['n', 'pair']);
		expect([...empty.rows]).toEqual([]);
		// range(12) has 12 rows; the limit is 10, so 10 come back, flagged.
		const cut = await console.start('SELECT range AS r FROM range(12)').result;
		expect(cut.rows.length).toBe(10);
		expect(cut.rows.truncated).toBe(true);
	});

	it('says « annulée » when the user stopped the query, whatever the engine answered', async () => {
		let release: () => void = () => {};
		let sent = 0;
		const slow: StreamRunner = {
			check: async () => {},
			send: () =>
				new Promise((resolve) => {
					sent++;
					release = () => resolve({ rows: [{ a: 1 }], columns: ['a'] });
				}),
			cancel: async () => release()
		};
		const running = createUserSql(() => [], 10, slow).start('SELECT 1 AS a');
		await vi.waitFor(() => expect(sent).toBe(1));
		await running.cancel();
		await expect(running.result).rejects.toThrow(CANCELLED);
		// Stopped before it was sent: nothing reaches the engine.
		const early = createUserSql(() => [], 10, slow).start('SELECT 1 AS a');
		await early.cancel();
		await expect(early.result).rejects.toThrow(CANCELLED);
		expect(sent).toBe(1);
	});
});
