/** The connection cut before the offline copy holds a page: its error page says what happened. */
import { expect, openMap, outsideRequests, test } from './fixtures';

test('a page whose code cannot be fetched (connection cut, no offline copy) says so in French, not « erreur (500) »', async ({
	page,
	context,
	watch
}) => {
	// The config blocks the offline service worker: as before its copy is complete.
	await openMap(page);
	await context.setOffline(true);
	await page
		.getByRole('navigation', { name: 'Navigation principale' })
		.getByRole('link', { name: 'Concentrations' })
		.click();
	// As when the page is opened offline before the copy holds it (not-found.test.ts).
	const failed = page.getByTestId('not-found');
	await expect(failed).toHaveAttribute('data-kind', 'not-loaded');
	await expect(failed.getByRole('heading', { level: 1 })).toHaveText('Page pas encore chargée');
	await expect(failed).toContainText(
		'Cette page (/concentrations/) n’est pas encore chargée sur cet appareil (hors connexion).'
	);
	await expect(page.getByText('Une erreur est survenue')).toHaveCount(0);
	// The connection back, its link leads on.
	await context.setOffline(false);
	await failed.getByRole('link', { name: 'Retour à la carte' }).click();
	await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'ready');
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});
