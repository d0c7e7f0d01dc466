/** The forum room has a poor network: once opened, the atlas must work offline. */
import { expect, test } from './fixtures';

// The offline service worker is what these tests are about (the config blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

test('after a first visit to one page, the map, the query engine and the presentation work offline', async ({
	page,
	context,
	watch
}) => {
	// The first visit opens only /sources/, which never starts the engine.
	await page.goto('/sources/');
	await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
	// Once idle, the page asks the service worker to keep the engine's wasm file.
	await expect
		.poll(
			() =>
				page.evaluate(async () => {
					for (const key of await caches.keys()) {
						const cached = await (await caches.open(key)).keys();
						if (cached.some((r) => r.url.endsWith('.wasm'))) return true;
					}
					return false;
				}),
			{ timeout: 60_000 }
		)
		.toBe(true);
	await context.setOffline(true);
	await expect(page.getByTestId('offline-badge')).toHaveText('Hors ligne');
	// Still the first visit's page, opened before the service worker: its links load the pages'
	// data files (/diagnostic/__data.json) from the worker's copy, not « Une erreur est survenue ».
	await page.getByRole('link', { name: 'Diagnostic', exact: true }).click();
	await expect(page).toHaveURL(/\/diagnostic\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Diagnostic partagé');
	await expect(page.getByText('Une erreur est survenue')).toHaveCount(0);

	// At the room's 1280×720, the badge keeps the header on one row (the map keeps its height).
	await page.setViewportSize({ width: 1280, height: 720 });
	await page.goto('/');
	await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'ready');
	// One row: « + Diapo » on the links' line (a second row put it 46 px lower), the badge
	// beside the title, and the header 62 px high as online (98 px on two rows).
	const box = async (l: ReturnType<typeof page.locator>) => (await l.boundingBox())!;
	const link = await box(page.getByRole('link', { name: 'Carte', exact: true }));
	const diapo = await box(page.getByRole('button', { name: /^\+ Diapo/ }));
	expect(Math.abs(diapo.y + diapo.height / 2 - (link.y + link.height / 2))).toBeLessThanOrEqual(4);
	expect((await box(page.getByTestId('offline-badge'))).y).toBeLessThan(link.y + link.height);
	expect((await box(page.locator('header.site'))).height).toBeLessThan(80);
	await expect(page.getByTestId('legend')).toContainText('chômage des 15-24 ans');
	await expect(page.getByTestId('engine-status')).toHaveAttribute('data-engine', 'ready', {
		timeout: 30_000
	});
	await expect(page.getByTestId('offline-badge')).toBeVisible();
	await page.getByRole('link', { name: 'Présentation' }).click();
	await expect(page.getByRole('heading', { name: 'Présentation', level: 1 })).toBeVisible();
	await page.getByRole('link', { name: 'Données' }).click();
	await expect(page.getByRole('heading', { name: 'Données', level: 1 })).toBeVisible();
	await page.getByRole('link', { name: 'Sources et méthodes' }).first().click();
	await expect(page.getByRole('heading', { name: 'Sources et méthodes' })).toBeVisible();
	expect(watch.errors).toEqual([]);
});
