/**
 * Workshop problems at scale (prints figures; not a test). Run alone with
 * `npx tsx tests/bench/workshops.ts` after `npx vite build`, or through `npm run bench`.
 *
 * - reading the atlas's own CSV export of 20 000 fictional problems (`importProblems`: decode,
 *   parse, validate every row; nothing stored), in Node (`BENCH_SKIP_NODE=1` skips it);
 * - in Debian's Chromium, through /ateliers as a user does (`workshops-page.ts`): 10 000 rows
 *   imported into an empty store (file chosen → review shown, then « Importer » → summary; once
 *   the service worker of this first visit has cached the site and the engine); then 90 000
 *   stored and the map opened once (its counts; a copy of the engine's tables is kept), the
 *   same file into that store, then /ateliers opened with 100 000 stored (navigation → first
 *   row on screen, and → the count of all 100 000), then the map page and /croisements with
 *   100 000 stored (navigation → their problem counts shown, from the copy and its journal),
 *   each with the longest main-thread task; then one deletion on /ateliers (click → the page
 *   knows an up-to-date copy is kept) and the map's counts again; last, the map with no copy.
 * Medians of `BENCH_RUNS` runs (≥ 3). Every generated problem says « exemple fictif ».
 * `BENCH_BUILD` points at another build (to compare two versions in the same session).
 */
import { chromium, type Browser } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CommuneRef } from '../../src/lib/features/workshops/communes';
import { problemsToCsv } from '../../src/lib/features/workshops/export';
import { importProblems } from '../../src/lib/features/workshops/import';
import { BUILT_IN_TAXONOMY } from '../../src/lib/features/workshops/taxonomy';
import { fictionalProblems } from '../fixtures/workshops/generate';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/chromium';
import { startServer } from './server';
import {
	afterEditTimes,
	copyKept,
	countTimes,
	dropCopy,
	fillStore,
	importTimes,
	instrument,
	mapTimes,
	openReady,
	openTimes,
	serviceWorkerSettled
} from './workshops-page';
import type { Problem } from '../../src/lib/features/workshops/model';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const COUNT = 20_000;
const STORED = 90_000;
const IMPORTED = 10_000;
const RUNS = Math.max(3, Number(process.env.BENCH_RUNS ?? 3));

const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	const m = Math.floor(s.length / 2);
	return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

const communes = (): CommuneRef[] =>
	JSON.parse(readFileSync(path.join(ROOT, 'static/data/communes-ref.json'), 'utf8'));

/** Milliseconds to read the 20 000-row export, each run. */
async function importTimesNode(): Promise<number[]> {
	const refs = communes();
	const problems = fictionalProblems(
		COUNT,
		refs.map((c) => c.code)
	);
	const bytes = new TextEncoder().encode(
		problemsToCsv(problems, { communes: refs, taxonomy: BUILT_IN_TAXONOMY })
	);
	const times: number[] = [];
	for (let r = 0; r < RUNS; r++) {
		const t0 = performance.now();
		const result = await importProblems(bytes, 'export.csv', { communes: refs });
		times.push(performance.now() - t0);
		if (result.kind !== 'ok' || result.problems.length !== COUNT)
			throw new Error(`import de ${COUNT} lignes : résultat inattendu (${result.kind})`);
	}
	return times;
}

/** One browser run: 10 000 rows into an empty store; 90 000 stored, then 10 000 more, then reopened. */
async function browserRun(browser: Browser, base: string, all: Problem[], csv: Buffer) {
	const fresh = async () => {
		const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
		await instrument(ctx);
		return { ctx, page: await ctx.newPage() };
	};
	const a = await fresh();
	await openReady(a.page, base);
	await serviceWorkerSettled(a.page);
	const empty = await importTimes(a.page, csv, IMPORTED);
	await a.ctx.close();
	const b = await fresh();
	await openReady(b.page, base);
	await fillStore(b.page, all.slice(0, STORED));
	const open90k = await openTimes(b.page, base, STORED);
	await b.page.waitForSelector('main[data-state="ready"]', { timeout: 600_000 });
	// The map once at 90 000, as a user with that many problems has opened it before: the whole
	// store is read, and a copy of the engine's tables kept (`engine-copy.ts`).
	const map90k = await mapTimes(b.page, base);
	await copyKept(b.page);
	await openReady(b.page, base);
	const into90k = await importTimes(b.page, csv, IMPORTED);
	const open100k = await openTimes(b.page, base, STORED + IMPORTED);
	const counts100k = await countTimes(b.page, base);
	// BENCH_SKIP_AFTER_EDIT: for a build from before /ateliers kept the copy (A/B runs).
	const afterEdit = process.env.BENCH_SKIP_AFTER_EDIT
		? { copyKept: NaN, map: { at: NaN, fromCopy: true, longest: NaN } }
		: await afterEditTimes(b.page, base);
	// No copy at all (a first visit of the map after restoring a backup): the whole store read.
	await dropCopy(b.page);
	const noCopy = await mapTimes(b.page, base);
	const { map, crossing, mapAgain } = counts100k;
	// BENCH_NO_JOURNAL: for a build from before the journal (its import dropped the copy).
	const journal = !process.env.BENCH_NO_JOURNAL;
	if (
		map90k.fromCopy ||
		noCopy.fromCopy ||
		map.fromCopy !== journal ||
		!crossing.fromCopy ||
		!mapAgain.fromCopy ||
		!afterEdit.map.fromCopy
	)
		throw new Error(
			'copie des tables : les ouvertures sans copie doivent lire le stockage, les autres la copie'
		);
	await b.ctx.close();
	return { empty, into90k, open90k, open100k, counts100k, afterEdit, map90k, noCopy };
}

/** The figures, merged into `bench/results.json` by `tests/bench/run.ts`. */
export async function runWorkshopsBench(
	browser: Browser,
	base: string
): Promise<Record<string, number>> {
	const imports = process.env.BENCH_SKIP_NODE ? [NaN] : await importTimesNode();
	const refs = communes();
	// Problems 1…90 000 are stored; 90 001…100 000 are the file (new ids, « exemple fictif »).
	const all = fictionalProblems(
		STORED + IMPORTED,
		refs.map((c) => c.code)
	);
	const csv = Buffer.from(
		problemsToCsv(all.slice(STORED), { communes: refs, taxonomy: BUILT_IN_TAXONOMY }),
		'utf8'
	);
	const runs: Awaited<ReturnType<typeof browserRun>>[] = [];
	for (let r = 0; r < RUNS; r++) runs.push(await browserRun(browser, base, all, csv));
	const m = (f: (x: (typeof runs)[number]) => number) => median(runs.map(f));
	return {
		workshops_import_20k_rows_read_node_ms: median(imports),
		workshops_import_10k_empty_ms: m((x) => x.empty.read + x.empty.write),
		workshops_import_10k_empty_read_ms: m((x) => x.empty.read),
		workshops_import_10k_empty_write_ms: m((x) => x.empty.write),
		workshops_import_10k_empty_longest_task_ms: m((x) => x.empty.longest),
		workshops_import_10k_into_90k_ms: m((x) => x.into90k.read + x.into90k.write),
		workshops_import_10k_into_90k_read_ms: m((x) => x.into90k.read),
		workshops_import_10k_into_90k_write_ms: m((x) => x.into90k.write),
		workshops_import_10k_into_90k_longest_task_ms: m((x) => x.into90k.longest),
		workshops_open_90k_first_row_ms: m((x) => x.open90k.firstRow),
		workshops_open_100k_first_row_ms: m((x) => x.open100k.firstRow),
		workshops_open_100k_all_counted_ms: m((x) => x.open100k.allCounted),
		workshops_open_100k_longest_task_ms: m((x) => x.open100k.longest),
		// The map first opened at 90 000, no copy yet: the whole store read (and a copy kept).
		workshops_map_counts_90k_no_copy_ms: m((x) => x.map90k.at),
		// First opening after the import: the copy kept before it, and the 10 000 records its
		// journal names (`journal.ts`); each run checks that the copy served, in `browserRun`.
		workshops_map_counts_100k_ms: m((x) => x.counts100k.map.at),
		workshops_map_counts_100k_longest_task_ms: m((x) => x.counts100k.map.longest),
		// Then again, from the same copy and journal.
		workshops_crossing_counts_100k_ms: m((x) => x.counts100k.crossing.at),
		workshops_crossing_counts_100k_longest_task_ms: m((x) => x.counts100k.crossing.longest),
		workshops_map_again_counts_100k_ms: m((x) => x.counts100k.mapAgain.at),
		workshops_map_again_counts_100k_longest_task_ms: m((x) => x.counts100k.mapAgain.longest),
		// One deletion on /ateliers: the page keeps a new copy once the writes pause, then the map.
		workshops_copy_kept_after_edit_ms: m((x) => x.afterEdit.copyKept),
		workshops_map_counts_after_edit_copy_kept_ms: m((x) => x.afterEdit.map.at),
		// The copy removed by hand: the whole store read at 100 000.
		workshops_map_counts_100k_no_copy_ms: m((x) => x.noCopy.at),
		workshops_map_counts_100k_no_copy_longest_task_ms: m((x) => x.noCopy.longest)
	};
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const port = Number(process.env.BENCH_PORT ?? 4180);
	const server = await startServer(
		process.env.BENCH_BUILD ?? path.join(ROOT, 'build'),
		path.join(ROOT, 'node_modules/maplibre-gl/dist'),
		port
	);
	const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
	try {
		const figures = await runWorkshopsBench(browser, `http://127.0.0.1:${port}`);
		for (const [k, v] of Object.entries(figures)) console.log(`${k.padEnd(40)} ${v.toFixed(1)}`);
	} finally {
		await browser.close();
		server.close();
	}
}
