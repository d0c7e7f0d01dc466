/**
 * The SQL console's state: the query typed, the tables it can read, the running query (which can
 * be cancelled) and its result. Queries go through the core's read-only connection only.
 */
import type { AppCore } from '$lib/core/app-core.svelte';
import type { Row } from '$lib/data/columns';
import type { RunningQuery } from '$lib/data/user-sql';
import { EXAMPLE_QUERIES } from './examples';
import { describeColumns, type ResultColumn } from './result-view';
import { listTables, type TableInfo } from './tables';

export interface ConsoleResult {
	sql: string;
	columns: ResultColumn[];
	rows: Row[];
	truncated: boolean;
	/** Time from start to the last row, in milliseconds. */
	ms: number;
	/** The query read the workshop tables while they hold the fictional example. */
	example: boolean;
}

const READS_PROBLEMS = /\bproblem(s|_links)\b/i;

/** How long a cancelled query may go on before the page says it cannot be stopped. */
export const STUCK_AFTER_MS = 3000;

export class SqlConsole {
	text = $state(EXAMPLE_QUERIES[0]!.sql);
	status = $state<'starting' | 'idle' | 'running' | 'done' | 'failed' | 'cancelled'>('starting');
	error = $state('');
	result = $state.raw<ConsoleResult | null>(null);
	page = $state(0);
	tables = $state.raw<TableInfo[]>([]);
	/**
	 * Cancel was asked and the query still runs after `STUCK_AFTER_MS`: DuckDB-WASM stops a query
	 * only between its steps, and one long step (a huge join) cannot be interrupted. The page then
	 * says so and offers to reload it, the one way to stop the engine.
	 */
	stuck = $state(false);
	#running: { running: RunningQuery; cancelled: boolean } | null = null;

	constructor(private readonly core: AppCore) {}

	/** Starts the engine, reads the workshop problems into it, then lists the tables. */
	async start(): Promise<void> {
		try {
			const engine = await this.core.engine();
			await this.core.problems.load(engine);
			await this.refreshTables();
			this.status = 'idle';
		} catch (e) {
			this.status = 'failed';
			this.error = `Le moteur de requêtes n’a pas pu démarrer : ${e instanceof Error ? e.message : String(e)}. Rechargez la page ; si le problème persiste, ce navigateur ne permet peut-être pas WebAssembly.`;
		}
	}

	/** Lists the tables again (after a dataset was imported or removed). */
	async refreshTables(): Promise<void> {
		const about: Record<string, string> = {};
		for (const ds of this.core.datasets.list)
			about[ds.id] =
				`Données importées : les lignes retenues du fichier « ${ds.fileName} » (${ds.description.label}), telles qu’écrites ; code = commune. Leurs nombres par commune sont dans commune_values (${ds.id}_n${ds.settings.measure.kind === 'rate' ? `, ${ds.id}_d` : ''}).`;
		this.tables = await listTables(await this.core.userSql(), about);
	}

	get running(): boolean {
		return this.status === 'running';
	}

	/** Runs the query typed (nothing while another runs: it must be cancelled first). */
	async run(): Promise<void> {
		if (this.#running || this.status === 'starting') return;
		const sql = this.text;
		const t0 = performance.now();
		this.status = 'running';
		this.error = '';
		const running = (await this.core.userSql()).start(sql);
		const run = { running, cancelled: false };
		this.#running = run;
		try {
			const { rows, columns } = await running.result;
			this.result = {
				sql,
				columns: describeColumns(columns, rows),
				rows,
				truncated: rows.truncated,
				ms: performance.now() - t0,
				example: this.core.problems.example && READS_PROBLEMS.test(sql)
			};
			this.page = 0;
			this.status = 'done';
		} catch (e) {
			this.status = run.cancelled ? 'cancelled' : 'failed';
			this.error = e instanceof Error ? e.message : String(e);
			// The last result belongs to another query: left under this message, it could be
			// read or exported as this one's.
			this.result = null;
		} finally {
			this.#running = null;
			this.stuck = false;
		}
	}

	/** Asks the engine to stop the running query; says so if it has not stopped soon after. */
	async cancel(): Promise<void> {
		const run = this.#running;
		if (!run) return;
		run.cancelled = true;
		setTimeout(() => {
			if (this.#running === run) this.stuck = true;
		}, STUCK_AFTER_MS);
		await run.running.cancel();
	}
}
