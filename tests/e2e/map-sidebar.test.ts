/**
 * The map page's sidebar (issue 7): the legend is visible without scrolling on a 1400 × 900
 * screen, and a theme without indicator says so instead of keeping the previous map.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { indicators } from '../../src/lib/indicators/catalogue';
import { themes } from '../../src/lib/indicators/themes';
import { BLANK_FILL } from '../../src/lib/map/palette';
import { makeProblem } from '../fixtures/workshops/problem';
import { expect, followLink, openMap, outsideRequests, paints, sharedPage, test } from './fixtures';
import { seed } from './store-helpers';

/** Legend rows whose box is not entirely inside the viewport, with the sidebar not scrolled. */
async function legendRowsOutside(page: Page): Promise<string[]> {
	return page.getByTestId('legend').evaluate((legend) => {
		const side = legend.closest('aside');
		if (side && side.scrollTop !== 0) return ['la barre latérale a défilé'];
		const out: string[] = [];
		for (const li of legend.querySelectorAll('li')) {
			const r = li.getBoundingClientRect();
			if (r.height === 0 || r.top < 0 || r.left < 0) out.push(li.textContent ?? '');
			else if (r.bottom > window.innerHeight || r.right > window.innerWidth)
				out.push(li.textContent ?? '');
		}
		return out;
	});
}

// One page load for both tests (the second goes on from the map the first one left).
test.describe('one page load: the legend of every indicator, then the themes without indicator', () => {
	const shared = sharedPage();

	test("every row of the legend is visible without scrolling: the default one at 1280×720, every indicator's at 1400×900", async () => {
		const { page, watch } = shared;
		// One page load: the default legend at 1280×720 (before issue 7 it started below the fold at
		// this size), then the window grows to 1400×900 and every indicator is mapped in turn.
		await page.setViewportSize({ width: 1280, height: 720 });
		await openMap(page, '?commune=30007');
		await expect(page.getByTestId('legend').locator('li')).toHaveCount(7);
		expect(await legendRowsOutside(page)).toEqual([]);
		// The theme list shows the chosen theme whole: « Accès aux droits et aux services (4) » is
		// wider than the 19rem sidebar's list (285 px of text at 16 px), so it wraps onto a second
		// line; a closed native list cut it after « service ».
		const themeList = page.getByLabel('Thème de la CTG');
		await expect(themeList).toHaveValue('jeunesse');
		const oneLine = (await themeList.boundingBox())!.height;
		const painted = await paints(page);
		await themeList.selectOption('acces_droits');
		await expect.poll(() => paints(page)).toBeGreaterThan(painted);
		expect((await themeList.boundingBox())!.height).toBeGreaterThan(oneLine * 1.5);
		await page.setViewportSize({ width: 1400, height: 900 });
		for (const t of themes) {
			const inTheme = indicators.filter((i) => i.theme === t.id);
			if (inTheme.length === 0) continue;
			const before = await paints(page);
			await page.getByLabel('Thème de la CTG').selectOption(t.id);
			await expect.poll(() => paints(page)).toBeGreaterThan(before);
			for (const ind of inTheme) {
				const radio = page.getByRole('radio', { name: ind.label, exact: true });
				if (!(await radio.isChecked())) {
					const before = await paints(page);
					await radio.check();
					await expect.poll(() => paints(page)).toBeGreaterThan(before);
				}
				await expect(page.getByTestId('legend')).toContainText(ind.label);
				// Up to 5 classes (fewer when values repeat), the n.d. class and the context row.
				expect(await page.getByTestId('legend').locator('li').count()).toBeGreaterThanOrEqual(3);
				expect(await legendRowsOutside(page), ind.id).toEqual([]);
			}
		}
		expect(watch.errors).toEqual([]);
	});

	test('a theme without indicator greys the map and says what cannot be measured; on a 390×844 phone the map, then the commune panel, then the legend', async () => {
		const { page, watch } = shared;
		// Back to the default map of Alès, in the app (the first test left the last indicator).
		await followLink(page, '/?commune=30007');
		await expect(page.getByTestId('legend')).toContainText('Taux de chômage des 15-24 ans');
		// The class controls are there under a theme with indicators (the check below could fail).
		await expect(page.getByLabel(/^Nombre/)).toHaveCount(1);
		const fill = () =>
			page.evaluate(() => {
				type W = { __atlasMap: { stateOf(c: string): { fill?: string } } };
				const ctx = (window as unknown as W).__atlasMap;
				return ['30007', '30132', '30053'].map((c) => ctx.stateOf(c).fill);
			});
		await expect.poll(fill).not.toContain(BLANK_FILL);

		await page.getByLabel('Thème de la CTG').selectOption('vie_associative');
		// The map: every territory commune in the same grey, and a French message over it.
		await expect.poll(fill).toEqual([BLANK_FILL, BLANK_FILL, BLANK_FILL]);
		const notice = page.getByTestId('map-gap');
		await expect(notice).toContainText('Vie associative : aucun indicateur à cartographier');
		// No legend, classes, description or table of the previous indicator under the new theme.
		await expect(page.getByTestId('legend')).toHaveCount(0);
		await expect(page.getByTestId('indicator-about')).toHaveCount(0);
		// The number of classes, by the start of its label: `getByLabel('Nombre')` also finds the
		// workshop problems' « Public » filter, whose label holds the option « familles nombreuses »
		// (it shows once the engine has loaded the problems).
		await expect(page.getByLabel(/^Nombre/)).toHaveCount(0);
		await expect(page.getByRole('button', { name: /tableau des communes/ })).toBeHidden();
		await expect(page.locator('tr.current')).toHaveCount(0);
		// The sidebar: the theme's note and the list of what cannot be measured.
		const gaps = page.getByTestId('theme-gaps');
		await expect(gaps).toContainText('Répertoire national des associations (RNA)');
		await expect(gaps.getByRole('listitem')).toHaveText([/^Associations par commune\s:\s/]);
		await expect(gaps).not.toContainText('import');
		// Alès' workshop problems (the example set) are in its panel, folded, in a list that scrolls
		// once opened: the keyboard reaches it (axe's scrollable-region-focusable failed on it).
		await page.getByTestId('commune-problems').locator('summary').click();
		const list = page
			.getByTestId('commune-problems')
			.getByRole('list', { name: /^Problématiques des ateliers/ });
		await expect(list.getByRole('listitem').first()).toBeVisible();
		await expect(list).toHaveAttribute('tabindex', '0');
		const axe = await new AxeBuilder({ page }).analyze();
		const bad = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
		expect(bad.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

		// Handicap, the other theme without indicator, says the same with its own gaps.
		await page.getByLabel('Thème de la CTG').selectOption('handicap');
		await expect(notice).toContainText('Handicap : aucun indicateur à cartographier');
		await expect(gaps).toContainText('MDPH');

		// Back to a theme with indicators: its first indicator is mapped again, with its legend.
		await page.getByLabel('Thème de la CTG').selectOption('logement');
		await expect(page.getByTestId('legend')).toContainText('Part des logements vacants');
		await expect(notice).toHaveCount(0);
		await expect.poll(async () => (await fill()).includes(BLANK_FILL)).toBe(false);

		// The same page on a 390×844 phone: the map takes the width, then the commune panel, then the
		// legend.
		await page.setViewportSize({ width: 390, height: 844 });
		await page.evaluate(() => new Promise(requestAnimationFrame));
		const map = (await page.getByTestId('map').boundingBox())!;
		expect(map.width).toBeGreaterThanOrEqual(380);
		expect(map.height).toBeGreaterThanOrEqual(400);
		const panel = (await page.getByTestId('commune-panel').boundingBox())!;
		expect(panel.y).toBeGreaterThanOrEqual(map.y + map.height);
		expect(panel.width).toBeGreaterThanOrEqual(380);
		const legend = page.getByTestId('legend');
		await legend.scrollIntoViewIfNeeded();
		await expect(legend).toBeInViewport();
		expect(outsideRequests(watch.requests)).toEqual([]);
		expect(watch.errors).toEqual([]);
	});
});

test('at 1280×720 with 1 200 stored problems marked « exemple fictif » and a damaged record, the legend stays inside the sidebar and the warning is on the first screen', async ({
	page,
	watch
}) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	await page.goto('/sources/');
	// 1 200 problems, all naming Alès (30007) with weight 1, each marked « exemple fictif »: Alès
	// weighs 1 200. One more record has no field the atlas knows: it is set aside.
	const records: object[] = Array.from({ length: 1200 }, (_, i) => ({
		...makeProblem(`p-${i}`, { description: `Problème ${i}`, example: true }),
		revision: 1,
		deletedAt: null
	}));
	records.push({ id: 'p-abime', junk: true });
	await page.evaluate(seed, { version: 1, stores: ['problems', 'taxonomy'], records });
	await page.goto('/?problemes=1');
	const row = page.getByTestId('legend-circles');
	// The weight with the French thousands space (it read « poids 105000 » at 100 000 problems).
	await expect(row).toContainText('(le plus grand : Alès, poids 1\u202f200)', { timeout: 60_000 });
	const tag = row.getByTestId('legend-circles-example');
	await expect(tag).toContainText('dont 1\u202f200 problématiques');
	// The label wraps inside the sidebar instead of widening the legend past it (which cut the
	// legend's text and the label's end).
	const side = (await row.locator('xpath=ancestor::aside').boundingBox())!;
	for (const box of [await row.boundingBox(), await tag.boundingBox()])
		expect(box!.x + box!.width).toBeLessThanOrEqual(side.x + side.width);
	expect(await row.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
	// The record set aside is said on the first screen, under the legend, not 1 400 px down.
	const notice = page.getByTestId('store-notice');
	await expect(notice).toContainText('1 enregistrement du stockage du navigateur est illisible');
	await expect(notice).toBeInViewport();
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});
