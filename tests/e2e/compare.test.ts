/** The comparison page (issue 11): communes from the URL, added through the search, removed. */
import { expect, outsideRequests, test } from './fixtures';

test('a comparison opens from the URL, ignores a bad code, adds and removes communes', async ({
	page,
	watch
}) => {
	await page.goto('/comparer/?communes=30007,30132,99999&theme=jeunesse');
	await expect(page.getByTestId('compare')).toHaveAttribute('data-state', 'ready');
	await expect(page.getByTestId('url-notice')).toContainText('« 99999 »');
	const table = page.getByTestId('compare-table');
	// Youth unemployment (snapshot.json): Alès 39,3 % (15e sur 70), Agglomération 32,8 %, Gard 28,8 %.
	const row = table.locator('tr[data-indicator="chomage_15_24"]');
	const ales = row.locator('td[data-code="30007"]');
	await expect(ales.locator('[data-part="value"]')).toHaveText('39,3\u00a0%');
	await expect(ales.locator('[data-part="rank"]')).toContainText('15e sur 70 communes renseignées');
	await expect(ales.locator('[data-part="gap"]')).toHaveText('écart : +6,5\u00a0points');
	await expect(row.locator('td.ref').first()).toHaveText('32,8\u00a0%');
	await expect(row.locator('td.ref').nth(1)).toHaveText('28,8\u00a0%');

	const add = page.getByRole('combobox', { name: 'Ajouter une commune' });
	await add.fill('st martin');
	await expect(page.getByRole('option').first()).toContainText('Saint-Martin-de-Valgalgues');
	await add.press('Enter');
	await expect(page).toHaveURL(/communes=30007%2C30132%2C30284/);
	await expect(row.locator('td[data-code="30284"]')).toHaveCount(1);

	await page.getByRole('button', { name: 'Retirer La Grand-Combe' }).click();
	await expect(page).toHaveURL(/communes=30007%2C30284&/);
	await expect(row.locator('td[data-code="30132"]')).toHaveCount(0);
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('the header search adds a commune when on the comparison', async ({ page, watch }) => {
	await page.goto('/comparer/?communes=30007');
	await expect(page.getByTestId('compare')).toHaveAttribute('data-state', 'ready');
	const box = page.getByRole('combobox', { name: 'Rechercher une commune' });
	await box.fill('grand combe');
	await box.press('Enter');
	await expect(page).toHaveURL(/\/comparer\/\?communes=30007%2C30132$/);
	await expect(page.getByTestId('compare-communes').locator('li')).toHaveCount(2);
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});
