/**
 * Workshop problems on the map page, with the fictional example set (the browser store is empty
 * in a fresh test context). Expected counts are counted by hand in data/problemes-exemple-fictif.csv:
 *   La Grand-Combe is named by 7 problems, weights 11 + 8 + 7 + 6 + 5 + 4 + 2 = 43; the one of
 *   weight 2 (line 27, « vie associative ») is « écartée », left out by default: 6 problems, 41;
 *   3 of them are « jeunesse » (lines 21, 22, 23), weight 11 + 7 + 4 = 22, none « écartée »;
 *   6 problems are « tout le territoire », counted apart, none « écartée ».
 *   Alès is named by 7 problems (lines 2, 3, 5, 8, 12, 17 and 20), none « écartée ».
 */
import type { Page } from '@playwright/test';
import { expect, openMap, outsideRequests, test, TOUCH_PHONE, type Watch } from './fixtures';

test('problems show as circles, in the commune panel, labelled exemple fictif, and filter', async ({
	page,
	watch
}) => {
	await openMap(page, '?commune=30132&problemes=1');
	const controls = page.getByTestId('problems-controls');
	await expect(controls.getByTestId('example-badge')).toContainText('Exemple fictif');
	await expect(controls.getByTestId('problems-counts')).toContainText(
		'6 pour « tout le territoire »'
	);

	const list = page.getByTestId('commune-problems');
	await expect(list).toContainText('Problématiques des ateliers (6)');
	await expect(list).toContainText('exemple fictif');

	const weightOf = (code: string) =>
		page.evaluate((c) => {
			type A = { problems: { byCommune: Record<string, { weight: number }> } };
			return (window as unknown as { atlas: A }).atlas.problems.byCommune[c]?.weight ?? 0;
		}, code);
	expect(await weightOf('30132')).toBe(41);
	// The circle layer is drawn from the same counts, once MapLibre's worker has its features (read
	// at once, they were not always there yet: a run of 3 December 2026 read none).
	const circleWeight = () =>
		page.evaluate(() => {
			type M = { sourceFeatures(s: string): { code: string; weight: number }[] };
			const map = (window as unknown as { __atlasMap: M }).__atlasMap;
			return map.sourceFeatures('problems').find((f) => f.code === '30132')?.weight;
		});
	await expect.poll(circleWeight).toBe(41);

	// « écartée » is counted only once ticked: the rejected problem comes back in circle and list.
	const rejected = controls.getByTestId('status-filter').getByLabel('écartée');
	await expect(rejected).not.toBeChecked();
	await rejected.check();
	await expect.poll(() => weightOf('30132')).toBe(43);
	await expect(list).toContainText('Problématiques des ateliers (7)');
	await rejected.uncheck();
	await expect.poll(() => weightOf('30132')).toBe(41);

	await controls.getByLabel('Thème').selectOption('jeunesse');
	await expect.poll(() => weightOf('30132')).toBe(22);
	await expect(list).toContainText('Problématiques des ateliers (3)');
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('on a phone the commune panel lists its problems whole, not in a box cut mid-line', async ({
	page,
	watch
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await openMap(page, '?commune=30132&problemes=1');
	const list = page.getByTestId('commune-problems');
	await expect(list).toContainText('Problématiques des ateliers (6)', { timeout: 30_000 });
	await expect(list.locator('li')).toHaveCount(6);
	// Opened (it is folded under its heading), nothing hidden inside the list: the page scrolls,
	// not a box without a scrollbar.
	await list.locator('summary').click();
	await expect(list.locator('li').first()).toBeVisible();
	const hidden = await list.locator('ul').evaluate((ul) => ul.scrollHeight - ul.clientHeight);
	expect(hidden).toBeLessThanOrEqual(1);
	// The page scrolled 400 px past the panel's column names: they stay at the window's top,
	// whole (they were stuck 0,6rem above the scrolled column, their first line cut).
	const stuck = await page
		.getByTestId('commune-panel')
		.locator('thead')
		.evaluate(async (head) => {
			window.scrollBy(0, head.getBoundingClientRect().top + 400);
			await new Promise(requestAnimationFrame);
			return head.getBoundingClientRect().top;
		});
	expect(Math.abs(stuck)).toBeLessThanOrEqual(0.5);
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

/**
 * The commune panel's workshops list is one line until opened: never « (0) », and the figures
 * below it stay put (on a phone it pushed them 1 000 px down when it came; on two columns, at
 * 1280×720, 260 px, 3–9 s after the panel).
 */
async function oneLineUntilOpened(page: Page, watch: Watch): Promise<void> {
	// Every frame: the panel's table from the panel's top, and the list's heading.
	await page.addInitScript(() => {
		const seen: { offset: number; heading: string }[] = [];
		(window as unknown as { seen: typeof seen }).seen = seen;
		const frame = () => {
			const panel = document.querySelector('[data-testid="commune-panel"]');
			const table = panel?.querySelector('table');
			const heading = panel?.querySelector('[data-testid="commune-problems"] h3');
			if (panel && table)
				seen.push({
					offset: table.getBoundingClientRect().top - panel.getBoundingClientRect().top,
					heading: heading?.textContent?.replace(/\s+/g, ' ').trim() ?? ''
				});
			if (seen.length < 3000) requestAnimationFrame(frame);
		};
		requestAnimationFrame(frame);
	});
	await openMap(page, '?commune=30007&problemes=1');
	const list = page.getByTestId('commune-problems');
	await expect(list.locator('h3')).toContainText('Problématiques des ateliers (7)');
	await expect(list.locator('h3')).toContainText('exemple fictif');
	// Folded: the problems are not listed until asked for.
	await expect(list.locator('li')).toHaveCount(7);
	await expect(list.locator('li').first()).toBeHidden();
	const seen = await page.evaluate(
		() => (window as unknown as { seen: { offset: number; heading: string }[] }).seen
	);
	// The example set was never said to have none for Alès (it said « (0) » for a moment).
	expect(seen.filter((s) => s.heading.includes('(0)'))).toEqual([]);
	// From the panel's first frame, the table did not move in the panel (the « exemple fictif »
	// label may add its line to the list's heading).
	expect(seen.filter((s) => s.heading).length).toBeGreaterThan(0);
	const offsets = new Set(seen.map((s) => Math.round(s.offset)));
	expect(Math.max(...offsets) - Math.min(...offsets)).toBeLessThanOrEqual(10);
	await list.getByText('Problématiques des ateliers (7)').click();
	await expect(list.locator('li').first()).toBeVisible();
	await expect(list).toContainText('Places en crèche insuffisantes pour les parents');
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
}

test('at 1280×720 the commune panel’s workshops list is one line until opened, and the figures below it stay put', async ({
	page,
	watch
}) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	await oneLineUntilOpened(page, watch);
});

test.describe('on a phone', () => {
	test.use(TOUCH_PHONE);

	test('the commune panel’s workshops list is one line until opened: never « (0) », and the figures below it stay put', async ({
		page,
		watch
	}) => oneLineUntilOpened(page, watch));
});
