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
	const failed = page.getByTestId('error-page');
	await expect(failed.getByRole('heading', { level: 1 })).toHaveText('Page non chargée');
	await expect(failed).toContainText('la connexion est peut-être coupée');
	await expect(failed).toContainText('Rechargez-la une fois la connexion revenue');
	await expect(page.getByText('Une erreur est survenue')).toHaveCount(0);
	// The connection back, its link leads on.
	await context.setOffline(false);
	await failed.getByRole('link', { name: 'Retour à la carte' }).click();
	await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'ready');
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});
