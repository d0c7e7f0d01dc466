/**
 * Workshop problems at scale (prints figures; not a test). Run alone with
 * `npx tsx tests/bench/workshops.ts` after `npx vite build`, or through `npm run bench`.
 *
 * - reading the atlas's own CSV export of 20 000 fictional problems (`importProblems`: decode,
 *   parse, validate every row; nothing stored), in Node, median of `BENCH_RUNS` runs (≥ 3);
 * - /ateliers with 20 000 problems stored in IndexedDB: from navigation to the first problem of
 *   the list on screen with the count right (store read, checks, list window), median of runs.
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

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const COUNT = 20_000;
const RUNS = Math.max(3, Number(process.env.BENCH_RUNS ?? 3));

const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	const m = Math.floor(s.length / 2);
	return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

const communes = (): CommuneRef[] =>
	JSON.parse(readFileSync(path.join(ROOT, 'static/data/communes-ref.json'), 'utf8'));

/** Milliseconds to read the 20 000-row export, each run. */
async function importTimes(): Promise<number[]> {
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

/** Milliseconds from navigation to the first row of a 20 000-problem list, each run. */
async function listTimes(browser: Browser, base: string): Promise<number[]> {
	const refs = communes();
	const records = fictionalProblems(
		COUNT,
		refs.map((c) => c.code)
	).map((p) => ({ ...p, revision: 1, deletedAt: null }));
	const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
	const page = await ctx.newPage();
	await page.goto(`${base}/ateliers/`);
	await page.waitForSelector('main[data-state="ready"]', { timeout: 120_000 });
	// The page created the database: fill it as the atlas would have.
	await page.evaluate(
		(rows) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('atlas-des-besoins-ateliers');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const tx = open.result.transaction('problems', 'readwrite');
					for (const r of rows) tx.objectStore('problems').put(r);
					tx.oncomplete = () => (open.result.close(), resolve());
					tx.onerror = () => reject(tx.error);
				};
			}),
		records
	);
	const times: number[] = [];
	for (let r = 0; r < RUNS; r++) {
		await page.goto(`${base}/ateliers/`);
		const handle = await page.waitForFunction(
			(count) => {
				const text = document.querySelector('[data-testid="problem-count"]')?.textContent ?? '';
				const row = document.querySelector('[data-testid="problem"]');
				return row && text.replace(/\D/g, '').startsWith(String(count)) ? performance.now() : null;
			},
			COUNT,
			{ timeout: 180_000, polling: 'raf' }
		);
		times.push((await handle.jsonValue()) as number);
		const rows = await page.locator('[data-testid="problem"]').count();
		if (rows >= 200) throw new Error(`${rows} lignes dans la page : la liste n'est pas fenêtrée`);
	}
	await ctx.close();
	return times;
}

/** The figures, merged into `bench/results.json` by `tests/bench/run.ts`. */
export async function runWorkshopsBench(
	browser: Browser,
	base: string
): Promise<Record<string, number>> {
	const imports = await importTimes();
	const lists = await listTimes(browser, base);
	return {
		workshops_import_20k_rows_read_ms: median(imports),
		workshops_list_first_render_20k_ms: median(lists)
	};
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const port = Number(process.env.BENCH_PORT ?? 4180);
	const server = await startServer(
		path.join(ROOT, 'build'),
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
