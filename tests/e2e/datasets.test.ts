/**
 * Bring your own data: a partner's file and an SQL result become indicators that show on the map,
 * in the comparison, the portrait and the needs index, survive a reload, and a DROP TABLE in the
 * console changes nothing. Hand computations (populations rp22_pop from
 * static/data/commune_values.csv; the fixture's rows are listed in
 * src/lib/features/datasets/aggregate.test.ts):
 * - associations: Alès 2 / 45 025 × 1 000 = 0,044 → « 0,04 »; Anduze 1 / 3 322 × 1 000 = 0,301 →
 *   « 0,30 »; the Agglomération 6 / 135 747 × 1 000 = 0,0442 → « 0,04 »;
 * - the query's share of 0-14 year-olds in Alès: 6 906,73 / 45 025 × 100 = 15,34 → « 15,3 ».
 */
import type { Page } from '@playwright/test';
import { expect, followLink, holdScripts, leaveRefused, outsideRequests, test } from './fixtures';

const ASSOS = 'u_associations_exemple_fictif';

async function importAssociations(page: Page) {
	await page.setInputFiles(
		'#dataset-file',
		'tests/fixtures/datasets/rna-associations-exemple-fictif.csv'
	);
	const report = page.getByTestId('dataset-report');
	await expect(report).toBeVisible();
	await page.selectOption('#ds-commune', 'adrs_libcommune');
	// Lines 4 (« Anduse »), 7 (Nîmes) and 10 (no commune) are left out, with their reasons.
	await expect(page.getByTestId('dataset-summary')).toContainText(
		'6 lignes retenues, 3 laissées de côté'
	);
	await expect(report).toContainText('« Nîmes » : commune hors de l’Agglomération (Nîmes)');
	await expect(report).toContainText('« Corbès » est une ancienne commune');
	await page.fill('#ds-label', 'Associations (exemple fictif)');
	await page.selectOption('#ds-polarity', '-1');
	await page.fill('#ds-producer', 'RNA (exemple fictif)');
	await page.fill('#ds-year', '2025');
	await page.getByRole('button', { name: 'Enregistrer l’indicateur' }).click();
	await expect(page.getByTestId('dataset-status')).toContainText('est ajouté', { timeout: 30_000 });
}

test('a file and a query become indicators on every page, and stay after a reload', async ({
	page,
	watch
}) => {
	test.setTimeout(180_000);
	await page.goto('/donnees/');
	await importAssociations(page);

	// The console lists the dataset's table, saves a query result as an indicator, refuses a DROP.
	const consoleEl = page.getByTestId('sql-console');
	await expect(consoleEl).toHaveAttribute('data-state', /idle|done/, { timeout: 30_000 });
	await expect(page.getByText(ASSOS, { exact: true })).toBeVisible();
	const editor = page.locator('.cm-content');
	const run = async (sql: string) => {
		await editor.click();
		await page.keyboard.press('Control+A');
		await page.keyboard.press('Delete');
		await page.keyboard.insertText(sql);
		await page.getByRole('button', { name: 'Lancer la requête' }).click();
	};
	await run(`DROP TABLE ${ASSOS}`);
	await expect(page.getByTestId('sql-error')).toBeVisible();
	await run(
		'SELECT code, rp22_pop0014 / rp22_pop * 100 AS part_0_14 FROM commune_values WHERE in_territory = 1'
	);
	await expect(page.getByTestId('sql-result').getByRole('status')).toContainText('71 lignes');
	await page.getByRole('button', { name: 'Enregistrer comme indicateur' }).click();
	await expect(page.getByTestId('dataset-summary')).toContainText('71 lignes retenues, 0 laissée');
	await page.fill('#ds-label', 'Part des 0-14 ans calculée');
	await page.fill('#ds-unit', '%');
	await page.fill('#ds-producer', 'Insee RP 2022, par requête');
	await page.getByRole('button', { name: 'Enregistrer l’indicateur' }).click();
	await expect(page.getByTestId('dataset-status')).toContainText('est ajouté', { timeout: 30_000 });

	// A reload: both are still there (and the table of the file with them).
	await page.reload();
	const list = page.getByTestId('dataset-list');
	await expect(list).toContainText('Associations (exemple fictif)');
	await expect(list).toContainText('Part des 0-14 ans calculée');

	// The map: the indicator is picked from the URL, its legend says where it comes from.
	await page.goto(`/?indicateur=${ASSOS}&commune=30007`);
	await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'ready');
	await expect(page.locator('body')).toContainText(
		'Associations (exemple fictif) · données importées'
	);
	await expect(page.getByText('Source : RNA (exemple fictif), 2025')).toBeVisible();

	// The comparison: Alès 0,04 and Anduze 0,30 associations per 1 000 inhabitants. It and the pages
	// below are opened in the app, as by a link (the map above was a page load).
	await followLink(page, '/comparer/?communes=30007,30010&theme=vie_associative');
	const row = page.locator('tr', { hasText: 'Associations (exemple fictif) · données importées' });
	await expect(row).toContainText('0,04');
	await expect(row).toContainText('0,30');

	// The portrait of Alès adds the imported lines to its key indicators.
	await followLink(page, '/commune/30007/');
	await expect(page.getByTestId('portrait')).toHaveAttribute('data-code', '30007');
	const line = page.locator('tr', { hasText: 'Part des 0-14 ans calculée · données importées' });
	await expect(line).toContainText('15,3');

	// The needs index can take it in.
	await followLink(page, '/concentrations/');
	const add = page.getByLabel('Ajouter un indicateur (tous thèmes)');
	await add.selectOption(ASSOS);
	await expect(
		page.getByRole('cell', { name: 'Associations (exemple fictif) · données importées' })
	).toBeVisible();
	await expect(page.getByTestId('cluster-map')).toHaveAttribute('data-state', 'ready');
	await expect(page.getByTestId('index-formula')).toContainText('Associations (exemple fictif)');

	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('a file chosen before the page’s script runs is read once it has; a rate file’s unreadable rows say so', async ({
	page,
	watch
}) => {
	// The prerendered file box can be used first; its `change` came before any handler and was lost.
	const release = await holdScripts(page);
	await page.goto('/donnees/', { waitUntil: 'domcontentloaded' });
	await page.setInputFiles(
		'#dataset-file',
		'tests/fixtures/datasets/rna-associations-exemple-fictif.csv'
	);
	release();
	await expect(page.getByTestId('dataset-report')).toBeVisible();
	// The same report as a file chosen afterwards (its lines are counted in importAssociations).
	await page.selectOption('#ds-commune', 'adrs_libcommune');
	await expect(page.getByTestId('dataset-summary')).toContainText(
		'6 lignes retenues, 3 laissées de côté'
	);

	// Then a rate file with rows it cannot read (caf-eaje-exemple-fictif.csv: lines 3 and 8
	// La Grand-Combe twice, 6 Bagard « douze », 7 Boisset-et-Gaujac −5). Those communes are
	// « n.d. » for that reason, not « non publié »; Alès 1 204 / 1 530 × 100 = 78,69 → « 78,7 ».
	await page.getByRole('button', { name: 'Choisir un autre fichier' }).click();
	await page.setInputFiles('#dataset-file', 'tests/fixtures/datasets/caf-eaje-exemple-fictif.csv');
	await page.getByLabel(/un numérateur et un\s+dénominateur/).check();
	await page.selectOption('#ds-commune', 'Code INSEE');
	await page.selectOption('#ds-num', 'Nombre de places EAJE');
	await page.selectOption('#ds-den', 'Enfants de moins de 3 ans');
	await expect(page.getByTestId('dataset-summary')).toContainText(
		'4 lignes retenues, 4 laissées de côté'
	);
	await page.fill('#ds-label', 'Places en crèche (exemple fictif)');
	await page.selectOption('#ds-theme', 'petite_enfance');
	await page.fill('#ds-producer', 'CAF (exemple fictif)');
	await page.fill('#ds-year', '2024');
	// Not saved yet: the header's « Carte » asks before dropping it (declined: nothing lost), and
	// closing the tab brings the browser's question (its unload event is refused).
	const asked: string[] = [];
	page.once('dialog', (d) => {
		asked.push(d.message());
		void d.dismiss();
	});
	await page
		.getByRole('navigation', { name: 'Navigation principale' })
		.getByRole('link', { name: 'Carte', exact: true })
		.click();
	await expect.poll(() => asked).toHaveLength(1);
	expect(asked[0]).toContain('L’import en cours n’est pas enregistré');
	await expect(page).toHaveURL(/\/donnees\/$/);
	await expect(page.locator('#ds-label')).toHaveValue('Places en crèche (exemple fictif)');
	expect(await leaveRefused(page)).toBe(true);
	await page.getByRole('button', { name: 'Enregistrer l’indicateur' }).click();
	await expect(page.getByTestId('dataset-status')).toContainText('est ajouté', { timeout: 30_000 });
	// Saved: leaving asks nothing (no dialog handler now: one would fail the link below).
	expect(await leaveRefused(page)).toBe(false);
	await followLink(page, '/comparer/?communes=30007,30132,30027&theme=petite_enfance');
	const row = page.locator('tr', {
		hasText: 'Places en crèche (exemple fictif) · données importées'
	});
	await expect(row).toContainText('78,7');
	await expect(row.getByText('ligne rejetée à l’import')).toHaveCount(2);
	await expect(row).not.toContainText('non publié');
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});
