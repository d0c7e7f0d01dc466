/**
 * « Peu de naissances » wherever a birth rate shows, charts and /concentrations included. Counted
 * by hand from data/sources/gard/comparateur_insee_2024_communes_gard.csv (naissances_2022 of the
 * 71 communes): 58 under 20 births, among them Thoiras-Corbès (30329: Thoiras 0 and Corbès 2);
 * Alès (30007) over 20. The smallest commune has 80 inhabitants: no « petit effectif » here.
 * One browser page, each page opened in turn (the diagnostic's crossing sentence included).
 */
import { expect, outsideRequests, sharedPage, test } from './fixtures';

const IND = 'naissances_pour_1000';

test.describe('one page load per page: a portrait, /comparer, /croisements, /diagnostic, /concentrations', () => {
	const shared = sharedPage();

	test('the portrait names the birth rate among the needs index’s fragile components', async () => {
		const { page } = shared;
		await page.goto('/commune/30329/');
		const row = page.getByTestId('portrait-needs').locator('tr[data-theme="petite_enfance"]');
		await expect(row.locator('[data-flag="rare"]')).toHaveText(
			'peu de naissances : Naissances pour 1\u202f000 habitants'
		);
	});

	test('/comparer: the dot plot draws the 58 rates on fewer than 20 births hollow, and says so', async () => {
		const { page } = shared;
		await page.goto('/comparer/?communes=30007,30329&theme=petite_enfance');
		await expect(page.getByTestId('compare')).toHaveAttribute('data-state', 'ready');
		const plot = page.locator(`article[data-indicator="${IND}"]`);
		await expect(plot.locator('circle.faint')).toHaveCount(71);
		await expect(plot.locator('circle.faint.small')).toHaveCount(58);
		await expect(plot.locator('circle[data-code="30329"]')).toHaveAttribute('data-small', 'true');
		await expect(plot.locator('circle[data-code="30007"]')).not.toHaveAttribute('data-small');
		await expect(plot).toContainText('58 taux reposent sur moins de 20 naissances (cercle vide)');
		await expect(page.locator('.lead').first()).toContainText(
			'pour la natalité, un taux calculé sur moins de 20 naissances (« peu de naissances »)'
		);
	});

	test('/croisements: the scatter plot’s hollow circles are the 58, each saying why', async () => {
		const { page } = shared;
		await page.goto(`/croisements/?indicateur=${IND}`);
		await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'ready', {
			timeout: 30_000
		});
		const results = page.getByTestId('crossing');
		await expect(results.locator('circle[data-small="true"]')).toHaveCount(58);
		await expect(page.getByTestId('crossing-hollow')).toContainText(
			'dont le taux repose sur moins de 20 naissances (« peu de naissances », 58 communes)'
		);
		await expect(page.getByTestId('crossing-hollow')).not.toContainText('petit effectif');
		await expect(results.locator('circle[data-small="true"] title').first()).toContainText(
			'; peu de naissances'
		);
		await expect(page.getByTestId('silent-needs')).toContainText('peu de naissances');
		// « Écarter » sets them aside too (it said « petit effectif (0) » and set aside none).
		const setAside = page.locator('label', { has: page.getByTestId('hide-small') });
		await expect(setAside).toContainText(
			'Écarter les communes « petit effectif » ou « peu de naissances » (58)'
		);
		await page.getByTestId('hide-small').check();
		await expect(results.locator('circle[data-small="true"]')).toHaveCount(0);
		await expect(page.getByTestId('crossing-hollow')).toHaveCount(0);
		await expect(page.getByTestId('silent-needs')).not.toContainText('peu de naissances');
	});

	test('/diagnostic: the workshops’ crossing names a rare-births commune « peu de naissances »', async () => {
		const { page } = shared;
		await page.goto('/diagnostic/?theme=petite_enfance');
		const workshops = page.getByTestId('diagnostic-workshops');
		await expect(workshops).toHaveAttribute('data-state', 'ready');
		const births = workshops
			.getByTestId('diagnostic-silent')
			.locator('li', { hasText: 'Naissances pour 1\u202f000 habitants :' });
		await expect(births).toContainText('(peu de naissances)');
	});

	test('/concentrations: the results table flags the 58 « ○ », and the caption says what it means', async () => {
		const { page, watch } = shared;
		await page.goto(`/concentrations/?variable=${IND}`);
		const table = page.getByTestId('results-table');
		await expect(table.locator('tbody tr')).toHaveCount(71);
		await expect(table.locator('[data-flag="rare"]')).toHaveCount(58);
		await expect(table.locator('tr[data-code="30329"] [data-flag="rare"]')).toHaveCount(1);
		await expect(table.locator('tr[data-code="30007"] [data-flag="rare"]')).toHaveCount(0);
		await expect(table.locator('caption')).toContainText(
			'○ : peu de naissances, taux de natalité calculé sur moins de 20 naissances'
		);
		expect(outsideRequests(watch.requests)).toEqual([]);
		expect(watch.errors).toEqual([]);
	});
});
