/** The forum room has a poor network: once opened, the atlas must work offline. */
import { expect, openMap, test } from './fixtures';

test('after a first visit, the map and the query engine work offline', async ({
	page,
	context,
	watch
}) => {
	await openMap(page);
	await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
	// Let the engine load once so its wasm file is cached too.
	await expect(page.getByTestId('engine-status')).toHaveAttribute('data-engine', 'ready', {
		timeout: 30_000
	});
	await context.setOffline(true);
	await page.reload();
	await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'ready');
	await expect(page.getByTestId('legend')).toContainText('chômage des 15-24 ans');
	await expect(page.getByTestId('engine-status')).toHaveAttribute('data-engine', 'ready', {
		timeout: 30_000
	});
	await page.getByRole('link', { name: 'Sources' }).click();
	await expect(page.getByRole('heading', { name: 'Sources et méthodes' })).toBeVisible();
	expect(watch.errors).toEqual([]);
});
