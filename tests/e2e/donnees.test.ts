/**
 * /donnees: the SQL console on the read-only connection. One page load runs an example, is
 * refused a DROP TABLE, maps a result, cancels a long query and saves a query across a reload.
 * Expected figures are computed with awk from data/…/commune_values.csv (see each comment).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, outsideRequests, test } from './fixtures';

const editor = (page: Page) => page.locator('.cm-content');

async function typeQuery(page: Page, sql: string) {
	await editor(page).click();
	await page.keyboard.press('Control+A');
	await page.keyboard.press('Delete');
	// insertText: CodeMirror would auto-close brackets typed key by key.
	await page.keyboard.insertText(sql);
}

test('the SQL console runs, refuses changes, maps, cancels and keeps saved queries', async ({
	page,
	watch
}) => {
	await page.goto('/donnees/');
	const consoleEl = page.getByTestId('sql-console');
	await expect(consoleEl).toHaveAttribute('data-state', 'idle', { timeout: 30_000 });
	await expect(editor(page)).toBeVisible();
	await expect(page.getByText('commune_values', { exact: true })).toBeVisible();

	// The first example. By hand (awk over commune_values.csv): the Gard's share of 0-14 year-olds
	// is sum(rp22_pop0014) / sum(rp22_pop) over its 350 communes = 16,59 %; 25 of the 71 communes
	// of the territory are above it, the highest Vabres (30335) with 22,46 %.
	await page.getByRole('button', { name: 'Lancer la requête' }).click();
	const result = page.getByTestId('sql-result');
	await expect(result.getByRole('status')).toContainText('25 lignes en');
	const firstRow = result.locator('tbody tr').first();
	await expect(firstRow).toContainText('Vabres');
	await expect(firstRow).toContainText('22,5');
	await expect(firstRow).toContainText('16,6');

	// A DROP is refused, in French, and the table is still whole (350 rows).
	await typeQuery(page, 'DROP TABLE commune_values');
	await page.keyboard.press('Control+Enter');
	await expect(page.getByTestId('sql-error')).toContainText('Requête refusée ou mal écrite');
	await typeQuery(page, 'SELECT count(*) AS n FROM commune_values');
	await page.getByRole('button', { name: 'Lancer la requête' }).click();
	await expect(result.locator('tbody td').first()).toHaveText('350');

	// A long query is cancelled; the engine answers the next one.
	await typeQuery(page, 'SELECT count(*) AS n FROM range(100000000000)');
	await page.getByRole('button', { name: 'Lancer la requête' }).click();
	await page.getByRole('button', { name: 'Annuler la requête' }).click();
	await expect(page.getByTestId('sql-error')).toContainText('Requête annulée');

	// A result with commune codes and numbers maps; a hostile column name stays text.
	// Alès (30007) has 45 025 inhabitants in RP 2022 (rp22_pop, column 11 of the file).
	await typeQuery(
		page,
		`SELECT code, rp22_pop AS "<img src=x onerror=alert(1)>" FROM commune_values WHERE in_territory = 1`
	);
	await page.getByRole('button', { name: 'Lancer la requête' }).click();
	await expect(result.getByRole('status')).toContainText('71 lignes');
	await expect(result.locator('tbody tr', { hasText: '30007' })).toContainText('45 025');
	await page.getByRole('button', { name: 'Afficher sur la carte' }).click();
	const map = page.getByTestId('sql-map');
	await expect(map.locator('path.t[data-code]')).toHaveCount(71);
	await expect(map).toContainText('Résultat de requête : <img src=x onerror=alert(1)>');
	expect(await page.locator('img[src="x"]').count()).toBe(0);
	await expect(map.locator('path[data-code="30007"]')).not.toHaveAttribute('fill', /none/);

	// Saved, then still there after a reload.
	await page.getByLabel('Nom de la requête').fill('Population par commune');
	await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
	await expect(page.getByTestId('saved-queries')).toContainText('Population par commune');
	await page.reload();
	await expect(consoleEl).toHaveAttribute('data-state', 'idle', { timeout: 30_000 });
	await page.getByRole('button', { name: 'Population par commune', exact: true }).click();
	await expect(editor(page)).toContainText('rp22_pop AS');

	const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
	const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(
		serious.flatMap((v) => v.nodes.map((n) => `${v.id} ${n.target.join(' ')} ${n.failureSummary}`))
	).toEqual([]);
	expect(watch.errors).toEqual([]);
	expect(outsideRequests(watch.requests)).toEqual([]);
});
