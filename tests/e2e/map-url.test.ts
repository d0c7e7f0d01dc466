/** Shared links of the map page: the indicator a link names is the one it reopens (issue 7). */
import { expect, openMap, outsideRequests, test } from './fixtures';

test('a Population link keeps its indicator in the URL and after a reload', async ({
	page,
	watch
}) => {
	await openMap(page, '?indicateur=population_2022');
	const check = async () => {
		await expect(page.getByTestId('legend')).toContainText('Population 2022');
		await expect(page.getByRole('radio', { name: 'Population 2022' })).toBeChecked();
		await expect(page.getByLabel('Thème de la CTG')).toHaveValue('cadre_vie');
	};
	await check();
	// The page rewrites its URL once the map is painted: the indicator must stay in it.
	await expect
		.poll(() => new URL(page.url()).searchParams.get('indicateur'))
		.toBe('population_2022');
	await page.reload();
	await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'ready');
	await check();
	expect(new URL(page.url()).searchParams.get('indicateur')).toBe('population_2022');
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('the default indicator stays out of the URL and reopens after a reload', async ({
	page,
	watch
}) => {
	await openMap(page);
	await expect(page.getByTestId('legend')).toContainText('chômage des 15-24 ans');
	await page.getByRole('radio', { name: 'Part des jeunes de 15 à 29 ans' }).check();
	await expect.poll(() => new URL(page.url()).searchParams.get('indicateur')).toBe('part_15_29');
	await page.getByRole('radio', { name: 'Taux de chômage des 15-24 ans' }).check();
	await expect.poll(() => new URL(page.url()).search).toBe('');
	await page.reload();
	await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'ready');
	await expect(page.getByRole('radio', { name: 'Taux de chômage des 15-24 ans' })).toBeChecked();
	expect(watch.errors).toEqual([]);
});
