/**
 * The pages whose address holds no view say, as the others do, that a link's parameters are
 * ignored, and write their address without them (issue 10's note: /presentation/?diapo=-1 and
 * /ateliers/ ignored theirs without a word).
 */
import { expect, outsideRequests, test } from './fixtures';

test('/ateliers, /donnees, /sources, /presentation and a portrait say which parameters of a link they ignore', async ({
	page,
	watch
}) => {
	for (const path of [
		'/ateliers/',
		'/donnees/',
		'/sources/',
		'/presentation/',
		'/commune/30007/'
	]) {
		await page.goto(`${path}?diapo=-1&commune=%3Cscript%3Ealert(1)%3C%2Fscript%3E#fin`);
		const notice = page.getByTestId('url-notice');
		await expect(notice, path).toBeVisible();
		await expect(notice.getByRole('listitem')).toHaveText([
			'Paramètre ignoré : diapo=-1 (paramètre inconnu)',
			'Paramètre ignoré : commune=<script>alert(1)</script> (paramètre inconnu)'
		]);
		// The address without them (its anchor kept), so that a link copied from it is clean.
		await expect.poll(() => new URL(page.url()).search, path).toBe('');
		expect(new URL(page.url()).pathname).toBe(path);
		expect(new URL(page.url()).hash).toBe('#fin');
		await notice.getByRole('button', { name: 'Masquer l’avis sur le lien' }).click();
		await expect(notice).toBeHidden();
	}
	// A plain address: no notice.
	await page.goto('/sources/');
	await expect(page.getByRole('heading', { name: 'Sources et méthodes' })).toBeVisible();
	await expect(page.getByTestId('url-notice')).toHaveCount(0);
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});
