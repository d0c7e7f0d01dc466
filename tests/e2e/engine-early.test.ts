/**
 * DuckDB's worker started from the HTML (src/lib/data/early-engine.ts) on the pages that count the
 * workshop problems as they open: /croisements and the map page with `?problemes=1`. The page's
 * engine takes that worker over (one worker, not two), and a worker that cannot load is still
 * reported in French. Counts are the fictional example's (the store is empty in a fresh context),
 * counted by hand in data/problemes-exemple-fictif.csv: 6 problems « tout le territoire ».
 */
import type { Page } from '@playwright/test';
import { expect, openMap, outsideRequests, test } from './fixtures';

/** Records each DuckDB worker the page creates, and when (page clock), from the first script on. */
async function recordWorkers(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const made: { url: string; at: number }[] = [];
		(window as unknown as { __engineWorkers: typeof made }).__engineWorkers = made;
		const Real = window.Worker;
		window.Worker = class extends Real {
			constructor(url: string | URL, options?: WorkerOptions) {
				super(url, options);
				// Our wrapper (static/engine-worker.js), or DuckDB's own script started directly.
				if (/engine-worker\.js|duckdb-browser-/.test(String(url)))
					made.push({ url: String(url), at: performance.now() });
			}
		};
	});
}

/** The DuckDB workers made, and when the HTML had been parsed (before the framework ran). */
const workersMade = (page: Page) =>
	page.evaluate(() => {
		const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
		const made = (window as unknown as { __engineWorkers: { at: number }[] }).__engineWorkers;
		return { count: made.length, beforeParsed: made.every((m) => m.at <= nav.domInteractive) };
	});

test('/croisements: one engine worker, started while the HTML is parsed, and its counts', async ({
	page,
	watch
}) => {
	await recordWorkers(page);
	await page.goto('/croisements/');
	await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
	expect(await workersMade(page)).toEqual({ count: 1, beforeParsed: true });
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('the map page with the problems: one engine worker, from the HTML; without them, none before the first map', async ({
	page,
	watch
}) => {
	await recordWorkers(page);
	await openMap(page, '?problemes=1');
	await expect(page.getByTestId('problems-counts')).toContainText('6 pour « tout le territoire »');
	expect(await workersMade(page)).toEqual({ count: 1, beforeParsed: true });

	// Without the problems the engine starts after the first map, by the page: one worker still.
	await openMap(page, '?indicateur=chomage_15_24');
	await expect(page.getByTestId('engine-status')).toHaveAttribute('data-engine', 'ready', {
		timeout: 30_000
	});
	expect(await workersMade(page)).toEqual({ count: 1, beforeParsed: false });
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('an engine worker that cannot load, on /croisements: said in French within seconds', async ({
	page
}) => {
	// The worker's scripts answer a HEAD request (the file check) but their download is refused, as
	// a proxy would: the early worker fails before the page takes it, and the page's own fails too.
	await page
		.context()
		.route(/engine-worker\.js|duckdb-browser-.*\.worker\..*\.js/, (route) =>
			route.request().method() === 'GET' ? route.abort() : route.continue()
		);
	await page.goto('/croisements/');
	await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'failed', {
		timeout: 30_000
	});
	await expect(page.locator('.overlay.error[role="alert"]')).toContainText(
		'Le croisement n’est pas disponible : le moteur n’a pas pu s’exécuter'
	);
});
