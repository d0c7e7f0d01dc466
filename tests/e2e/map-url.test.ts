/** Shared links of the map page: the indicator a link names is the one it reopens (issue 7). */
import type { Page } from '@playwright/test';
import {
	clickLink,
	expect,
	followLink,
	openMap,
	outsideRequests,
	test,
	sharedPage
} from './fixtures';

/** Shows another indicator (a link inside the page), then follows a link to `href`. */
async function fromOtherView(page: Page, href: string): Promise<void> {
	await followLink(page, '/?indicateur=part_15_29');
	await expect(page.getByTestId('legend')).toContainText('Part des jeunes de 15 à 29 ans');
	await followLink(page, href);
}

test.describe('one page load: a Population link and its reload, then links with a wrong or merged parameter', () => {
	const shared = sharedPage();

	test.beforeAll(async () => {
		const { page } = shared;
		// Four checks on one load (each was a test with its own load): the first link is the page's
		// own, the three others are followed inside the page.
		await openMap(page, '?indicateur=population_2022');
	});

	test('a Population link keeps its indicator in the URL and after a reload', async () => {
		const { page, watch } = shared;
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

	test('n=999 is ignored with a French notice that can be dismissed', async () => {
		const { page, watch } = shared;
		// Opened by a link inside the page, from another view: a link to the view already shown
		// changes nothing, so it would say nothing either.
		await fromOtherView(page, '/?n=999');
		const notice = page.getByTestId('url-notice');
		await expect(notice).toHaveText(
			/Paramètre ignoré\s:\sn=999 \(nombre de classes entre 3 et 7\)/
		);
		await expect(notice).toHaveAttribute('role', 'status');
		// The corrected link replaces the invalid one.
		await expect.poll(() => new URL(page.url()).search).toBe('');
		await notice.getByRole('button', { name: 'Masquer l’avis sur le lien' }).click();
		await expect(notice).toHaveCount(0);
		// The same link again, from the view it leads to: nothing changes on the map, but the
		// notice says what was ignored and the link is corrected all the same.
		// (Clicked here: the address is corrected too soon for followLink to see it change.)
		await clickLink(page, '/?n=999');
		await expect(notice).toHaveText(
			/Paramètre ignoré\s:\sn=999 \(nombre de classes entre 3 et 7\)/
		);
		await expect.poll(() => new URL(page.url()).search).toBe('');
		expect(outsideRequests(watch.requests)).toEqual([]);
		expect(watch.errors).toEqual([]);
	});

	test('classes=__proto__ never puts « [object Object] » in the legend', async () => {
		const { page, watch } = shared;
		// Opened by a link inside the page, from another view: a link to the view already shown
		// changes nothing, so it would say nothing either.
		await fromOtherView(page, '/?classes=__proto__');
		await expect(page.getByTestId('legend')).toContainText('Quantiles');
		await expect(page.locator('body')).not.toContainText('[object Object]');
		await expect(page.getByTestId('url-notice')).toContainText('classes=__proto__');
		expect(outsideRequests(watch.requests)).toEqual([]);
		expect(watch.errors).toEqual([]);
	});

	test('commune=30094 (Corbès) opens Thoiras-Corbès and says why', async () => {
		const { page, watch } = shared;
		// Opened by a link inside the page, from another view: a link to the view already shown
		// changes nothing, so it would say nothing either.
		await fromOtherView(page, '/?commune=30094');
		await expect(page.getByTestId('url-notice')).toContainText(
			'Corbès a fusionné en 2025 dans Thoiras-Corbès (30329)'
		);
		await expect.poll(() => new URL(page.url()).searchParams.get('commune')).toBe('30329');
		await expect(page.getByTestId('commune-panel')).toContainText('Thoiras-Corbès');
		expect(outsideRequests(watch.requests)).toEqual([]);
		expect(watch.errors).toEqual([]);
	});

	test('commune=30189 (Nîmes, in the Gard but outside the territory) is named, and no commune opens', async () => {
		const { page, watch } = shared;
		await fromOtherView(page, '/?commune=30189');
		await expect(page.getByTestId('url-notice')).toContainText(
			'Nîmes n’est pas dans le territoire de l’atlas : la carte s’ouvre sans commune choisie'
		);
		await expect.poll(() => new URL(page.url()).searchParams.get('commune')).toBeNull();
		await expect(page.getByTestId('commune-panel')).toHaveCount(0);
		expect(outsideRequests(watch.requests)).toEqual([]);
		expect(watch.errors).toEqual([]);
	});
});

test.describe('one page load: the default indicator and its reload, then back and forward', () => {
	const shared = sharedPage();

	test.beforeAll(async () => {
		const { page } = shared;
		// Two checks on one load (each was a test with its own load).
		await openMap(page);
	});

	test('the default indicator stays out of the URL and reopens after a reload', async () => {
		const { page, watch } = shared;
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

	test('back and forward restore the map view from the URL', async () => {
		const { page, watch } = shared;
		const search = () => new URL(page.url()).search;
		await page.getByRole('radio', { name: 'Part des jeunes de 15 à 29 ans' }).check();
		await expect.poll(search).toBe('?indicateur=part_15_29');
		await page.getByRole('combobox', { name: 'Nombre' }).selectOption('4');
		await expect.poll(search).toBe('?indicateur=part_15_29&n=4');
		await page.goBack();
		await expect.poll(search).toBe('?indicateur=part_15_29');
		await expect(page.getByRole('combobox', { name: 'Nombre' })).toHaveValue('5');
		await expect(page.getByTestId('legend')).toContainText('Part des jeunes de 15 à 29 ans');
		await page.goBack();
		await expect.poll(search).toBe('');
		await expect(page.getByTestId('legend')).toContainText('chômage des 15-24 ans');
		await expect(page.getByRole('radio', { name: 'Taux de chômage des 15-24 ans' })).toBeChecked();
		await page.goForward();
		await expect(page.getByTestId('legend')).toContainText('Part des jeunes de 15 à 29 ans');
		await page.goForward();
		await expect(page.getByRole('combobox', { name: 'Nombre' })).toHaveValue('4');
		expect(outsideRequests(watch.requests)).toEqual([]);
		expect(watch.errors).toEqual([]);
	});

	test('« Aller au contenu », seen once focused, takes the focus past the header to the page', async () => {
		const { page } = shared;
		const skip = page.getByRole('link', { name: 'Aller au contenu' });
		// Out of sight until it has the focus (the first Tab of the page).
		expect((await skip.boundingBox())!.y).toBeLessThan(0);
		await skip.focus();
		await expect(skip).toBeInViewport();
		await page.keyboard.press('Enter');
		// The map page's title, read out only (the legend says on screen what the map shows).
		expect(
			await page.evaluate(() => [
				document.activeElement?.tagName,
				document.activeElement?.textContent
			])
		).toEqual(['H1', 'Carte des besoins — CA Alès Agglomération']);
		await expect(skip).not.toBeInViewport();
	});

	test('after Back, the theme list and the radios show the map’s indicator, not the theme picked before', async () => {
		const { page, watch } = shared;
		const theme = page.getByLabel('Thème de la CTG');
		await followLink(page, '/?indicateur=part_15_29');
		await expect(page.getByTestId('legend')).toContainText('Part des jeunes de 15 à 29 ans');
		await expect(theme).toHaveValue('jeunesse');
		// A theme picked in the list shows its first indicator (part_0_14, catalogue order).
		await theme.selectOption('petite_enfance');
		await expect.poll(() => new URL(page.url()).searchParams.get('indicateur')).toBe('part_0_14');
		await expect(page.getByTestId('legend')).toContainText('Part des enfants de 0 à 14 ans');
		await page.goBack();
		await expect(page.getByTestId('legend')).toContainText('Part des jeunes de 15 à 29 ans');
		await expect(theme).toHaveValue('jeunesse');
		await expect(page.getByRole('radio', { name: 'Part des jeunes de 15 à 29 ans' })).toBeChecked();
		await page.goForward();
		await expect(page.getByTestId('legend')).toContainText('Part des enfants de 0 à 14 ans');
		await expect(theme).toHaveValue('petite_enfance');
		await expect(page.getByRole('radio', { name: 'Part des enfants de 0 à 14 ans' })).toBeChecked();
		expect(watch.errors).toEqual([]);
	});
});
