/** Every table to Excel (issue 11): the map's commune table downloads as CSV for French Excel. */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, openMap, outsideRequests, test, sharedPage } from './fixtures';

/** Downloads the map's open table through the export button named `button`. */
async function downloadMapTable(page: Page, button: string | RegExp): Promise<Buffer> {
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId('table-export').getByRole('button', { name: button }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/^taux-de-chomage-des-15-24-ans-par-commune/);
	return readFile((await download.path())!);
}

test.describe('one page load: the map table downloads as CSV, then as XLSX', () => {
	const shared = sharedPage();

	test.beforeAll(async () => {
		const { page } = shared;
		// Two downloads of the same table on one load (each was a test with its own load).
		await openMap(page);
		await page.getByRole('button', { name: 'Afficher le tableau des communes' }).click();
	});

	test('the map table downloads a CSV with « ; », decimal commas and a BOM', async () => {
		const { page, watch } = shared;
		const text = (await downloadMapTable(page, 'CSV pour Excel')).toString('utf8');
		expect(text.startsWith('\uFEFFCode commune;Commune;Taux de chômage des 15-24 ans (%);')).toBe(
			true
		);
		const lines = text.split('\r\n');
		expect(lines).toHaveLength(73); // header, 71 communes, final line break
		// Alès: 39.287238 % in snapshot.json, 761.968333 unemployed of 1939.480534 active young
		// people (weighted census counts): written to four decimals, they give back the rate.
		expect(lines).toContain('30007;Alès;39,3;761,9683;1939,4805;;');
		expect(outsideRequests(watch.requests)).toEqual([]);
		expect(watch.errors).toEqual([]);
	});

	test('the XLSX export loads exceljs on demand and downloads a workbook', async () => {
		const { page, watch } = shared;
		const bytes = await downloadMapTable(page, /XLSX/);
		expect(bytes.subarray(0, 2).toString()).toBe('PK'); // a zip container, as every .xlsx
		expect(outsideRequests(watch.requests)).toEqual([]);
		expect(watch.errors).toEqual([]);
	});
});

test('the comparison downloads each value with its own indicator’s decimals', async ({
	page,
	watch
}) => {
	await page.goto('/comparer/?communes=30007,30010&theme=cadre_vie');
	await expect(page.getByTestId('compare')).toHaveAttribute('data-state', 'ready');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId('table-export').getByRole('button', { name: 'CSV pour Excel' }).click()
	]);
	const lines = (await readFile((await download.path())!)).toString('utf8').split('\r\n');
	// data/commune_values.csv: Alès has rp22_pop = 45025 inhabitants, a count (no decimals);
	// its yearly change 2016-2022, ((45025 / 39970)^(1/6) − 1) × 100 = 2,0046 %, keeps the
	// indicator's 2 decimals.
	const alesPopulation = lines.find((l) => l.startsWith('Population 2022;habitants;30007;'));
	expect(alesPopulation).toMatch(/^Population 2022;habitants;30007;Alès;45025;/);
	const alesChange = lines.find((l) =>
		l.startsWith('Évolution annuelle de la population 2016-2022;% par an;30007;')
	);
	expect(alesChange).toMatch(/;Alès;2,00;/);
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});
