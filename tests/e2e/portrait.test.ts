/**
 * The commune portrait (issue 11): the prerendered sheet of Alès with hand-checked values, with
 * and without JavaScript, and its A4 print view.
 *
 * Hand-checked from data/sources/gard (see src/lib/features/portrait/portrait-data.test.ts):
 * - population: the seven P22_POP bands of row 30007 add up to 45 025 habitants (RP 2022);
 * - QPV share: 14 036 / 45 025 = 31,17 % → « 31,2 % », « 14 036 sur 45 025 habitants »;
 *   La Grand-Combe (66,7 %) alone is higher → « 2e sur 71 »; Agglomération 18 248 / 135 747
 *   = 13,44 % → « 13,4 % »; gap 31,17 − 13,44 = 17,73 → « +17,7 points »;
 * - single-parent families: C22_FAMMONO 3 185,3 / (3 406,7 + 5 016,1 + 3 185,3 = 11 608,1)
 *   = 27,44 %; only 30044 (60,0 %), 30318 (36,4 %) and 30132 (31,8 %) are higher → « 4e sur 71 ».
 *   The Familles needs index has this one component (a z-score keeps the order): also 4e sur 71.
 */
import type { Page } from '@playwright/test';
import { expect, expectMethodFolded, outsideRequests, sharedPage, test } from './fixtures';

const NBSP = '\u00a0';

/** The hand-checked figures, as the prerendered HTML and the live page both show them. */
async function expectAlesFigures(page: Page) {
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Alès (30007)');
	await expect(page.getByTestId('portrait-population')).toContainText(`45\u202f025 habitants`);
	await expect(page.getByTestId('portrait-population')).toContainText('RP 2022');
	const qpv = page.locator('tr[data-indicator="part_population_qpv"]');
	await expect(qpv.locator('[data-part="value"]')).toHaveText(`31,2${NBSP}%`);
	await expect(qpv.locator('[data-part="counts"]')).toHaveText(
		`14\u202f036 sur 45\u202f025 habitants`
	);
	await expect(qpv.locator('td[data-part="rank"]')).toContainText('2e sur 71');
	// The rank's direction once, under the indicator's name (in the narrow rank column it wrapped
	// over four lines in every row of the printed sheet).
	await expect(qpv.locator('th [data-part="rank-direction"]')).toHaveText(
		'rang : 1er = besoin le plus marqué'
	);
	await expect(qpv.locator('td[data-part="rank"]')).not.toContainText('besoin');
	// A long unit once, there too: BPE 2019 counts 5 EAJE (D502) in Alès, for 6 906,7 children of
	// 0 to 14 (P22_POP0014): 0,72 → « 0,7 pour 1 000 ».
	const eaje = page.locator('tr[data-indicator="eaje_pour_1000_enfants"]');
	await expect(eaje.locator('th [data-part="unit"]')).toHaveText(
		'valeurs pour 1\u202f000 enfants de 0 à 14 ans'
	);
	await expect(eaje.locator('[data-part="value"]')).toHaveText(`0,7${NBSP}pour 1\u202f000`);
	await expect(qpv.locator('td[data-part="territory"]')).toHaveText(`13,4${NBSP}%`);
	await expect(qpv.locator('td[data-part="gap"]')).toHaveText(`+17,7${NBSP}points`);
	await expect(qpv.locator('th')).toContainText('QPV 2015');
	const mono = page.locator('tr[data-indicator="part_familles_monoparentales"]');
	await expect(mono.locator('[data-part="value"]')).toHaveText(`27,4${NBSP}%`);
	await expect(mono.locator('td[data-part="rank"]')).toContainText('4e sur 71');
	// The small map: Alès outlined among its neighbours (Saint-Martin-de-Valgalgues, 30284).
	const map = page.getByTestId('portrait-map');
	await expect(map.locator('path[data-code="30007"].self')).toHaveCount(1);
	await expect(map.locator('path[data-code="30284"]')).toHaveCount(1);
}

test.describe('one page load of the portrait of Alès: its figures, then printing', () => {
	const shared = sharedPage();

	test('the portrait of Alès shows its hand-checked values, prerendered and live', async ({
		browser
	}) => {
		const { page, watch } = shared;
		// Without JavaScript: the prerendered HTML alone.
		const still = await browser.newContext({ javaScriptEnabled: false, locale: 'fr-FR' });
		const html = await still.newPage();
		await html.goto('/commune/30007/');
		await expectAlesFigures(html);
		await expect(html.getByRole('button')).toHaveCount(0);
		await still.close();

		await page.goto('/commune/30007/');
		await expectAlesFigures(page);
		await expect(page.getByRole('link', { name: 'Voir sur la carte' })).toHaveAttribute(
			'href',
			'/?commune=30007'
		);
		await expect(
			page.getByTestId('portrait').getByRole('link', { name: 'Comparer' })
		).toHaveAttribute('href', '/comparer/?communes=30007');
		// The workshops: the fictional example set, labelled as such.
		const problems = page.getByTestId('portrait-problems');
		await expect(problems).toHaveAttribute('data-state', 'ready');
		await expect(problems).toContainText('exemple fictif');
		// Each indicator's meaning in words under its table, once each, not only as a tooltip.
		const definitions = page.getByTestId('portrait-definitions');
		await expect(definitions.locator('[data-indicator="chomage_15_24"]')).toContainText(
			'Parmi les jeunes de 15 à 24 ans actifs (en emploi ou qui en cherchent un), part de ceux qui se déclarent au chômage au recensement.'
		);
		expect(await definitions.locator('[data-indicator]').count()).toBe(
			await page.getByTestId('portrait-indicators').locator('tbody tr[data-indicator]').count()
		);
		// No filter on the portrait: it says which problems it leaves out.
		await expect(page.getByTestId('portrait-problems-scope')).toContainText(
			'Les problématiques marquées « écartée » (jugées sans besoin à traiter) ne sont pas comptées ici'
		);
		// The needs index of the Familles theme (one component): same rank as the indicator.
		const needs = page.getByTestId('portrait-needs');
		await expect(needs).toHaveAttribute('data-state', 'ready');
		await expect(needs.locator('tr[data-theme="familles"]')).toContainText('4e sur 71');
		// Alès: 11 608 families, no component on a small count.
		await expect(needs.locator('tr[data-theme="familles"] [data-flag="small"]')).toHaveCount(0);
		// One indicator of need of the two the table lists for Familles (the couples with children
		// have no direction of need): the count says which, and the hint why.
		await expect(needs.locator('tr[data-theme="familles"]')).toContainText(
			'1 indicateur de besoin'
		);
		await expect(needs).toContainText('Les indicateurs de contexte, sans sens de besoin');
		await expect(needs).toContainText('Tests multiples');
		// How to read the figures: whole on a wide screen; three lines and « Lire la suite » on a
		// phone, so that the first figure is near (about 13 lines of method before).
		const method = page.getByTestId('portrait-method');
		await expect(method.getByRole('button')).toHaveCount(0);
		// The young people's share, published without its counts, is flagged by the commune's count.
		await expect(method).toContainText(
			'pour l’indicateur « Part des jeunes non insérés (15-24 ans), 2018 », publié sans ses effectifs : commune comptant moins de 30 habitants de 15 à 29 ans (RP 2022)'
		);
		await page.setViewportSize({ width: 390, height: 844 });
		await expectMethodFolded(page, method);
		await page.setViewportSize({ width: 1400, height: 900 });
		expect(outsideRequests(watch.requests)).toEqual([]);
		expect(watch.errors).toEqual([]);
	});

	test('a needs score resting on a small count says so: Bonnevaux, « Familles »', async () => {
		const { page, watch } = shared;
		// C22_FAMMONO 15,4 / (0 + 10,27 + 15,4 = 25,67 families): 60,0 %, the highest of the 71,
		// on fewer than 30 families; the Familles index has this one component: 1er sur 71.
		await page.goto('/commune/30044/');
		const row = page.getByTestId('portrait-needs').locator('tr[data-theme="familles"]');
		await expect(row).toContainText('1er sur 71');
		await expect(row.locator('[data-flag="small"]')).toHaveText(
			'petit effectif : Part des familles monoparentales'
		);
		// Then back to Alès, which the print test below reads.
		await page.goto('/commune/30007/');
		await expectAlesFigures(page);
		expect(outsideRequests(watch.requests)).toEqual([]);
		expect(watch.errors).toEqual([]);
	});

	test('printing hides the controls and keeps the map and the sources', async () => {
		const { page, watch } = shared;
		// The portrait the test above loaded, on an A4 sheet's width.
		await page.setViewportSize({ width: 794, height: 1123 });
		await expect(page.getByRole('button', { name: 'Imprimer' })).toBeVisible();
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('header.site')).toBeHidden();
		await expect(page.getByRole('combobox', { name: 'Rechercher une commune' })).toBeHidden();
		await expect(page.getByRole('button', { name: 'Imprimer' })).toBeHidden();
		await expect(page.getByTestId('table-export')).toBeHidden();
		await expect(page.getByRole('link', { name: 'Voir sur la carte' })).toBeHidden();
		const map = page.getByTestId('portrait-map').locator('svg');
		await expect(map).toBeVisible();
		const box = (await map.boundingBox())!;
		// The map keeps a readable size on the A4 sheet (not the 26 px of issue 11's complaint).
		expect(box.width).toBeGreaterThan(250);
		// The key figures' indicator names keep a readable column (11rem at least) on the sheet's
		// printable width (A4 less 12 mm margins: 703 px): beside the references' long units they
		// had 122 px, one name over 12 lines.
		await page.setViewportSize({ width: 703, height: 1123 });
		const names = page.getByTestId('portrait-indicators').locator('tbody th[scope="row"]');
		expect((await names.first().boundingBox())!.width).toBeGreaterThanOrEqual(170);
		// The commune's column a fifth of the sheet's table, the gap to the Agglo's a seventh: laid
		// out by their content, the commune's counts wrapped on three or four lines in about 12 %
		// of it, beside 18 % for « +3,6 points ».
		const table = page.getByTestId('portrait-indicators');
		const heads = table.locator('thead th');
		const tableWidth = (await table.boundingBox())!.width;
		const share = async (i: number) => (await heads.nth(i).boundingBox())!.width / tableWidth;
		expect(await share(1)).toBeGreaterThan(0.18);
		expect(await share(5)).toBeLessThan(0.15);
		// Every gap to the Agglo whole in its cell: the columns' padding once came out of the last
		// column (39 px), its values cut at the sheet's edge (« +1,6 po »).
		expect(await share(5)).toBeGreaterThan(0.12);
		const cutGaps = await table
			.locator('td[data-part="gap"]')
			.evaluateAll((cells) => cells.filter((c) => c.scrollWidth > c.clientWidth + 1).length);
		expect(cutGaps).toBe(0);
		// Nor a value runs into its neighbour: « 764 010 habitants », the Gard's population kept
		// on one line, was printed over the Agglomération's.
		const overrun = await table
			.locator('td')
			.evaluateAll((cells) =>
				cells.filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent)
			);
		expect(overrun).toEqual([]);
		await page.setViewportSize({ width: 794, height: 1123 });
		await expect(page.getByTestId('portrait-foot')).toContainText('Sources :');
		await expect(page.getByTestId('portrait-foot')).toContainText('Fiche éditée le');
		// The sources in one piece: split, Alès' last four lines made a fifth page of their own.
		await expect(page.getByTestId('portrait-foot')).toHaveCSS('break-inside', 'avoid');
		// Every printed page names the commune at its top and says its number at its bottom
		// (page margin boxes: the rule is the only way to see them outside a printed file).
		const marginRules = await page.evaluate(() =>
			[...document.styleSheets]
				.flatMap((s) => [...s.cssRules].map((r) => r.cssText))
				.filter((t) => t.includes('@top-right'))
		);
		expect(marginRules.join(' ')).toContain('"Portrait de commune · Alès (30007)"');
		expect(marginRules.join(' ')).toContain('counter(pages)');
		expect(outsideRequests(watch.requests)).toEqual([]);
		expect(watch.errors).toEqual([]);
	});
});

test('« Imprimer » clicked while the workshops are read prints once they are there, not « Chargement… »', async ({
	page,
	watch
}) => {
	// window.print stubbed: what the sheet shows at the moment it would be printed.
	await page.addInitScript(() => {
		const w = window as unknown as { __printed: (string | null)[] };
		w.__printed = [];
		window.print = () =>
			void w.__printed.push(
				document.querySelector('[data-testid="portrait-problems"]')!.getAttribute('data-state')
			);
	});
	// DuckDB's engine held: the workshops' problems cannot be read yet.
	const held: (() => Promise<void>)[] = [];
	let open = false;
	await page
		.context()
		.route(/duckdb-.*\.wasm/, (route) =>
			open ? route.continue() : void held.push(() => route.continue())
		);
	await page.goto('/commune/30007/');
	const problems = page.getByTestId('portrait-problems');
	await expect(problems).toContainText('Chargement des problématiques');
	// Printed with the browser's own command meanwhile, the sheet says why the list is missing
	// and what to do; on screen, only that it is loading.
	const onPaper = problems.getByText(/Pas encore lues au moment de l.impression/);
	await expect(onPaper).toBeHidden();
	await page.emulateMedia({ media: 'print' });
	await expect(onPaper).toBeVisible();
	await expect(onPaper).toContainText(
		'le bouton «\u00a0Imprimer\u00a0» de la page, qui les attend'
	);
	await page.emulateMedia({ media: 'screen' });
	// With the keyboard: the focus stays on the button as its words change, both ways.
	await page.getByRole('button', { name: 'Imprimer', exact: true }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('print-waiting')).toContainText('les problématiques des ateliers');
	await expect(page.getByRole('button', { name: 'Imprimer sans attendre' })).toBeFocused();
	const printed = () =>
		page.evaluate(() => (window as unknown as { __printed: unknown[] }).__printed);
	expect(await printed()).toEqual([]);
	open = true;
	await Promise.all(held.map((go) => go()));
	await expect(problems).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
	await expect.poll(printed).toEqual(['ready']);
	await expect(page.getByTestId('print-waiting')).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Imprimer', exact: true })).toBeFocused();
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('on a tablet, the key indicators’ column names stay at the window’s top as the rows go by', async ({
	page,
	watch
}) => {
	await page.setViewportSize({ width: 768, height: 1024 });
	await page.goto('/commune/30007/');
	const table = page.getByTestId('portrait-indicators');
	await expect(table).toBeVisible();
	// A row far down the table at the window's top: the Agglomération's and the Gard's values
	// under it were shown without their names.
	await table
		.locator('tbody tr')
		.nth(20)
		.evaluate((row) => row.scrollIntoView());
	const agglo = (await table.getByRole('columnheader', { name: 'Agglomération' }).boundingBox())!;
	expect(Math.abs(agglo.y)).toBeLessThanOrEqual(1);
	await expect(table.getByRole('columnheader', { name: 'Gard' })).toBeInViewport();
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('an old portrait link of Corbès (merged in 2025) says where its portrait is now, even without JavaScript', async ({
	browser
}) => {
	// territory.json: Corbès (30094) merged into Thoiras-Corbès (30329) in 2025; the map and the
	// comparison replace the code, the portrait gave « Page introuvable ».
	for (const javaScriptEnabled of [false, true]) {
		const context = await browser.newContext({ javaScriptEnabled });
		const page = await context.newPage();
		await page.goto('/commune/30094/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Corbès (30094) : commune fusionnée'
		);
		await expect(page.getByTestId('merged-commune')).toContainText(
			'Corbès a fusionné en 2025 dans Thoiras-Corbès (30329).'
		);
		await expect(page).toHaveTitle('Corbès : commune fusionnée · Atlas des besoins');
		await page.getByRole('link', { name: 'Portrait de Thoiras-Corbès' }).click();
		await expect(page).toHaveURL(/\/commune\/30329\/$/);
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Thoiras-Corbès');
		// A tie of more than half the communes gives its size, not « 1er à 67e »: the annuaire de
		// l'éducation (November 2024) has lycées of the public offer in 4 of the 71 communes only
		// (Alès 4, La Grand-Combe, Saint-Christol-lez-Alès, Saint-Jean-du-Gard), so 67 share 0.
		await expect(
			page.locator('tr[data-indicator="lycees_pour_1000_jeunes"] td[data-part="rank"]')
		).toHaveText('67 communes ex æquo sur 71');
		await context.close();
	}
});
