/** Unknown addresses get a French page with a way back, online and offline. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, openMap, outsideRequests, test } from './fixtures';

// The offline service worker is what these tests are about (the config blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

test('an unknown address shows the French page, and its link goes back to the map', async ({
	page,
	watch
}) => {
	const notFound = page.getByTestId('not-found');
	// A 1 501-character address is cut after 80 characters, its length said (it filled 20 lines).
	await page.goto('/' + 'x'.repeat(1500));
	await expect(notFound.locator('code')).toHaveText(
		'/' + 'x'.repeat(79) + '… (1\u202f501 caractères)'
	);
	const res = await page.goto('/foo');
	expect(res?.status()).toBe(404);
	await expect(notFound).toHaveAttribute('data-kind', 'missing');
	await expect(notFound.getByRole('heading', { name: 'Page introuvable' })).toBeVisible();
	await expect(notFound).toContainText('Cette page n’existe pas.');
	await expect(notFound.getByRole('link', { name: 'Voir les sources et méthodes' })).toBeVisible();
	await notFound.getByRole('link', { name: 'Retour à la carte' }).click();
	await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'ready');
	expect(watch.errors).toEqual([]);
	expect(outsideRequests(watch.requests)).toEqual([]);
});

test('an address with a broken escape gets the French page, not a blank one', async ({
	page,
	watch
}) => {
	// A static host answers it with the adapter's 404.html (vite preview refuses it with a 400).
	const fallback = readFileSync(path.join(import.meta.dirname, '../../build/404.html'), 'utf8');
	await page.route('**/commune/%E0%A4%A/', (route) =>
		route.fulfill({ status: 404, contentType: 'text/html', body: fallback })
	);
	await page.goto('/commune/%E0%A4%A/');
	const notFound = page.getByTestId('not-found');
	await expect(notFound.getByRole('heading', { name: 'Page introuvable' })).toBeVisible();
	// The address as typed.
	await expect(notFound.locator('code')).toHaveText('/commune/%E0%A4%A/');
	await notFound.getByRole('link', { name: 'Retour à la carte' }).click();
	await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'ready');
	expect(watch.errors).toEqual([]);
	expect(outsideRequests(watch.requests)).toEqual([]);
});

test('offline, a page not loaded yet and an unknown address say different things, at any depth', async ({
	page,
	context,
	watch
}) => {
	await openMap(page);
	await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
	// The install cached every page: drop one, as on a device that never loaded it.
	const dropped = await page.evaluate(async () => {
		const [name] = await caches.keys();
		return name !== undefined && (await caches.open(name)).delete('/croisements/');
	});
	expect(dropped).toBe(true);
	await context.setOffline(true);

	await page.goto('/croisements/');
	const notFound = page.getByTestId('not-found');
	await expect(notFound).toHaveAttribute('data-kind', 'not-loaded');
	await expect(notFound).toContainText(
		'Cette page (/croisements/) n’est pas encore chargée sur cet appareil (hors connexion).'
	);
	await expect(notFound.getByRole('link', { name: 'rouvrez-la' })).toHaveAttribute(
		'href',
		'/croisements/'
	);

	// Two levels deep: the page starts (its paths are its own), with the address asked and links
	// to the site's pages, not under « /commune/ ».
	await page.goto('/commune/99999/');
	await expect(notFound).toContainText('(/commune/99999/)');
	expect(
		new URL(
			await notFound
				.getByRole('link', { name: 'Retour à la carte' })
				.evaluate((a) => (a as HTMLAnchorElement).href)
		).pathname
	).toBe('/');
	await page.goto('/foo');
	await expect(notFound).toHaveAttribute('data-kind', 'missing');
	await expect(notFound).toContainText('Cette page n’existe pas.');
	await notFound.getByRole('link', { name: 'Voir les sources et méthodes' }).click();
	await expect(page.getByRole('heading', { name: 'Sources et méthodes' })).toBeVisible();
	expect(watch.errors).toEqual([]);
	expect(outsideRequests(watch.requests)).toEqual([]);
});
