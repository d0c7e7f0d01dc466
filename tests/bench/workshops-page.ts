/**
 * Browser side of the workshops benchmark (`workshops.ts`): filling the IndexedDB store as the
 * atlas would, importing a file through /ateliers as a user does, and timing /ateliers to its
 * first row. Every duration is read from the page's own clock; the longest main-thread task is
 * taken from a `PerformanceObserver` on 'longtask' entries installed before the page's scripts.
 */
import type { BrowserContext, Page } from '@playwright/test';
import type { Problem } from '../../src/lib/features/workshops/model';

type W = { __longtasks: { start: number; duration: number }[]; __changeAt: number };

/** Records every long task and the moment a file is chosen, from the first script on. */
export async function instrument(ctx: BrowserContext): Promise<void> {
	await ctx.addInitScript(() => {
		const w = window as unknown as W;
		w.__longtasks = [];
		new PerformanceObserver((list) => {
			for (const e of list.getEntries())
				w.__longtasks.push({ start: e.startTime, duration: e.duration });
		}).observe({ type: 'longtask', buffered: true });
		document.addEventListener(
			'change',
			(e) => {
				if ((e.target as HTMLElement | null)?.id === 'import-file')
					w.__changeAt = performance.now();
			},
			true
		);
	});
}

/**
 * The longest task seen since the last call that began at or after `since` (page clock, ms; 0
 * when none over 50 ms), then forgets them. `since` leaves out the test tool's own work (handing
 * the file to the page is one long task of Playwright's, before the file is chosen).
 */
export const takeLongest = (page: Page, since = 0) =>
	page.evaluate((from) => {
		const w = window as unknown as W;
		const longest = Math.max(
			0,
			...w.__longtasks.filter((t) => t.start >= from).map((t) => t.duration)
		);
		w.__longtasks = [];
		return longest;
	}, since);

/** Puts `records` into the page's store in transactions of 10 000, as stored records. */
export async function fillStore(page: Page, problems: readonly Problem[]): Promise<void> {
	for (let i = 0; i < problems.length; i += 10_000) {
		const rows = problems.slice(i, i + 10_000).map((p) => ({ ...p, revision: 1, deletedAt: null }));
		await page.evaluate(
			(batch) =>
				new Promise<void>((resolve, reject) => {
					const open = indexedDB.open('atlas-des-besoins-ateliers');
					open.onerror = () => reject(open.error);
					open.onsuccess = () => {
						const tx = open.result.transaction('problems', 'readwrite');
						for (const r of batch) tx.objectStore('problems').put(r);
						tx.oncomplete = () => (open.result.close(), resolve());
						tx.onerror = () => reject(tx.error);
					};
				}),
			rows
		);
	}
}

/** Opens /ateliers until its store is read (the page then creates the database). */
export async function openReady(page: Page, base: string): Promise<void> {
	await page.goto(`${base}/ateliers/`);
	await page.waitForSelector('main[data-state="ready"]', { timeout: 600_000 });
}

/**
 * Waits until the service worker of a first visit has cached the site and, 4 s after the page
 * opened, the engine (35 MB): otherwise that one-off download falls within the first measure.
 */
export const serviceWorkerSettled = (page: Page) =>
	page.evaluate(async () => {
		if (!(await navigator.serviceWorker?.ready)) return;
		// No named function in here: the bundler would wrap it in a helper the page lacks.
		for (let i = 0; i < 240; i++) {
			let warmed = false;
			for (const key of await caches.keys()) {
				const requests = await (await caches.open(key)).keys();
				if (requests.some((r) => r.url.endsWith('.wasm'))) warmed = true;
			}
			if (warmed) return;
			await new Promise((r) => setTimeout(r, 250));
		}
	});

/**
 * Page clock when `test` first holds, checked at each change of the page (a MutationObserver):
 * cheaper for the page than polling at every frame, which would slow what is measured.
 */
const whenTrue = (page: Page, test: string, arg: unknown) =>
	page.evaluate(
		([source, value]) =>
			new Promise<number>((resolve) => {
				const holds = new Function(`return (${source})(${value})`) as () => boolean;
				if (holds()) return resolve(performance.now());
				const observer = new MutationObserver(() => {
					if (!holds()) return;
					observer.disconnect();
					resolve(performance.now());
				});
				observer.observe(document, { subtree: true, childList: true, characterData: true });
			}),
		[test, JSON.stringify(arg)] as const
	);

/** Navigation to the first problem of the list on screen, and to the count of all `count`. */
export async function openTimes(page: Page, base: string, count: number) {
	await page.goto(`${base}/ateliers/`);
	const firstRow = await whenTrue(
		page,
		'() => !!document.querySelector(\'[data-testid="problem"]\')',
		null
	);
	const allCounted = await whenTrue(
		page,
		`(n) => (document.querySelector('[data-testid="problem-count"]')?.textContent ?? '').replace(/\\D/g, '').startsWith(String(n))`,
		count
	);
	const rows = await page.locator('[data-testid="problem"]').count();
	if (rows >= 200) throw new Error(`${rows} lignes dans la page : la liste n’est pas fenêtrée`);
	return { firstRow, allCounted, longest: await takeLongest(page) };
}

/**
 * Imports a CSV as a user does: from the file chosen to the review shown (read), then from
 * « Importer » to the summary (write). `added` is the count the summary must give.
 */
export async function importTimes(page: Page, csv: Buffer, added: number) {
	await takeLongest(page);
	await page.locator('#import-file').setInputFiles({
		name: 'bench-exemple-fictif.csv',
		mimeType: 'text/csv',
		buffer: csv
	});
	const reviewAt = await whenTrue(
		page,
		// The report's own paragraphs only: reading the text of 10 000 report lines at each frame
		// would cost the page more than the import.
		`(n) => [...document.querySelectorAll('[data-testid="import-report"] > p')].some((p) => p.textContent.replace(/\\s/g, '').includes(n + (n === 1 ? 'prête' : 'prêtes') + 'àimporter'))`,
		added
	);
	const chosenAt = await page.evaluate(() => (window as unknown as W).__changeAt);
	const read = reviewAt - chosenAt;
	const clickAt = await page.evaluate(() => {
		const button = [...document.querySelectorAll('[data-testid="import-report"] button')].find(
			(b) => b.textContent?.trim() === 'Importer'
		) as HTMLButtonElement;
		const t = performance.now();
		button.click();
		return t;
	});
	const summaryAt = await whenTrue(
		page,
		`(n) => (document.querySelector('[data-testid="import-summary"]')?.textContent ?? '').replace(/\\s/g, '').includes(n + (n === 1 ? 'ajoutée' : 'ajoutées'))`,
		added
	);
	return { read, write: summaryAt - clickAt, longest: await takeLongest(page, chosenAt) };
}

/**
 * Navigation to the problem counts of the map page (`/?problemes=1`: the sidebar's counts and
 * the circles layer's data) and of /croisements (its thresholds, computed from the counts), with
 * the longest main-thread task of each. The counts are shown once counted (« Chargement des
 * problématiques… » until then); page clock, from navigation. After the import, each counts
 * from the copy of the engine's tables kept before it and the records its journal names
 * (`engine-copy.ts`, `journal.ts`). `fromCopy` says whether each did.
 */
export async function countTimes(page: Page, base: string) {
	const open = (url: string, shown: string) => openCounts(page, base, url, shown);
	const map = await open('/?problemes=1', MAP_SHOWN);
	const crossing = await open(
		'/croisements/',
		`() => (document.querySelector('[data-testid="crossing"]')?.textContent ?? '').includes('Seuils')`
	);
	const mapAgain = await open('/?problemes=1', MAP_SHOWN);
	return { map, crossing, mapAgain };
}

const MAP_SHOWN = `() => !!document.querySelector('[data-testid="problems-counts"]')`;

/** The map page's problem counts, timed as in `countTimes`. */
export const mapTimes = (page: Page, base: string) =>
	openCounts(page, base, '/?problemes=1', MAP_SHOWN);

/** Waits until the store holds a kept copy of the engine's tables (after a full read). */
export async function copyKept(page: Page): Promise<void> {
	await page.waitForFunction(
		() =>
			new Promise<boolean>((resolve) => {
				const open = indexedDB.open('atlas-des-besoins-ateliers');
				open.onerror = () => resolve(false);
				open.onsuccess = () => {
					const get = open.result
						.transaction('derived')
						.objectStore('derived')
						.count('engine-tables');
					get.onsuccess = () => (open.result.close(), resolve(get.result === 1));
					get.onerror = () => (open.result.close(), resolve(false));
				};
			}),
		null,
		{ timeout: 120_000, polling: 500 }
	);
}

/** Removes the kept copy (a store that never had one: the next page reads it all). */
export async function dropCopy(page: Page): Promise<void> {
	await page.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('atlas-des-besoins-ateliers');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const tx = open.result.transaction('derived', 'readwrite');
					tx.objectStore('derived').delete('engine-tables');
					tx.oncomplete = () => (open.result.close(), resolve());
					tx.onerror = () => reject(tx.error);
				};
			})
	);
}

/** Opens `url` and times its counts shown; `fromCopy`: they came from the kept copy. */
async function openCounts(page: Page, base: string, url: string, shown: string) {
	await takeLongest(page);
	await page.goto(`${base}${url}`);
	const at = await whenTrue(page, shown, null);
	const fromCopy = await page.evaluate(
		() => performance.getEntriesByName('problems:kept-copy').length > 0
	);
	return { at, fromCopy, longest: await takeLongest(page) };
}

/**
 * One deletion on /ateliers, as a user makes it: the time from the click to the new copy of the
 * engine's tables kept by the page (`copy-later.ts`: 2 s of quiet, then a full read in a
 * worker), then the map opened, its counts timed as in `countTimes` (from that copy).
 */
export async function afterEditTimes(page: Page, base: string) {
	await openReady(page, base);
	const clickAt = await page.evaluate(() => performance.now());
	await page
		.getByRole('button', { name: /^Supprimer : / })
		.first()
		.click();
	await page.waitForFunction(
		() => performance.getEntriesByName('problems:copy-kept').length > 0,
		null,
		{ timeout: 120_000 }
	);
	const keptAt = await page.evaluate(
		() => performance.getEntriesByName('problems:copy-kept')[0]!.startTime
	);
	const map = await openCounts(page, base, '/?problemes=1', MAP_SHOWN);
	return { copyKept: keptAt - clickAt, map };
}
