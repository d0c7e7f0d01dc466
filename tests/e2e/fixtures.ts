/**
 * Shared browser-test fixture: records every request and page error, so each test can assert
 * that nothing left localhost and nothing crashed.
 */
import { test as base, expect, type Locator, type Page } from '@playwright/test';

export interface Watch {
	requests: string[];
	errors: string[];
}

export const test = base.extend<{ watch: Watch }>({
	watch: async ({ page }, use) => {
		const watch: Watch = { requests: [], errors: [] };
		page.on('request', (r) => watch.requests.push(r.url()));
		page.on('pageerror', (e) => watch.errors.push(e.message));
		await use(watch);
	}
});

export { expect };

/** A phone's touch screen (390 × 844), for `browser.newContext`. */
export const TOUCH_PHONE = {
	viewport: { width: 390, height: 844 },
	hasTouch: true,
	isMobile: true
} as const;

/**
 * One browser page for all the tests of a `test.describe` block, run in order (serial mode): the
 * block's `beforeAll` loads the page once and each test goes on from where the previous one left
 * it, with its own timeout. Every request and page error of the shared page is recorded, as the
 * `watch` fixture does for a test's own page. Call it first in the block.
 */
export function sharedPage(): { readonly page: Page; readonly watch: Watch } {
	let page: Page | undefined;
	const watch: Watch = { requests: [], errors: [] };
	test.describe.configure({ mode: 'serial' });
	test.beforeAll(async ({ browser }) => {
		// The config's context options (base URL, locale, viewport) apply here as to `page`; a
		// context of its own, as axe needs (it refuses a page from browser.newPage()).
		page = await (await browser.newContext()).newPage();
		page.on('request', (r) => watch.requests.push(r.url()));
		page.on('pageerror', (e) => watch.errors.push(e.message));
	});
	test.afterAll(async () => {
		await page?.context().close();
	});
	return {
		get page() {
			if (!page) throw new Error('sharedPage: the page is opened in beforeAll');
			return page;
		},
		watch
	};
}

/** Requests to anything other than the local server (data: and blob: URLs are local). */
export function outsideRequests(urls: string[]): string[] {
	return urls.filter((u) => {
		if (u.startsWith('data:') || u.startsWith('blob:')) return false;
		const host = new URL(u).hostname;
		return host !== 'localhost' && host !== '127.0.0.1';
	});
}

/**
 * Holds back the page's scripts, as a slow network or a slow computer would: the prerendered page
 * can be used before Svelte hydrates it. The returned function lets them through.
 */
export function holdScripts(page: Page): Promise<() => void> {
	return holdRequests(page, '**/_app/immutable/**/*.js');
}

/** Holds back the requests whose URL matches `glob` until the returned function is called. */
export async function holdRequests(page: Page, glob: string): Promise<() => void> {
	let release = () => {};
	const held = new Promise<void>((r) => (release = r));
	await page.route(glob, async (route) => {
		await held;
		await route.continue();
	});
	return release;
}

/** Opens the map page and waits for the first choropleth. */
export async function openMap(page: Page, query = ''): Promise<void> {
	await page.goto(`/${query}`);
	await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'ready');
}

/** Choropleths the map page has painted so far (a new view's legend is up to date once it grows). */
export function paints(page: Page): Promise<number> {
	return page.evaluate(() => (window as unknown as { atlas: { paints: number } }).atlas.paints);
}

/**
 * Follows a link to `href` inside the loaded app: SvelteKit's client-side navigation, as a link of
 * the page would (no page load). For tests whose subject is the page's reaction to its URL, or
 * that only need another view of a page already loaded. `href` must differ from the current URL.
 */
export async function followLink(page: Page, href: string): Promise<void> {
	const before = page.url();
	await clickLink(page, href);
	// The address changes as soon as SvelteKit navigates (the page may then correct it).
	await expect.poll(() => page.url()).not.toBe(before);
}

/** Clicks a link to `href` inside the loaded app, without waiting for anything. */
export async function clickLink(page: Page, href: string): Promise<void> {
	await page.evaluate((h) => {
		const a = document.createElement('a');
		a.href = h;
		a.textContent = h;
		document.body.append(a);
		a.click();
		a.remove();
	}, href);
}

/**
 * Whether the page refuses to be left (reload, close): it cancels the unload event, which is what
 * makes the browser ask its own question before unsaved work goes.
 */
export function leaveRefused(page: Page): Promise<boolean> {
	return page.evaluate(() => {
		const leave = new Event('beforeunload', { cancelable: true });
		window.dispatchEvent(leave);
		return leave.defaultPrevented;
	});
}

/** Screen position (in the page) of a longitude/latitude on the map page's map. */
export async function mapPoint(
	page: Page,
	lngLat: [number, number]
): Promise<{ x: number; y: number }> {
	const pt = await page.evaluate((ll) => {
		const w = window as unknown as {
			__atlasMap: { project(l: [number, number]): { x: number; y: number } };
		};
		return w.__atlasMap.project(ll);
	}, lngLat);
	const box = (await page.getByTestId('map').boundingBox())!;
	return { x: box.x + pt.x, y: box.y + pt.y };
}

/** RGBA of a PNG's pixels, decoded by the page: at `points`, or on a grid every `step` px. */
export function pngPixels(
	page: Page,
	png: Buffer,
	where: { points: [number, number][] } | { step: number }
): Promise<number[][]> {
	return page.evaluate(
		async ({ b64, where }) => {
			const img = new Image();
			img.src = `data:image/png;base64,${b64}`;
			await img.decode();
			const c = document.createElement('canvas');
			c.width = img.width;
			c.height = img.height;
			const ctx = c.getContext('2d')!;
			ctx.drawImage(img, 0, 0);
			const points: [number, number][] = [];
			if ('points' in where) points.push(...where.points);
			else
				for (let y = 0; y < c.height; y += where.step)
					for (let x = 0; x < c.width; x += where.step) points.push([x, y]);
			return points.map(([x, y]) => [...ctx.getImageData(x, y, 1, 1).data]);
		},
		{ b64: png.toString('base64'), where }
	);
}

/**
 * A method note (`MethodNote`) on a phone-wide window: three lines of its text and « Lire la
 * suite », which shows the whole text and then says « Réduire ». The page must be ≤ 640 px wide.
 */
export async function expectMethodFolded(page: Page, note: Locator): Promise<void> {
	const text = note.locator('p');
	const lines = () =>
		text.evaluate(
			(p) => p.getBoundingClientRect().height / parseFloat(getComputedStyle(p).lineHeight)
		);
	expect(await lines()).toBeCloseTo(3, 0);
	const more = note.getByRole('button', { name: 'Lire la suite' });
	await expect(more).toHaveAttribute('aria-expanded', 'false');
	await more.click();
	await expect(note.getByRole('button', { name: 'Réduire' })).toHaveAttribute(
		'aria-expanded',
		'true'
	);
	expect(await lines()).toBeGreaterThan(6);
}
