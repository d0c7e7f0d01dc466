/**
 * Every page says when it is ready (`data-state="ready"` on its main element), as the browser
 * tests and any automation expect: /sources, /donnees and /presentation had no state at all, so a
 * script waiting for it waited until its timeout. Every page has its own title, too.
 */
import { expect, outsideRequests, test } from './fixtures';

for (const path of ['/sources/', '/donnees/', '/presentation/'])
	test(`${path} says when it is ready`, async ({ page, watch }) => {
		await page.goto(path);
		await expect(page.locator('main')).toHaveAttribute('data-state', 'ready');
		expect(outsideRequests(watch.requests)).toEqual([]);
		expect(watch.errors).toEqual([]);
	});

test('a link from another page to the map gives the map its own title, not that page’s', async ({
	page,
	watch
}) => {
	await page.goto('/ateliers/');
	await expect(page).toHaveTitle('Ateliers · Atlas des besoins');
	// The header's link, as a visitor clicks it.
	await page.locator('header nav a', { hasText: 'Carte' }).first().click();
	await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'ready');
	await expect(page).toHaveTitle('Carte · Atlas des besoins · CTG CA Alès Agglomération');
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});
