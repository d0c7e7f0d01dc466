/**
 * Readable on any screen (issue 12): no page scrolls sideways at 390, 768, 1280×720 or 1920×1080;
 * the legend of every map page is on screen at the two wide sizes without scrolling, and at the
 * two narrow sizes a compact key is on screen just above the map, which it does not cover; axe
 * passes on the pages no other test scans and while presenting; the header marks the current
 * section; the first visit's introduction says where to start and goes away for good. One
 * browser page, each site page opened once (the first by a page load, the others by a link) and
 * measured at every size.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { indicators } from '../../src/lib/indicators/catalogue';
import { expect, followLink, outsideRequests, test } from './fixtures';

const PAGES = [
	'/',
	// The longest indicator name (62 characters with its unit): its key must wrap, not widen the map.
	'/?commune=30007&indicateur=eaje_pour_1000_enfants',
	'/ateliers/',
	'/concentrations/',
	'/croisements/',
	'/comparer/?communes=30007,30132,30284',
	'/sources/',
	'/donnees/',
	'/diagnostic/?theme=jeunesse',
	'/presentation/',
	'/commune/30007/'
];
/**
 * Pages scanned by axe here: the two the issue found failing, and those no other test scans (the
 * deck editor, the comparison, a diagnostic theme page and a portrait). The map with a commune
 * panel and the other pages are scanned by their own tests; tools/probe-layout.ts scans any page
 * at every size.
 */
const AXE_HERE = [
	'/croisements/',
	'/sources/',
	'/comparer/?communes=30007,30132,30284',
	'/diagnostic/?theme=jeunesse',
	'/presentation/',
	'/commune/30007/'
];
/** Projector and laptop screens: the legend must be seen without scrolling. */
const WIDE = [
	{ width: 1280, height: 720 },
	{ width: 1920, height: 1080 }
];
/** Tablet and phone: nothing may scroll sideways. */
const NARROW = [
	{ width: 768, height: 1024 },
	{ width: 390, height: 844 }
];

/** The legend of each map page. */
function legendOf(page: Page, path: string): Locator | null {
	if (path === '/' || path.startsWith('/?')) return page.getByTestId('legend');
	if (path === '/concentrations/') return page.getByTestId('concentration-legend');
	if (path === '/croisements/') return page.getByRole('table', { name: 'Légende bivariée' });
	return null;
}

/** The map of each map page (its MapLibre container). */
function mapOf(page: Page, path: string): Locator {
	return page.getByTestId(path === '/concentrations/' ? 'cluster-map' : 'map');
}

/**
 * Phones and tablets: the compact key is on screen, the map starts below it (the key covers no
 * commune) and at least 100 px of the map are on screen with it, even under the first visit's
 * introduction (160 px at 390 px wide; /concentrations also has its headline sentence above).
 */
async function expectKeyWithMap(page: Page, path: string, what: string): Promise<void> {
	const key = page.getByTestId('map-key');
	await expect(key, what).toBeVisible();
	await expectInView(page, key, `${what}, clé abrégée`);
	const keyBox = (await key.boundingBox())!;
	const mapBox = (await mapOf(page, path).boundingBox())!;
	expect(mapBox.y, `${what} : la carte commence sous la clé`).toBeGreaterThanOrEqual(
		keyBox.y + keyBox.height
	);
	expect(mapBox.y + 100, `${what} : carte visible avec la clé`).toBeLessThanOrEqual(
		page.viewportSize()!.height
	);
	// No wider than the window (a wider map is clipped, its right-hand controls cut off).
	expect(mapBox.x + mapBox.width, `${what} : droite de la carte`).toBeLessThanOrEqual(
		page.viewportSize()!.width
	);
}

/** How many px the document is wider than the window (0 when nothing scrolls sideways). */
function sideways(page: Page): Promise<number> {
	return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/**
 * The page's own columns that scroll sideways (each as « tag.class +px »): the document may fit
 * while its main column scrolls sideways, cutting a table's last column (/concentrations' results
 * at 390 px: « Stabilit… »). A region made to scroll with the keyboard (`tabindex`, the
 * comparison's wide table) is not counted.
 */
function columnsSideways(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		[...document.querySelectorAll('body *')]
			.filter((e) => {
				const o = getComputedStyle(e).overflowX;
				const scrolls = o === 'auto' || o === 'scroll';
				return scrolls && e.scrollWidth > e.clientWidth + 1 && !e.hasAttribute('tabindex');
			})
			.map(
				(e) =>
					`${e.tagName.toLowerCase()}.${e.classList[0] ?? ''} +${e.scrollWidth - e.clientWidth}`
			)
	);
}

/**
 * How many px the document is taller than the site's content (0 when nothing lengthens it). On
 * wide screens the pages scroll inside their columns, under a fixed header: the document is the
 * window's height. On narrow ones the document scrolls, as tall as the content. Either way, text
 * positioned out of sight (screen-reader-only) far down a column must not lengthen the page (it
 * did on phones: 5 580 px of mostly blank page).
 */
function downward(page: Page): Promise<number> {
	return page.evaluate(
		() =>
			document.documentElement.scrollHeight -
			Math.max(window.innerHeight, document.querySelector('.shell')!.getBoundingClientRect().height)
	);
}

/**
 * Where the site's header ends once the window has scrolled to the bottom (then back to the top),
 * and whether the document is tall enough to take it out of sight.
 */
function headerScrolled(page: Page): Promise<{ bottom: number; room: boolean }> {
	return page.evaluate(async () => {
		const header = document.querySelector('header.site')!;
		const room =
			document.documentElement.scrollHeight - window.innerHeight >=
			header.getBoundingClientRect().bottom;
		window.scrollTo(0, document.documentElement.scrollHeight);
		await new Promise(requestAnimationFrame);
		const bottom = header.getBoundingClientRect().bottom;
		window.scrollTo(0, 0);
		await new Promise(requestAnimationFrame);
		return { bottom, room };
	});
}

/**
 * Opens `path` and waits for its main content (the legend on map pages): the first page by a page
 * load, the others by a link inside the app (SvelteKit's navigation, as a click in the header).
 */
async function open(page: Page, path: string, first: boolean): Promise<Locator | null> {
	if (first) await page.goto(path);
	else await followLink(page, path);
	const legend = legendOf(page, path);
	await expect(legend ?? page.locator('main').first()).toBeVisible({ timeout: 30_000 });
	// A link to the map from the map keeps its legend: wait for the named indicator's.
	const id = new URL(path, 'http://localhost').searchParams.get('indicateur');
	if (legend && id) await expect(legend).toContainText(indicators.find((i) => i.id === id)!.label);
	return legend;
}

/** The legend's box lies inside the window: seen without scrolling. */
async function expectInView(page: Page, legend: Locator, what: string): Promise<void> {
	const box = (await legend.boundingBox())!;
	const { width, height } = page.viewportSize()!;
	expect(box.y, `${what} : haut de la légende`).toBeGreaterThanOrEqual(0);
	expect(box.x, `${what} : gauche de la légende`).toBeGreaterThanOrEqual(0);
	expect(box.y + box.height, `${what} : bas de la légende`).toBeLessThanOrEqual(height);
	expect(box.x + box.width, `${what} : droite de la légende`).toBeLessThanOrEqual(width);
}

/**
 * Serious or critical WCAG 2.1 AA violations, named. Scanned once the page's transitions have
 * ended: a map fades in over 150 ms once painted (MapRoot), and meanwhile its attribution's text
 * is half-transparent (axe measured #828282 and #a8a8a8 on white when the scan overlapped it).
 */
async function axeViolations(page: Page): Promise<string[]> {
	await page.waitForFunction(() =>
		document.getAnimations().every((a) => a.playState !== 'running')
	);
	const { violations } = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
		.analyze();
	return violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('every page fits 390, 768, 1280×720 and 1920×1080, legends in view, axe passes, a first-visit introduction', async ({
	page,
	watch
}) => {
	// Eleven pages (one page load, then links), each measured at four sizes, seven axe scans, then
	// the deck presented.
	test.setTimeout(240_000);
	// Each page is opened once, on a first visit at 1280×720 (the room's projector): the
	// introduction shows above it. Then the window takes each size in turn.
	const titles = new Map<string, string>();
	const searchLeft = new Map<number, number>();
	for (const path of PAGES) {
		await page.setViewportSize(WIDE[0]!);
		const legend = await open(page, path, path === PAGES[0]);
		await expect(page.getByTestId('first-visit-intro')).toBeVisible();
		titles.set(path, await page.title());
		// The map as a slide, presented at the end (and the deck editor below is scanned with it).
		if (path === '/') {
			await page.getByRole('button', { name: /^\+ Diapo/ }).click();
			await expect(
				page.getByRole('status').filter({ hasText: 'Diapositive 1 ajoutée' })
			).toBeVisible();
		}
		if (AXE_HERE.includes(path)) {
			// A map page's legend comes before its map is painted: the map then fades in.
			if (legend) await expect(mapOf(page, path)).toHaveAttribute('data-state', 'ready');
			expect(await axeViolations(page), path).toEqual([]);
		}
		// The header marks the section of a page below it (/diagnostic/jeunesse/ is in Diagnostic).
		if (path.startsWith('/diagnostic/')) {
			await expect(page).toHaveURL(/\/diagnostic\/jeunesse\/$/);
			await expect(
				page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', {
					name: 'Diagnostic'
				})
			).toHaveAttribute('aria-current', 'page');
		}
		for (const size of [...WIDE, ...NARROW]) {
			await page.setViewportSize(size);
			const what = `${path} à ${size.width}×${size.height}`;
			// Measured once the new layout is drawn.
			await page.evaluate(() => new Promise(requestAnimationFrame));
			expect(await sideways(page), what).toBeLessThanOrEqual(0);
			expect(await columnsSideways(page), what).toEqual([]);
			expect(await downward(page), what).toBeLessThanOrEqual(1);
			// Wide: the header stays at the top and the page scrolls under it. Narrow: the header
			// goes up with the page (pinned with the first visit's banner, it kept 222 px of a
			// phone's 844), leaving the screen to the page.
			// The header's search box stands at the same place on every page (without « + Diapo »,
			// on /presentation/, it stood 36–70 px further right).
			const search = (await page
				.locator('header.site')
				.getByPlaceholder('Commune…')
				.boundingBox())!;
			const left = searchLeft.get(size.width);
			if (left === undefined) searchLeft.set(size.width, search.x);
			else expect(Math.abs(search.x - left), `${what} : recherche`).toBeLessThanOrEqual(1);
			const header = await headerScrolled(page);
			if (WIDE.includes(size)) expect(header.bottom, what).toBeGreaterThan(0);
			else if (header.room) expect(header.bottom, what).toBeLessThanOrEqual(0);
			if (legend && WIDE.includes(size)) await expectInView(page, legend, what);
			if (legend && NARROW.includes(size)) await expectKeyWithMap(page, path, what);
			if (size.width === 390) {
				// A phone: the header is the title, the search and the menu (the subtitle made it
				// 202 px of 844), and the introduction's close button is in its corner.
				const header = await page.locator('header.site').boundingBox();
				expect(header!.height, what).toBeLessThanOrEqual(150);
				const intro = page.getByTestId('first-visit-intro');
				if (await intro.isVisible()) {
					const [box, close] = await Promise.all([
						intro.boundingBox(),
						intro.getByRole('button', { name: /Fermer/ }).boundingBox()
					]);
					expect(close!.y - box!.y, what).toBeLessThan(20);
				}
			}
		}
	}
	// Each page other than the map names itself in its tab (/concentrations/ had the map's title).
	const own = PAGES.slice(2).map((p) => titles.get(p)!);
	expect(new Set(own).size, own.join(' | ')).toBe(own.length);
	expect(own.filter((t) => t === titles.get('/') || !t.endsWith(' · Atlas des besoins'))).toEqual(
		[]
	);
	// Three ways in; Échap closes it, focus goes to the page, and it does not come back.
	await page.setViewportSize(WIDE[0]!);
	const intro = page.getByTestId('first-visit-intro');
	for (const name of ['Explorer la carte', 'Comparer des communes', 'Présenter'])
		await expect(intro.getByRole('link', { name })).toBeVisible();
	await intro.getByRole('button', { name: 'Fermer l’introduction' }).focus();
	await page.keyboard.press('Escape');
	await expect(intro).toHaveCount(0);
	await expect(page.locator('main').first()).toBeFocused();

	// Presenting the map slide added above: no serious or critical axe violation; the legend in view.
	await page.goto('/presentation/');
	await expect(page.getByTestId('slide')).toHaveCount(1);
	await expect(intro).toHaveCount(0);
	await page.getByRole('button', { name: 'Présenter', exact: true }).click();
	await expect(page.getByRole('toolbar', { name: 'Présentation' })).toBeVisible();
	await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'ready');
	await expectInView(page, page.getByTestId('legend'), 'présentation à 1280×720');
	expect(await axeViolations(page)).toEqual([]);

	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

/**
 * The map page as a visitor sees it come: the map's box when the HTML is parsed (before the
 * page's script runs), then once its choropleth is drawn. With the welcome banner, the HTML's map
 * and MapLibre's were pushed 49 px down when the page's script added it (and MapLibre redrew).
 */
async function mapBoxAsItComes(page: Page): Promise<{ parsed: number[]; ready: number[] }> {
	await page.addInitScript(() => {
		document.addEventListener('DOMContentLoaded', () => {
			const map = document.querySelector('[data-testid="map"]')!.getBoundingClientRect();
			const intro = document.querySelector('[data-testid="first-visit-intro"]');
			(window as unknown as { __parsed: unknown }).__parsed = {
				box: [map.x, map.y, map.width, map.height],
				intro: intro ? getComputedStyle(intro).display : 'absent'
			};
		});
	});
	await page.goto('/');
	await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'ready');
	const { parsed, ready } = await page.evaluate(() => {
		const b = document.querySelector('[data-testid="map"]')!.getBoundingClientRect();
		return {
			parsed: (window as unknown as { __parsed: { box: number[] } }).__parsed.box,
			ready: [b.x, b.y, b.width, b.height]
		};
	});
	return { parsed, ready };
}

test('the map page does not move as it starts, on a first visit and once the introduction was closed', async ({
	browser
}) => {
	// A first visit: the introduction is in the HTML, above the map, from the start.
	const first = await browser.newContext();
	const firstPage = await first.newPage();
	const firstVisit = await mapBoxAsItComes(firstPage);
	expect(firstVisit.ready).toEqual(firstVisit.parsed);
	await expect(firstPage.getByTestId('first-visit-intro')).toBeVisible();
	const introShown = await firstPage.evaluate(
		() => (window as unknown as { __parsed: { intro: string } }).__parsed.intro
	);
	expect(introShown).toBe('flex');
	await first.close();

	// Closed in an earlier visit: never drawn, not even before the page's script runs.
	const back = await browser.newContext();
	await back.addInitScript(() => localStorage.setItem('atlas-intro-vue', '1'));
	const backPage = await back.newPage();
	const returning = await mapBoxAsItComes(backPage);
	expect(returning.ready).toEqual(returning.parsed);
	expect(
		await backPage.evaluate(() => (window as unknown as { __parsed: { intro: string } }).__parsed)
	).toMatchObject({ intro: 'none' });
	await expect(backPage.getByTestId('first-visit-intro')).toHaveCount(0);
	// The map takes the room the introduction leaves.
	expect(returning.parsed[1]).toBeLessThan(firstVisit.parsed[1]!);
	await back.close();
});

test('on a phone and a tablet, the map page does not move as it starts either: its compact key has its room from the HTML', async ({
	browser
}) => {
	for (const viewport of [
		{ width: 390, height: 844 },
		{ width: 768, height: 1024 }
	]) {
		const context = await browser.newContext({ viewport });
		const page = await context.newPage();
		const { parsed, ready } = await mapBoxAsItComes(page);
		// The key came with the page's script and pushed the map 64 px down (at 390 px).
		await expect(page.getByTestId('map-key')).toBeVisible();
		expect(Math.abs(ready[1]! - parsed[1]!), `${viewport.width} px`).toBeLessThanOrEqual(1);
		await context.close();
	}
});

test('/concentrations does not move as its results come: the headline and the key have their room from the HTML', async ({
	browser
}) => {
	for (const viewport of [
		{ width: 390, height: 844 },
		{ width: 768, height: 1024 },
		{ width: 1280, height: 720 }
	]) {
		const context = await browser.newContext({ viewport });
		const page = await context.newPage();
		await page.addInitScript(() => {
			document.addEventListener('DOMContentLoaded', () => {
				const b = document.querySelector('[data-testid="cluster-map"]')!.getBoundingClientRect();
				(window as unknown as { __parsed: number[] }).__parsed = [b.x, b.y, b.width, b.height];
			});
		});
		await page.goto('/concentrations/');
		// The default view's results: the headline (about a second of tests), then the drawn map.
		await expect(page.getByTestId('headline')).toContainText('ressortent dans un regroupement');
		await expect(page.getByTestId('headline-pending')).toHaveCount(0);
		await expect(page.getByTestId('cluster-map')).toHaveAttribute('data-state', 'ready');
		if (viewport.width < 960) await expect(page.getByTestId('map-key')).toBeVisible();
		const { parsed, ready } = await page.evaluate(() => {
			const b = document.querySelector('[data-testid="cluster-map"]')!.getBoundingClientRect();
			return {
				parsed: (window as unknown as { __parsed: number[] }).__parsed,
				ready: [b.x, b.y, b.width, b.height]
			};
		});
		// The headline came with the results and pushed the map down: 264 px at 390 (with the
		// key and the view tabs), 55 px at 1280.
		expect(Math.abs(ready[1]! - parsed[1]!), `${viewport.width} px`).toBeLessThanOrEqual(1);
		await context.close();
	}
});
