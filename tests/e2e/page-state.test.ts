/**
 * Every page says when it is ready (`data-state="ready"` on its main element), as the browser
 * tests and any automation expect: /sources, /donnees and /presentation had no state at all, so a
 * script waiting for it waited until its timeout.
 */
import { expect, outsideRequests, test } from './fixtures';

for (const path of ['/sources/', '/donnees/', '/presentation/'])
	test(`${path} says when it is ready`, async ({ page, watch }) => {
		await page.goto(path);
		await expect(page.locator('main')).toHaveAttribute('data-state', 'ready');
		expect(outsideRequests(watch.requests)).toEqual([]);
		expect(watch.errors).toEqual([]);
	});
