/**
 * build/ as a static host serves it: a file when one exists, otherwise build/404.html with the
 * status 404 (GitHub Pages, Netlify, nginx `error_page 404 /404.html`). The host is emulated by
 * routing every request to the build folder, so no other server is needed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';

const HOST = 'http://hote-statique.test';

/** The file a static host answers with for a path, or null. */
function staticFile(pathname: string): string | null {
	const file = path.join('build', decodeURIComponent(pathname));
	for (const candidate of [file, path.join(file, 'index.html')])
		if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
	return null;
}

// A service worker would answer before the emulated host does.
test.use({ serviceWorkers: 'block' });

test('an unknown path on a static host shows the French page, at any depth', async ({
	page,
	watch
}) => {
	await page.route(`${HOST}/**`, (route) => {
		const file = staticFile(new URL(route.request().url()).pathname);
		return file
			? route.fulfill({ path: file })
			: route.fulfill({ status: 404, path: 'build/404.html' });
	});
	// The app adds the trailing slash of its addresses (trailingSlash: 'always').
	const cases = [
		{ unknown: '/foo', shown: '/foo/' },
		{ unknown: '/une/adresse/inconnue/', shown: '/une/adresse/inconnue/' }
	];
	for (const { unknown, shown } of cases) {
		const res = await page.goto(`${HOST}${unknown}`);
		expect(res?.status()).toBe(404);
		const notFound = page.getByTestId('not-found');
		await expect(notFound.getByRole('heading', { name: 'Page introuvable' })).toBeVisible();
		await expect(notFound).toContainText(`Cette page n’existe pas. Vérifiez l’adresse (${shown})`);
	}
	await page.getByRole('link', { name: 'Retour à la carte' }).click();
	await expect(page).toHaveURL(`${HOST}/`);
	await expect(page.getByTestId('map')).toBeVisible();
	expect(await fs.promises.readFile('build/404.html', 'utf8')).toContain('<html lang="fr"');
	expect(watch.errors).toEqual([]);
	expect(watch.requests.filter((u) => !u.startsWith(HOST) && !u.startsWith('data:'))).toEqual([]);
});
