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
	await expect(page.getByTestId('sql-error')).toContainText(
		'Requête refusée : « DROP » n’est pas une lecture'
	);
	// A typo: the engine's detail points at the user's own line, once (DuckDB counts the
	// wrapper's line and repeats the block).
	await typeQuery(page, 'SELEC count(*) FROM commune_values');
	await page.keyboard.press('Control+Enter');
	await expect(page.getByTestId('sql-error')).toContainText('Requête refusée ou mal écrite');
	await expect(page.getByTestId('sql-error')).toContainText(
		'ligne 1 : SELEC count(*) FROM commune_values'
	);
	await expect(page.getByTestId('sql-error')).not.toContainText('LINE');
	// An address is never fetched (the fixture's request list is checked at the end): the engine
	// reads no file and no address once its tables are loaded.
	await typeQuery(page, "SELECT * FROM read_csv('http://exemple.fr/x.csv')");
	await page.keyboard.press('Control+Enter');
	await expect(page.getByTestId('sql-error')).toContainText(
		'Requête refusée : la console lit les tables de l’atlas, jamais un fichier ni une adresse internet'
	);
	await typeQuery(page, 'SELECT count(*) AS n FROM commune_values');
	await page.getByRole('button', { name: 'Lancer la requête' }).click();
	await expect(result.locator('tbody td').first()).toHaveText('350');
	await expect(page.getByTestId('sql-null-key')).toHaveCount(0);
	// A missing value is NULL, said what it means, never 0.
	await typeQuery(page, 'SELECT CAST(NULL AS DOUBLE) AS vide, 0 AS zero');
	await page.keyboard.press('Control+Enter');
	await expect(result.locator('tbody td').first()).toHaveText('NULL');
	await expect(result.locator('tbody td').nth(1)).toHaveText('0');
	await expect(page.getByTestId('sql-null-key')).toContainText(
		'valeur absente (secret statistique, donnée non publiée ou sans objet), jamais comptée comme 0'
	);

	// A long query is cancelled; the engine answers the next one.
	await typeQuery(page, 'SELECT count(*) AS n FROM range(100000000000)');
	await page.getByRole('button', { name: 'Lancer la requête' }).click();
	await page.getByRole('button', { name: 'Annuler la requête' }).click();
	await expect(page.getByTestId('sql-error')).toContainText('Requête annulée');
	// The count of the query before (350) is no longer shown under it, to be taken for this one's.
	await expect(result).toHaveCount(0);

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
	// A query the engine cannot stop between its steps (one join of 4·10¹⁰ pairs): cancelled, it
	// goes on, and the page says so and offers the reload that stops it.
	await typeQuery(
		page,
		'SELECT count(*) FROM range(200000) a, range(200000) b WHERE a.range * b.range = -7'
	);
	await page.getByRole('button', { name: 'Lancer la requête' }).click();
	// Cancelled while still being checked, it would never reach the engine: let it get there.
	await page.waitForTimeout(1000);
	await page.getByRole('button', { name: 'Annuler la requête' }).click();
	const stuck = page.getByTestId('sql-stuck');
	await expect(stuck).toContainText('Le moteur ne peut pas interrompre ce calcul');
	await stuck.getByRole('button', { name: 'Recharger la page' }).click();
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

test('/donnees does not move as its script starts, and without JavaScript says what needs it', async ({
	browser
}) => {
	for (const viewport of [
		{ width: 390, height: 844 },
		{ width: 1280, height: 720 }
	]) {
		const context = await browser.newContext({ viewport });
		const page = await context.newPage();
		await page.addInitScript(() => {
			document.addEventListener('DOMContentLoaded', () => {
				const h = document.getElementById('console')!.getBoundingClientRect();
				(window as unknown as { __parsed: number }).__parsed = h.y;
			});
		});
		await page.goto('/donnees/');
		await expect(page.locator('main.page')).toHaveAttribute('data-state', 'ready');
		// The store read: an empty browser has no dataset, and says so only once it knows.
		await expect(page.getByText('Aucun jeu de données importé dans ce navigateur')).toBeVisible();
		const { parsed, ready } = await page.evaluate(() => ({
			parsed: (window as unknown as { __parsed: number }).__parsed,
			ready: document.getElementById('console')!.getBoundingClientRect().y
		}));
		// The import form came with the page's script and pushed the console's heading down (529 px
		// at 390).
		expect(Math.abs(ready - parsed), `${viewport.width} px`).toBeLessThanOrEqual(1);
		await context.close();
	}

	const noScript = await browser.newContext({ javaScriptEnabled: false });
	const page = await noScript.newPage();
	await page.goto('/donnees/');
	// Inside <noscript> (Playwright's text search skips those): found by their place.
	const notes = page.locator('main.page > noscript > p');
	await expect(notes).toHaveText([
		'L’import de fichiers a besoin de JavaScript.',
		'La console a besoin de JavaScript.'
	]);
	for (const note of await notes.all()) await expect(note).toBeVisible();
	// Nothing offered that cannot work, and no claim about the browser's store, unread.
	await expect(page.getByText('Fichier CSV, Excel (.xlsx) ou GeoJSON')).toBeHidden();
	await expect(page.getByText('Aucun jeu de données importé')).toBeHidden();
	await expect(page.getByRole('heading', { name: 'Sources intégrées' })).toBeVisible();
	await noScript.close();
});
