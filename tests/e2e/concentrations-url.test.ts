/** The concentrations page's URL: invalid parameters, duplicated or zero weights, back/forward. */
import type { Page } from '@playwright/test';
import { expect, followLink, outsideRequests, test, sharedPage } from './fixtures';

const map = (page: Page) => page.getByTestId('cluster-map');
const search = (page: Page) => () => new URL(page.url()).search;

test.describe('one page load: wrong, duplicated and zero weights in links, back and forward', () => {
	const shared = sharedPage();

	test.beforeAll(async () => {
		const { page } = shared;
		// Four checks on one load (each was a test with its own load): the first link is the page's
		// own, the others are followed inside the page.
		await page.goto('/concentrations/?seuil=abc&graine=7');
	});

	test('seuil=abc is ignored with a French notice', async () => {
		const { page, watch } = shared;
		await expect(map(page)).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
		await expect(page.getByTestId('url-notice')).toHaveText(
			/Paramètre ignoré\s: seuil=abc \(seuil\s: 0\.05, 0\.01 ou 0\.001\)/
		);
		await expect(page.getByTestId('alpha')).toHaveValue('0.05');
		await expect.poll(search(page)).toBe('?graine=7');
		expect(outsideRequests(watch.requests)).toEqual([]);
		expect(watch.errors).toEqual([]);
	});

	test('a duplicated indicator keeps its first weight, without page errors', async () => {
		const { page, watch } = shared;
		// A link inside the page (from another view, so the page has something to change).
		await followLink(
			page,
			'/concentrations/?theme=jeunesse&indicateurs=chomage_15_24:1,chomage_15_24:2'
		);
		await expect(map(page)).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
		await expect(page.getByTestId('url-notice')).toContainText(
			'« chomage_15_24 » en double : seul son premier poids est gardé'
		);
		await expect
			.poll(() => new URL(page.url()).searchParams.get('indicateurs'))
			.toBe('chomage_15_24:1');
		expect(outsideRequests(watch.requests)).toEqual([]);
		expect(watch.errors).toEqual([]);
	});

	test('all-zero weights say what to do instead of « Calcul en cours… »', async () => {
		const { page, watch } = shared;
		// A link inside the page (from another view, so the page has something to change).
		await followLink(
			page,
			'/concentrations/?theme=jeunesse&indicateurs=chomage_15_24:0,part_15_29:0'
		);
		const alert = map(page).locator('..').getByRole('alert');
		await expect(alert).toContainText('Tous les poids sont à 0');
		await expect(alert).toContainText('donnez un poids d’au moins 1 à un indicateur');
		await expect(page.getByText('Calcul en cours…')).toHaveCount(0);
		expect(outsideRequests(watch.requests)).toEqual([]);
		expect(watch.errors).toEqual([]);
	});

	test('back and forward restore the settings from the URL', async () => {
		const { page, watch } = shared;
		// A link inside the page (from another view, so the page has something to change).
		await followLink(page, '/concentrations/');
		await expect(map(page)).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
		await page.getByTestId('alpha').selectOption('0.01');
		await expect.poll(search(page)).toBe('?seuil=0.01');
		await page.getByTestId('alpha').selectOption('0.001');
		await expect.poll(search(page)).toBe('?seuil=0.001');
		await page.goBack();
		await expect.poll(search(page)).toBe('?seuil=0.01');
		await expect(page.getByTestId('alpha')).toHaveValue('0.01');
		await page.goBack();
		await expect(page.getByTestId('alpha')).toHaveValue('0.05');
		await page.goForward();
		await expect(page.getByTestId('alpha')).toHaveValue('0.01');
		expect(outsideRequests(watch.requests)).toEqual([]);
		expect(watch.errors).toEqual([]);
	});
});
