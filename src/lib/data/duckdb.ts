/**
 * DuckDB-WASM in the browser, self-hosted and started lazily behind one promise.
 * Nothing here is on the critical path of the first map: the page paints from the snapshot and
 * calls `getDuckDB()` afterwards.
 */
import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
// Static: Vite writes these URLs into this module (no request of their own before the start).
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { buildLoadTablesSql, NO_FILE_ACCESS_SQL, TABLE_FILES } from '$lib/sql/tables';
import { arrowToRows, type Row } from './columns';
import { streamRunner } from './duckdb-stream';
import { takeEarlyWorker } from './early-engine';
import { engineWorker } from './engine-worker';
import { createUserSql, type BoundQuery, type UserSqlConnector } from './user-sql';

/** A started engine: the app's connection with the commune values loaded, and one for user SQL. */
export interface Engine {
	db: AsyncDuckDB;
	conn: AsyncDuckDBConnection;
	/** Runs SQL built by `$lib/sql` and returns plain rows. */
	query(sql: string): Promise<Row[]>;
	/** Runs a prepared statement: user-chosen values only ever travel as parameters. */
	queryBound(q: BoundQuery): Promise<Row[]>;
	/** (Re)creates tables from Arrow IPC streams, e.g. the workshop problems. */
	replaceTables(tables: Record<string, Uint8Array>): Promise<void>;
	/** The read-only connector for SQL typed by the user, on its own connection (opened once). */
	userSql(): Promise<UserSqlConnector>;
}

let started: Promise<Engine> | null = null;

/** Backstop for a start that never ends (the wasm is about 7 MB compressed on a first visit). */
const START_TIMEOUT_MS = 120_000;

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
	return new Promise((resolve, reject) => {
		const t = setTimeout(() => reject(new Error('le démarrage a dépassé le délai')), ms);
		p.then(
			(v) => {
				clearTimeout(t);
				resolve(v);
			},
			(e: unknown) => {
				clearTimeout(t);
				reject(e instanceof Error ? e : new Error(String(e)));
			}
		);
	});
}

/**
 * The engine files this browser uses (DuckDB picks the build with wasm exceptions when it can).
 * `?url` makes Vite copy the files into the build: the engine is never fetched from a CDN.
 */
export async function engineBundle(): Promise<{ mainModule: string; mainWorker: string }> {
	const duckdb = await import('@duckdb/duckdb-wasm');
	const bundle = await duckdb.selectBundle({
		mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
		eh: { mainModule: ehWasm, mainWorker: ehWorker }
	});
	return { mainModule: bundle.mainModule, mainWorker: bundle.mainWorker! };
}

/** The one DuckDB engine of the page, started on first call. */
export function getDuckDB(base: string): Promise<Engine> {
	started ??= start(base);
	return started;
}

async function start(base: string): Promise<Engine> {
	if (typeof Worker === 'undefined' || typeof WebAssembly === 'undefined') {
		throw new Error('Ce navigateur ne permet pas WebAssembly ou les Web Workers.');
	}
	const duckdb = await import('@duckdb/duckdb-wasm');
	const bundle = await engineBundle();
	// DuckDB's worker waits forever when its files cannot be fetched (blocked, offline before a
	// first visit): both are checked while it starts, so the page can say so at once.
	const checked = Promise.all([
		reachable(bundle.mainModule, 'le fichier du moteur (WebAssembly) est inaccessible'),
		reachable(bundle.mainWorker, 'le script du moteur (Web Worker) est inaccessible')
	]).then(() => void performance.mark('engine:files-checked')); // for probes, as the marks below
	checked.catch(() => {}); // heard below
	// The commune tables' files are fetched while the engine compiles.
	const files = Promise.all(Object.values(TABLE_FILES).map((file) => tableFile(base, file)));
	files.catch(() => {}); // heard below, once the engine has started
	// Through our own script (`engine-worker.ts`); the page's HTML may have started it already.
	const script = engineWorker(bundle.mainWorker);
	const worker = takeEarlyWorker(script) ?? new Worker(script.url, { name: script.name });
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	// A worker that fails to load or run (blocked by a security policy, a broken file) fires
	// `error`: the start fails then, not after the backstop.
	try {
		await Promise.race([
			withTimeout(db.instantiate(bundle.mainModule), START_TIMEOUT_MS),
			workerFailure(worker),
			checked.then(() => new Promise<never>(() => {}))
		]);
	} catch (e) {
		worker.terminate();
		// An engine file that cannot be fetched says more than the worker's own error.
		await checked;
		throw e;
	}
	performance.mark('engine:instantiated');
	const conn = await connectOffline(db);

	performance.mark('engine:connected');
	for (const [file, text] of await files) await db.registerFileText(file, text);
	for (const sql of buildLoadTablesSql()) await conn.query(sql);
	// No query, the console's included, may read a file or an address after this.
	await conn.query(NO_FILE_ACCESS_SQL);
	performance.mark('engine:tables');
	let userSql: Promise<UserSqlConnector> | null = null;
	return {
		db,
		conn,
		async query(sql: string) {
			return arrowToRows(await conn.query(sql));
		},
		queryBound: (q) => runPrepared(conn, q),
		async replaceTables(tables) {
			for (const [name, ipc] of Object.entries(tables)) {
				// Table names come from our code (`problems`, `problem_links`), never from a user.
				await conn.query(`DROP TABLE IF EXISTS "${name}"`);
				await conn.insertArrowFromIPCStream(ipc, { name, create: true });
			}
		},
		userSql() {
			userSql ??= connectOffline(db).then((c) =>
				createUserSql((q) => runPrepared(c, q), undefined, streamRunner(c))
			);
			return userSql;
		}
	};
}

/** One of the pipeline's files, as text. */
async function tableFile(base: string, file: string): Promise<[string, string]> {
	const res = await fetch(`${base}/data/${file}`);
	if (!res.ok) throw new Error(`Données communales introuvables (${file}, ${res.status}).`);
	return [file, await res.text()];
}

/** Resolves when `url` answers; rejects with `message` when it cannot be fetched. */
async function reachable(url: string, message: string): Promise<void> {
	const res = await fetch(url, { method: 'HEAD' }).catch(() => null);
	if (!res?.ok) throw new Error(message);
}

/** Rejects when the worker reports an error (it never resolves). */
function workerFailure(worker: Worker): Promise<never> {
	return new Promise((_, reject) =>
		worker.addEventListener(
			'error',
			(e) =>
				reject(new Error(`le moteur n’a pas pu s’exécuter${e.message ? ` : ${e.message}` : ''}`)),
			{ once: true }
		)
	);
}

/** A connection that never downloads an extension: that would be a request to DuckDB's server. */
async function connectOffline(db: AsyncDuckDB): Promise<AsyncDuckDBConnection> {
	const conn = await db.connect();
	await conn.query('SET autoload_known_extensions = false');
	await conn.query('SET autoinstall_known_extensions = false');
	return conn;
}

/** Prepares one statement, runs it with its parameters and returns plain rows. */
async function runPrepared(conn: AsyncDuckDBConnection, q: BoundQuery): Promise<Row[]> {
	const stmt = await conn.prepare(q.sql);
	try {
		return arrowToRows(await stmt.query(...q.params));
	} finally {
		await stmt.close();
	}
}
