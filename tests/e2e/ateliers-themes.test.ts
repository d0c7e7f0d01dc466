/**
 * A workshop theme added by the user (« transversal »): captured in /ateliers, kept after a
 * reload, then counted and filtered on the map like the built-in themes.
 * Every test starts from an empty browser profile (a fresh IndexedDB).
 */
import { readFileSync } from 'node:fs';
import { expect, outsideRequests, test } from './fixtures';
import { addCommune, openAteliers } from './ateliers-helpers';

test('a « transversal » theme is added, captured and counted on the map', async ({
	page,
	watch
}) => {
	await openAteliers(page);
	const themes = page.getByTestId('chips-theme');
	await expect(themes.getByRole('button', { name: 'transversal' })).toHaveCount(0);
	await page.getByText('Ajouter un thème, un sujet ou un public à la liste').click();
	await page.locator('#custom-theme').fill('transversal');
	await page.locator('#custom-theme').press('Enter');
	await expect(
		page.getByRole('status').filter({ hasText: '« transversal » ajouté.' })
	).toBeVisible();

	await themes.getByRole('button', { name: 'transversal' }).click();
	await page.locator('#description').fill('Les partenaires ne se connaissent pas entre eux');
	await addCommune(page, 'Alès');
	await page.keyboard.press('Control+Enter');
	await expect(page.getByTestId('problem-count')).toContainText('1 problématique');
	await page.reload();
	await expect(page.locator('main[data-state="ready"]')).toBeVisible();
	await expect(themes.getByRole('button', { name: 'transversal' })).toBeVisible();
	await expect(page.getByTestId('problem').first()).toContainText('transversal');

	// On the map: the theme is a filter like the others, and its problem is counted in Alès.
	await page.goto('/?commune=30007&problemes=1');
	const panel = page.getByTestId('commune-problems');
	await expect(panel).toContainText('Problématiques des ateliers (1)', { timeout: 30_000 });
	await expect(panel).toContainText('transversal');
	const controls = page.getByTestId('problems-controls');
	const counts = controls.getByTestId('problems-counts');
	await expect(counts).toContainText('1 mention rattachée à des communes');
	await controls.getByLabel('Thème').selectOption({ label: 'transversal' });
	await expect(counts).toContainText('1 mention rattachée à des communes');
	await controls.getByLabel('Thème').selectOption({ label: 'jeunesse' });
	await expect(counts).toContainText('0 mention rattachée à des communes');
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('a JSON backup brings its « transversal » theme into a new browser, with its problem', async ({
	page,
	browser,
	watch
}) => {
	await openAteliers(page);
	await page.getByText('Ajouter un thème, un sujet ou un public à la liste').click();
	await page.locator('#custom-theme').fill('transversal');
	await page.locator('#custom-theme').press('Enter');
	await page.getByTestId('chips-theme').getByRole('button', { name: 'transversal' }).click();
	await page.locator('#description').fill('Les partenaires ne se connaissent pas (exemple fictif)');
	await addCommune(page, 'Alès');
	await page.keyboard.press('Control+Enter');
	await expect(page.getByTestId('problem-count')).toContainText('1 problématique');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'JSON (sauvegarde complète)' }).click()
	]);
	const backup = readFileSync((await download.path())!);

	// Another browser profile: no « transversal » in its lists.
	const other = await browser.newContext();
	const fresh = await other.newPage();
	const freshRequests: string[] = [];
	fresh.on('request', (r) => freshRequests.push(r.url()));
	await openAteliers(fresh);
	await fresh.locator('#import-file').setInputFiles({
		name: 'sauvegarde.json',
		mimeType: 'application/json',
		buffer: backup
	});
	const report = fresh.getByTestId('import-report');
	await expect(report).toContainText(
		'La sauvegarde apporte 1 entrée ajoutée à la main, qui sera ajoutée à vos listes avec l’import : thème « transversal ».'
	);
	await report.getByRole('button', { name: 'Importer', exact: true }).click();
	await expect(fresh.getByTestId('import-summary')).toContainText('1 ajoutée,');
	await expect(
		fresh.getByTestId('chips-theme').getByRole('button', { name: 'transversal' })
	).toBeVisible();
	await expect(fresh.getByTestId('problem').first()).toContainText('transversal');
	await other.close();
	expect(outsideRequests(freshRequests)).toEqual([]);
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});
