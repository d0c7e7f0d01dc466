/**
 * Readable on any screen (issue 12): no page scrolls sideways at 390 px or at 1280×720, the legend
 * of every map page is on screen at 1280×720 without scrolling, the first visit's introduction
 * says where to start and goes away for good, and presenting passes axe. One page, one test.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, outsideRequests, test } from './fixtures';

const PAGES = [
	'/',
	'/ateliers/',
	'/concentrations/',
	'/croisements/',
	'/comparer/?communes=30007,30132',
	'/sources/',
	'/presentation/',
	'/commune/30007/'
];

/** The legend of each map page. */
function legendOf(page: Page, path: string): Locator | null {
	if (path === '/') return page.getByTestId('legend');
	if (path === '/concentrations/') return page.getByTestId('concentration-legend');
	if (path === '/croisements/') return page.getByRole('table', { name: 'Légende bivariée' });
	return null;
}

/** How many px the document is wider than the window (0 when nothing scrolls sideways). */
function sideways(page: Page): Promise<number> {
	return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** Opens `path` and waits for its main content (the legend on map pages). */
async function open(page: Page, path: string): Promise<Locator | null> {
	await page.goto(path);
	const legend = legendOf(page, path);
	await expect(legend ?? page.locator('main').first()).toBeVisible({ timeout: 30_000 });
	return legend;
}

/** The legend's box lies inside the window: seen without scrolling. */
async function expectInView(page: Page, legend: Locator, path: string): Promise<void> {
	const box = (await legend.boundingBox())!;
	const { width, height } = page.viewportSize()!;
	expect(box.y, `${path}: haut de la légende`).toBeGreaterThanOrEqual(0);
	expect(box.x, `${path}: gauche de la légende`).toBeGreaterThanOrEqual(0);
	expect(box.y + box.height, `${path}: bas de la légende`).toBeLessThanOrEqual(height);
	expect(box.x + box.width, `${path}: droite de la légende`).toBeLessThanOrEqual(width);
}

test('every page fits 390 px and 1280×720, legends in view, a first-visit introduction, presenting passes axe', async ({
	page,
	watch
}) => {
	// Seventeen page loads and an axe scan, in one page: more than the default minute.
	test.setTimeout(240_000);
	// 1280×720, the room's projector, on a first visit: the introduction shows above the page and
	// every map keeps its legend in view.
	await page.setViewportSize({ width: 1280, height: 720 });
	for (const path of PAGES) {
		const legend = await open(page, path);
		const intro = page.getByTestId('first-visit-intro');
		await expect(intro).toBeVisible();
		expect(await sideways(page), `${path} à 1280×720`).toBeLessThanOrEqual(0);
		if (legend) await expectInView(page, legend, path);
	}
	// Three ways in; Échap closes it, focus goes to the page, and it does not come back.
	const intro = page.getByTestId('first-visit-intro');
	for (const name of ['Explorer la carte', 'Comparer des communes', 'Présenter'])
		await expect(intro.getByRole('link', { name })).toBeVisible();
	await intro.getByRole('button', { name: 'Fermer l’introduction' }).focus();
	await page.keyboard.press('Escape');
	await expect(intro).toHaveCount(0);
	await expect(page.locator('main').first()).toBeFocused();
	await page.reload();
	await expect(page.locator('main').first()).toBeVisible();
	await expect(intro).toHaveCount(0);

	// A phone.
	await page.setViewportSize({ width: 390, height: 844 });
	for (const path of PAGES) {
		await open(page, path);
		expect(await sideways(page), `${path} à 390 px`).toBeLessThanOrEqual(0);
	}

	// Presenting a map slide: no serious or critical axe violation.
	await page.setViewportSize({ width: 1280, height: 720 });
	await open(page, '/');
	await page.getByRole('button', { name: /^\+ Diapo/ }).click();
	await page.goto('/presentation/');
	await page.getByRole('button', { name: 'Présenter', exact: true }).click();
	await expect(page.getByRole('toolbar', { name: 'Présentation' })).toBeVisible();
	await expect(page.getByTestId('legend')).toBeVisible({ timeout: 30_000 });
	const { violations } = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
		.analyze();
	const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
		[]
	);

	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});
