/**
 * The CTG diagnostic (issue 11), theme « Jeunesse »: a hand-computed sentence, its map, the print
 * view and the Markdown export of the same sentence.
 *
 * Hand-computed from data/sources/gard/dossier_complet_extrait_rp2022_communes_gard.csv (see
 * src/lib/features/diagnostic/sentences.test.ts for the communes at the extremes):
 *   youth unemployment P22_CHOM1524 / P22_ACT1524, counts summed over the 71 communes:
 *   1 719,473 / 5 239,692 = 32,816 % → « 32,8 % »; Gard (350 rows) 9 520,757 / 33 039,153
 *   = 28,817 % → « 28,8 % »; gap 3,999 → « 4,0 points ».
 */
import { readFile } from 'node:fs/promises';
import { expect, outsideRequests, test } from './fixtures';

const NBSP = '\u00a0';
const HEAD = `Taux de chômage des 15-24 ans : l’Agglomération (32,8${NBSP}%) dépasse le Gard (28,8${NBSP}%) de 4,0${NBSP}points`;

test('the Jeunesse chapter: sentence, map, print and Markdown', async ({ page, watch }) => {
	await page.goto('/diagnostic/?theme=jeunesse');
	await expect(page.getByTestId('diagnostic')).toHaveAttribute('data-state', 'ready');
	const row = page.locator('[data-indicator="chomage_15_24"]');
	await expect(row.getByTestId('diagnostic-sentence')).toContainText(HEAD);
	await expect(row.getByTestId('diagnostic-sentence')).toContainText('RP 2022');
	// Its map: the 71 communes of the territory, painted.
	await expect(row.locator('svg path.t')).toHaveCount(71);
	await expect(page.getByTestId('diagnostic-gaps')).toContainText('Taux d’activité des 15-24 ans');

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId('diagnostic-markdown').click()
	]);
	expect(download.suggestedFilename()).toBe('diagnostic-jeunesse.md');
	const md = await readFile((await download.path())!, 'utf8');
	expect(md).toContain(HEAD);
	expect(md).toContain('## Jeunesse');

	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('header.site')).toBeHidden();
	await expect(page.getByTestId('diagnostic-markdown')).toBeHidden();
	await expect(row.locator('svg')).toBeVisible();
	await expect(page.getByTestId('diagnostic-foot')).toContainText('Sources :');
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});
