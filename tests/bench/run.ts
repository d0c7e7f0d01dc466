/**
 * `npm run bench`: performance figures of the built site in Debian's Chromium, against a floor
 * measured in the same run (bare MapLibre drawing the same GeoJSON). Prints a table and writes
 * `bench/results.json`. Not a test: nothing here fails on a slow machine.
 */
import { chromium, type Browser } from '@playwright/test';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { startServer } from './server';
import { firstVisible, onScreenAt, watchFirstVisible, watchOnScreen } from './first-map';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/chromium';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
// BENCH_BUILD: another build (to compare two versions in the same session).
const BUILD = process.env.BENCH_BUILD ?? path.join(ROOT, 'build');
const PORT = Number(process.env.BENCH_PORT ?? 4180);
const BASE = `http://127.0.0.1:${PORT}`;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	const m = Math.floor(s.length / 2);
	return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(0.95 * xs.length) - 1]!;

/** The floor's repaint: a constant fill colour changed on the bare map, to `idle`, `n` times. */
async function floorRepaints(browser: Browser, n: number): Promise<number[]> {
	const ctx = await browser.newContext({ viewport: { width: 1400, height: 900 } });
	const page = await ctx.newPage();
	await page.goto(`${BASE}/__floor/`);
	await page.waitForFunction(() => (window as unknown as { floorDone?: boolean }).floorDone);
	const times = await page.evaluate(async (count) => {
		const w = window as unknown as { floorRepaint: () => Promise<number> };
		const out: number[] = [];
		for (let i = 0; i < count; i++) out.push(await w.floorRepaint());
		return out;
	}, n);
	await ctx.close();
	return times;
}

/** Start time of the first mark named `name` on `page` (NaN when absent). */
const markAt = (page: import('@playwright/test').Page, name: string) =>
	page.evaluate((n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN, name);

interface FloorRun {
	idle: number;
	/** Three animation frames after idle: the map on screen (first-map.ts). */
	onScreen: number;
	/** The end of the last long task after idle, 1,5 s of quiet after it (first-map.ts). */
	quiet: number;
	firstFrame: number;
	/** The breakdown: map created, communes parsed by the worker. */
	create: number;
	sourceLoaded: number;
}

async function floorRun(browser: Browser): Promise<FloorRun> {
	const ctx = await browser.newContext({ viewport: { width: 1400, height: 900 } });
	const page = await ctx.newPage();
	await watchOnScreen(page, 'floor:idle');
	await page.goto(`${BASE}/__floor/`);
	await page.waitForFunction(() => (window as unknown as { floorDone?: boolean }).floorDone, null, {
		timeout: 60_000
	});
	const t = {
		idle: await markAt(page, 'floor:idle'),
		...(await onScreenAt(page)),
		firstFrame: await markAt(page, 'floor:first-frame'),
		create: await markAt(page, 'floor:create'),
		sourceLoaded: await markAt(page, 'floor:source-loaded')
	};
	await ctx.close();
	return t;
}

interface AppRun {
	firstChoropleth: number;
	/** The page's own map ready: hover and click on a commune answer (the framework started). */
	pageReady: number;
	/** Three animation frames after it: the map on screen (first-map.ts). */
	onScreen: number;
	/** The end of the last long task after it, 1,5 s of quiet after it (first-map.ts). */
	quiet: number;
	firstVisible: number;
	bytesBeforeVisibleGzipKb: number;
	bytesLoadedByVisibleGzipKb: number;
	duckdbReady: number;
	jsBeforePaintGzipKb: number;
	switchSnapshot: number[];
	switchDuckdb: number[];
	/** The breakdown: map started by the page's module (before hydration), page hydrated (its
	 * start), map created (MapLibre loaded), communes parsed by the worker. */
	mapEarly: number;
	hydrated: number;
	mapCreate: number;
	mapSourceLoaded: number;
}

async function appRun(browser: Browser, switches: boolean): Promise<AppRun> {
	const ctx = await browser.newContext({ viewport: { width: 1400, height: 900 } });
	const page = await ctx.newPage();
	await watchFirstVisible(page);
	// MapLibre's choropleth on screen and idle: the map started from the HTML, shown before the
	// framework starts, or else the page's own (early-map.ts, atlas.svelte.ts).
	await watchOnScreen(page, 'map:choropleth-live');
	await page.goto(`${BASE}/`);
	await page.waitForFunction(
		() => performance.getEntriesByName('atlas:choropleth-ready').length > 0,
		null,
		{ timeout: 60_000 }
	);
	const [firstChoropleth, pageReady] = (await page.evaluate(() =>
		['map:choropleth-live', 'atlas:choropleth-ready'].map(
			(m) => performance.getEntriesByName(m)[0]!.startTime
		)
	)) as [number, number];
	const scripts = await page.evaluate(
		(limit) =>
			performance
				.getEntriesByType('resource')
				.filter((e) => e.startTime < limit && /\.m?js(\?|$)/.test(e.name))
				.map((e) => new URL(e.name).pathname),
		firstChoropleth
	);
	const jsBytes = scripts.reduce((sum, p) => {
		const f = path.join(BUILD, p);
		return sum + (existsSync(f) ? gzipSync(readFileSync(f), { level: 9 }).length : 0);
	}, 0);
	const [mapEarly, hydrated, mapCreate, mapSourceLoaded] = [
		await markAt(page, 'map:early'),
		await markAt(page, 'atlas:start'),
		await markAt(page, 'map:create'),
		await markAt(page, 'map:source-loaded')
	];
	const visible = await firstVisible(page, BUILD);
	const { onScreen, quiet } = await onScreenAt(page);
	const switchSnapshot = switches ? await switchTimes(page, 30) : [];
	await page.waitForFunction(
		() => performance.getEntriesByName('atlas:duckdb-ready').length > 0,
		null,
		{ timeout: 60_000 }
	);
	const duckdbReady = await page.evaluate(
		() => performance.getEntriesByName('atlas:duckdb-ready')[0]!.startTime
	);
	const switchDuckdb = switches ? await switchTimes(page, 30) : [];
	await ctx.close();
	return {
		firstChoropleth,
		pageReady,
		onScreen,
		quiet,
		firstVisible: visible.at,
		bytesBeforeVisibleGzipKb: visible.gzipKb,
		bytesLoadedByVisibleGzipKb: visible.loadedKb,
		duckdbReady,
		jsBeforePaintGzipKb: jsBytes / 1024,
		switchSnapshot,
		switchDuckdb,
		mapEarly,
		hydrated,
		mapCreate,
		mapSourceLoaded
	};
}

/** Switches the indicator `n` times; each time, from the change to the map repainted (`idle`). */
function switchTimes(page: import('@playwright/test').Page, n: number): Promise<number[]> {
	return page.evaluate(async (count) => {
		type A = { indicators: { id: string }[]; view: { indicator: string }; paints: number };
		const atlas = (window as unknown as { atlas: A }).atlas;
		const ids = atlas.indicators.map((i) => i.id);
		const times: number[] = [];
		for (let k = 0; k < count; k++) {
			const next = ids[(ids.indexOf(atlas.view.indicator) + 1) % ids.length]!;
			const before = atlas.paints;
			const t0 = performance.now();
			atlas.view = { ...atlas.view, indicator: next };
			while (atlas.paints === before) await new Promise((r) => setTimeout(r, 0));
			times.push(performance.now() - t0);
		}
		return times;
	}, n);
}

async function main() {
	if (!existsSync(path.join(BUILD, 'index.html')))
		throw new Error('Construisez le site d’abord : npm run build');
	const server = await startServer(BUILD, path.join(ROOT, 'node_modules/maplibre-gl/dist'), PORT);
	const browser = await chromium.launch({
		executablePath: CHROMIUM_PATH,
		args: CHROMIUM_ARGS
	});
	const floors: FloorRun[] = [];
	const apps: AppRun[] = [];
	// Interleave floor and app runs so machine noise hits both alike.
	for (let r = 0; r < RUNS; r++) {
		floors.push(await floorRun(browser));
		apps.push(await appRun(browser, r === 0));
	}
	const repaints = await floorRepaints(browser, 30);
	// BENCH_ONLY=first-map: the first map's figures alone (quicker, for work on issue 10).
	const only = process.env.BENCH_ONLY;
	const { runWorkshopsBench } = await import('./workshops');
	const workshops = only ? {} : await runWorkshopsBench(browser, BASE);
	await browser.close();
	server.close();

	const floor = median(floors.map((f) => f.idle));
	const floorFirst = median(floors.map((f) => f.firstFrame));
	const first = median(apps.map((a) => a.firstChoropleth));
	const floorScreen = median(floors.map((f) => f.onScreen));
	const appScreen = median(apps.map((a) => a.onScreen));
	const floorQuiet = median(floors.map((f) => f.quiet));
	const appQuiet = median(apps.map((a) => a.quiet));
	const visible = median(apps.map((a) => a.firstVisible));
	const results: Record<string, number> = {
		floor_maplibre_idle_ms: floor,
		floor_maplibre_first_frame_ms: floorFirst,
		first_choropleth_visible_ms: visible,
		first_choropleth_visible_ratio_to_floor_first_frame: visible / floorFirst,
		// The HTML and the render-blocking files: what that paint waits for (see first-map.ts).
		bytes_before_first_coloured_map_gzip_kb: median(apps.map((a) => a.bytesBeforeVisibleGzipKb)),
		// Also counting the module preloads that happened to finish before it (it does not wait).
		bytes_loaded_by_first_coloured_map_gzip_kb: median(
			apps.map((a) => a.bytesLoadedByVisibleGzipKb)
		),
		// MapLibre idle with the choropleth painted, in JavaScript's terms (see on screen, below).
		map_interactive_ms: first,
		map_interactive_ratio_to_floor_idle: first / floor,
		// The page's own map ready (hover, click and the panel answer), as a ratio to the same.
		app_choropleth_ready_ms: median(apps.map((a) => a.pageReady)),
		app_choropleth_ready_ratio_to_floor_idle: median(apps.map((a) => a.pageReady)) / floor,
		// Each three animation frames later: the frame rastered and on screen, the page answering.
		// With software WebGL this is where a hidden map's frames are paid for (first-map.ts).
		floor_on_screen_ms: floorScreen,
		map_on_screen_ms: appScreen,
		map_on_screen_ratio_to_floor_on_screen: appScreen / floorScreen,
		// Then the page quiet: no task of 50 ms or more for 1,5 s (MapLibre's later frames, too).
		floor_quiet_ms: floorQuiet,
		map_quiet_ms: appQuiet,
		map_quiet_ratio_to_floor_quiet: appQuiet / floorQuiet,
		// Where the time goes (medians of marks): map created, communes parsed, page hydrated.
		floor_map_create_ms: median(floors.map((f) => f.create)),
		floor_source_loaded_ms: median(floors.map((f) => f.sourceLoaded)),
		app_map_early_start_ms: median(apps.map((a) => a.mapEarly)),
		app_map_create_ms: median(apps.map((a) => a.mapCreate)),
		app_source_loaded_ms: median(apps.map((a) => a.mapSourceLoaded)),
		app_hydrated_ms: median(apps.map((a) => a.hydrated)),
		floor_repaint_p95_ms: p95(repaints),
		indicator_switch_p95_ms_snapshot: p95(apps[0]!.switchSnapshot),
		indicator_switch_p95_ms_duckdb: p95(apps[0]!.switchDuckdb),
		indicator_switch_median_ms_duckdb: median(apps[0]!.switchDuckdb),
		indicator_switch_p95_ratio_to_floor_repaint: p95(apps[0]!.switchDuckdb) / p95(repaints),
		duckdb_ready_ms: median(apps.map((a) => a.duckdbReady)),
		js_before_first_paint_gzip_kb: median(apps.map((a) => a.jsBeforePaintGzipKb)),
		// What MapLibre alone weighs (main module + its worker): the floor page ships exactly this.
		js_floor_maplibre_gzip_kb:
			['maplibre-gl.mjs', 'maplibre-gl-worker.mjs']
				.map(
					(f) =>
						gzipSync(readFileSync(path.join(ROOT, 'node_modules/maplibre-gl/dist', f)), {
							level: 9
						}).length
				)
				.reduce((a, b) => a + b, 0) / 1024
	};
	Object.assign(results, workshops);
	const lisaBench = path.join(ROOT, 'tests/bench/lisa.ts');
	if (!only && existsSync(lisaBench)) {
		const mod = (await import(lisaBench)) as {
			runLisaBench?: () => Promise<Record<string, number>>;
		};
		if (mod.runLisaBench) Object.assign(results, await mod.runLisaBench());
	}
	console.log(`\nAtlas des besoins — benchmark (${RUNS} runs, medians unless p95)\n`);
	for (const [k, v] of Object.entries(results))
		console.log(`${k.padEnd(40)} ${v.toFixed(k.includes('ratio') ? 3 : 1)}`);
	mkdirSync(path.join(ROOT, 'bench'), { recursive: true });
	writeFileSync(
		path.join(ROOT, 'bench/results.json'),
		JSON.stringify({ date: new Date().toISOString(), runs: RUNS, results }, null, 2)
	);
}

main().catch((e) => {
	console.error(e);
	process.exit(1);
});
