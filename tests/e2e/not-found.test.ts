/** Unknown addresses get a French page with a way back, online and offline. */
import { expect, openMap, outsideRequests, test } from './fixtures';

test('an unknown address shows the French page, and its link goes back to the map', async ({
	page,
	watch
}) => {
	const res = await page.goto('/foo');
	expect(res?.status()).toBe(404);
	const notFound = page.getByTestId('not-found');
	await expect(notFound).toHaveAttribute('data-kind', 'missing');
	await expect(notFound.getByRole('heading', { name: 'Page introuvable' })).toBeVisible();
	await expect(notFound).toContainText("Cette page n'existe pas.");
	await expect(notFound.getByRole('link', { name: 'Voir les sources et méthodes' })).toBeVisible();
	await notFound.getByRole('link', { name: 'Retour à la carte' }).click();
	await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'ready');
	expect(watch.errors).toEqual([]);
	expect(outsideRequests(watch.requests)).toEqual([]);
});

test('offline, a page not loaded yet and an unknown address say different things', async ({
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
		"Cette page existe, mais elle n'est pas encore chargée sur cet appareil (hors connexion)."
	);

	await page.goto('/foo');
	await expect(notFound).toHaveAttribute('data-kind', 'missing');
	await expect(notFound).toContainText("Cette page n'existe pas.");
	await notFound.getByRole('link', { name: 'Voir les sources et méthodes' }).click();
	await expect(page.getByRole('heading', { name: 'Sources et méthodes' })).toBeVisible();
	expect(watch.errors).toEqual([]);
	expect(outsideRequests(watch.requests)).toEqual([]);
});
