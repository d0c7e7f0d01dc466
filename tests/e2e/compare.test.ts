/** The comparison page (issue 11): communes from the URL, added through the search, removed. */
import {
	expect,
	expectMethodFolded,
	followLink,
	outsideRequests,
	sharedPage,
	test
} from './fixtures';

test.describe('one page load: a comparison from the URL, then communes added from the map', () => {
	const shared = sharedPage();

	test('a comparison opens from the URL, ignores a bad code, adds and removes communes', async () => {
		const { page, watch } = shared;
		await page.goto('/comparer/?communes=30007,30132,99999&theme=jeunesse');
		await expect(page.getByTestId('compare')).toHaveAttribute('data-state', 'ready');
		// The bad code named once, on its own line, not after the whole list again.
		const notice = page.getByTestId('url-notice');
		await expect(notice).toContainText(
			/Dans communes, ignoré\s:\s«\s99999\s»\s:\scommune hors du territoire ou code inconnu/
		);
		await expect(notice).not.toContainText('30132');
		// On a wide screen the whole table shows: no hint to swipe it.
		await expect(page.getByTestId('compare-swipe-hint')).toBeHidden();
		const table = page.getByTestId('compare-table');
		// Youth unemployment (snapshot.json): Alès 39,3 % (15e sur 70), Agglomération 32,8 %, Gard 28,8 %.
		const row = table.locator('tr[data-indicator="chomage_15_24"]');
		const ales = row.locator('td[data-code="30007"]');
		await expect(ales.locator('[data-part="value"]')).toHaveText('39,3\u00a0%');
		await expect(ales.locator('[data-part="rank"]')).toContainText(
			'15e sur 70 communes renseignées'
		);
		await expect(ales.locator('[data-part="gap"]')).toHaveText('écart : +6,5\u00a0points');
		await expect(row.locator('td.ref').first()).toHaveText('32,8\u00a0%');
		await expect(row.locator('td.ref').nth(1)).toHaveText('28,8\u00a0%');
		// A long unit is said once, in the row's header; the cells say « pour 1 000 » (each said
		// « pour 1 000 jeunes de 15 à 29 ans » up to four times). Alès: 4 lycées of the public
		// offer in the annuaire (Jean-Baptiste Dumas, cévenol, Bellevue, de la Salle) for
		// 8 062,997 people aged 15 to 29 (P22_POP1529): 0,496 → « 0,50 ».
		const lycees = table.locator('tr[data-indicator="lycees_pour_1000_jeunes"]');
		await expect(lycees.locator('th [data-part="unit"]')).toHaveText(
			'valeurs pour 1\u202f000 jeunes de 15 à 29 ans'
		);
		await expect(lycees.locator('td[data-code="30007"] [data-part="value"]')).toHaveText(
			'0,50\u00a0pour 1\u202f000'
		);
		await expect(lycees.locator('td[data-code="30007"] [data-part="gap"]')).not.toContainText(
			'jeunes'
		);
		await expect(row.locator('th [data-part="unit"]')).toHaveCount(0);

		// Each commune's colour (the map's, the charts') on its chip and under its column's name:
		// the first blue #0b57d0, the second red #b3261e (colours.ts).
		const chips = page.getByTestId('compare-communes');
		await expect(chips.locator('li[data-code="30007"] .swatch')).toHaveCSS(
			'background-color',
			'rgb(11, 87, 208)'
		);
		await expect(chips.locator('li[data-code="30132"] .swatch')).toHaveCSS(
			'background-color',
			'rgb(179, 38, 30)'
		);
		await expect(table.locator('thead th[data-code="30132"]')).toHaveCSS(
			'border-bottom-color',
			'rgb(179, 38, 30)'
		);

		const add = page.getByRole('combobox', { name: 'Ajouter une commune' });
		await add.fill('st martin');
		await expect(page.getByRole('option').first()).toContainText('Saint-Martin-de-Valgalgues');
		await add.press('Enter');
		await expect(page).toHaveURL(/communes=30007%2C30132%2C30284/);
		await expect(row.locator('td[data-code="30284"]')).toHaveCount(1);

		// By the keyboard: the focus goes to the next commune's « × », not to the page's start.
		await page.getByRole('button', { name: 'Retirer La Grand-Combe' }).focus();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/communes=30007%2C30284&/);
		await expect(row.locator('td[data-code="30132"]')).toHaveCount(0);
		await expect(
			page.getByRole('button', { name: 'Retirer Saint-Martin-de-Valgalgues' })
		).toBeFocused();
		expect(outsideRequests(watch.requests)).toEqual([]);
		expect(watch.errors).toEqual([]);
	});

	test('a commune added from the map enters the table and the dot plots; a similar one in one click', async () => {
		const { page, watch } = shared;
		// In the app, from the comparison the test above left.
		await followLink(page, '/comparer/?communes=30007,30132&theme=jeunesse');
		await expect(page.getByTestId('compare-communes').locator('li')).toHaveCount(2);
		await expect(page.getByTestId('compare')).toHaveAttribute('data-state', 'ready');
		const plot = page
			.getByTestId('compare-dotplots')
			.locator('article[data-indicator="chomage_15_24"]');
		await expect(plot.locator('circle[data-code]')).toHaveCount(2);
		// 71 communes; Sénéchas (30316) has no active young person, so no rate (commune_values.csv).
		await expect(plot.locator('details')).toContainText('70 communes de l’Agglomération placées');
		await expect(plot.locator('details')).toContainText(
			'1 commune sans valeur (n.d.) n’est pas placée'
		);

		const map = page.getByTestId('compare-map');
		await map.getByRole('checkbox', { name: 'Saint-Martin-de-Valgalgues' }).click();
		await expect(page).toHaveURL(/communes=30007%2C30132%2C30284/);
		await expect(map.getByRole('checkbox', { name: 'Saint-Martin-de-Valgalgues' })).toHaveAttribute(
			'aria-checked',
			'true'
		);
		// 37.08 unemployed ÷ 183.42 active 15–24 (rp22_chom1524, rp22_act1524) = 20.2 %.
		const row = page.getByTestId('compare-table').locator('tr[data-indicator="chomage_15_24"]');
		await expect(row.locator('td[data-code="30284"] [data-part="value"]')).toHaveText(
			'20,2\u00a0%'
		);
		// What it measures, in words under the table (not only a tooltip), with its source.
		const definition = page
			.getByTestId('compare-definitions')
			.locator('[data-indicator="chomage_15_24"]');
		await expect(definition).toContainText(
			'Parmi les jeunes de 15 à 24 ans actifs (en emploi ou qui en cherchent un), part de ceux qui se déclarent au chômage au recensement.'
		);
		await expect(definition).toContainText('Source');
		await expect(definition).toContainText('2022');
		await expect(plot.locator('circle[data-code]')).toHaveCount(3);
		await expect(plot.locator('circle[data-code="30284"]')).toHaveCount(1);
		await expect(plot.locator('details')).toContainText(
			'Saint-Martin-de-Valgalgues : 20,2\u00a0% (37 sur 183 actifs de 15 à 24 ans), 47e sur 70'
		);

		const similar = page.getByTestId('compare-similar').locator('article[data-code="30007"]');
		// A distance of figures, not of kilometres: it says so.
		await expect(page.getByTestId('compare-similar')).toContainText(
			'La distance n’est pas en kilomètres'
		);
		await expect(similar.locator('li .d').first()).toContainText('(sans unité)');
		const add = similar.getByRole('button', { name: /^Ajouter / }).first();
		const label = (await add.getAttribute('aria-label'))!;
		const name = label.replace(/^Ajouter /, '').replace(/ à la comparaison$/, '');
		await add.click();
		const chips = page.getByTestId('compare-communes').locator('li');
		await expect(chips).toHaveCount(4);
		await expect(chips.nth(3)).toContainText(name);
		await expect(plot.locator('circle[data-code]')).toHaveCount(4);
		expect(outsideRequests(watch.requests)).toEqual([]);
		expect(watch.errors).toEqual([]);
	});
});

// A page of its own: the search's commune list must not be loaded yet when Entrée is pressed.
test('on a phone (390 × 844), the indicators’ names stay in sight when the table scrolls sideways, and its header row too', async ({
	page,
	watch
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/comparer/?communes=30007,30010,30132');
	await expect(page.getByTestId('compare')).toHaveAttribute('data-state', 'ready');
	// The table's corner says how many columns lie to the right: three communes, the
	// Agglomération and the Gard (the third commune and the references were out of sight, nothing
	// said so).
	await expect(page.getByTestId('compare-swipe-hint')).toHaveText('← glissez : 5 colonnes');
	const region = page.getByRole('region', { name: 'Tableau de comparaison' });
	await region.evaluate((el) => el.scrollIntoView({ block: 'end' }));
	// The whole box on screen, so that its sticky header row is never hidden.
	const box = (await region.boundingBox())!;
	expect(box.y + box.height).toBeLessThanOrEqual(845);
	// Nearly the screen's height: the site's header and the first visit's banner went up with
	// the page (they stayed at the top, and the box had 14rem less).
	expect(box.height).toBeGreaterThanOrEqual(844 - 3 * 16 - 1);
	const banner = (await page.getByTestId('first-visit-intro').boundingBox())!;
	expect(banner.y + banner.height).toBeLessThanOrEqual(box.y);
	// The page scrolled to just past the box's top by the wheel on the text above it (a user's
	// scroll: a script's `scrollBy` is not snapped): it settles with the box at the window's top,
	// the communes' names in sight (they stayed 19 px up).
	await page.evaluate(() => window.scrollTo(0, 0));
	const top = await region.evaluate((el) => el.getBoundingClientRect().top);
	await page.mouse.move(195, Math.min(top, 844) / 2);
	await page.mouse.wheel(0, top + 19);
	await expect.poll(async () => (await region.boundingBox())!.y).toBeCloseTo(0, 0);
	const settled = (await region.boundingBox())!;
	// Scrolled sideways to the third commune, and down: the row's name and the communes' names
	// stay at the box's left and top edges.
	await region.evaluate((el) => {
		el.scrollLeft = el.scrollWidth;
		el.scrollTop = 400;
	});
	const name = page.getByTestId('compare-table').locator('tr[data-indicator="chomage_15_24"] th');
	const nameBox = (await name.boundingBox())!;
	expect(Math.abs(nameBox.x - settled.x)).toBeLessThanOrEqual(1);
	const third = page.getByTestId('compare-table').locator('thead th[data-code="30132"]');
	expect(Math.abs((await third.boundingBox())!.y - settled.y)).toBeLessThanOrEqual(1);
	// The table's explanation: three lines and « Lire la suite » (it was six lines).
	await expectMethodFolded(page, page.getByTestId('compare-method'));
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('the header search adds a commune when on the comparison', async ({ page, watch }) => {
	await page.goto('/comparer/?communes=30007');
	await expect(page.getByTestId('compare')).toHaveAttribute('data-state', 'ready');
	// The search's commune list arrives late (a slow network): Entrée pressed before it is kept.
	await page.route('**/data/communes-ref.json', async (route) => {
		await new Promise((r) => setTimeout(r, 1500));
		await route.continue();
	});
	const box = page.getByRole('combobox', { name: 'Rechercher une commune' });
	await box.fill('grand combe');
	await box.press('Enter');
	await expect(page).toHaveURL(/\/comparer\/\?communes=30007%2C30132$/);
	await expect(page.getByTestId('compare-communes').locator('li')).toHaveCount(2);
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('a theme without any indicator says so, with what the open data lack, instead of an empty table', async ({
	page,
	watch
}) => {
	await page.goto('/comparer/?communes=30007,30132&theme=handicap');
	await expect(page.getByTestId('compare')).toHaveAttribute('data-state', 'ready');
	const none = page.getByTestId('compare-no-indicator');
	await expect(none).toContainText('Aucun indicateur par commune');
	// The theme's note (src/lib/indicators/themes.ts) and its missing indicator.
	await expect(none).toContainText('les allocataires de l’AAH (adultes handicapés)');
	await expect(none).toContainText('Allocataires de l’AAH et de l’AEEH');
	await expect(page.getByTestId('compare-table')).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'CSV pour Excel' })).toHaveCount(0);
	// Another theme brings the table back.
	await page.getByLabel('Thème').selectOption('jeunesse');
	await expect(page.getByTestId('compare-table')).toBeVisible();
	await expect(none).toHaveCount(0);
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('printing a comparison: A4 landscape, the communes and the theme in words, no controls, the whole table', async ({
	page,
	watch
}) => {
	await page.goto('/comparer/?communes=30007,30132,30294,30243,30284,30010&theme=jeunesse');
	await expect(page.getByTestId('compare')).toHaveAttribute('data-state', 'ready');
	await expect(page.getByTestId('compare-table')).toBeVisible();
	// A4 landscape at 96 dpi, less its 10 mm margins: 1 047 px wide.
	await page.setViewportSize({ width: 1047, height: 718 });
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('header.site')).toBeHidden();
	await expect(page.getByRole('combobox', { name: 'Ajouter une commune' })).toBeHidden();
	await expect(page.getByLabel('Thème')).toBeHidden();
	await expect(page.getByRole('button', { name: 'Retirer Alès' })).toBeHidden();
	await expect(page.getByTestId('table-export')).toBeHidden();
	await expect(page.getByTestId('present-compare-theme')).toHaveText(
		'Indicateurs du thème « Jeunesse ».'
	);
	await expect(page.getByTestId('compare-communes')).toContainText('Alès');
	// How to read the table prints with it (« ≈ », gaps before rounding): hidden from the room,
	// it had been left off the sheet too.
	await expect(page.getByTestId('compare-method')).toBeVisible();
	await expect(page.getByTestId('compare-method')).toContainText(/«\s≈\s»/);
	// Six communes and the two references: the last column (the Gard) within the sheet. On the
	// screen's layout the table was cut at the page's right edge and printed 4 communes of 6.
	const table = page.getByTestId('compare-table');
	const [tableBox, mainBox] = await Promise.all(
		[table, page.getByTestId('compare')].map((l) => l.boundingBox())
	);
	expect(tableBox!.x + tableBox!.width).toBeLessThanOrEqual(mainBox!.x + mainBox!.width + 1);
	await expect(table.getByRole('columnheader', { name: 'Gard' })).toBeInViewport();
	// Dated and sourced, as a printed portrait is (it had neither the atlas's name nor a date).
	const foot = page.getByTestId('compare-foot');
	await expect(foot).toContainText('Atlas des besoins · CTG. Comparaison éditée le');
	await expect(foot).toContainText('Données préparées le');
	await expect(foot).toContainText('Sources :');
	// Each dot plot's title stays with its chart on paper; the unit is not said twice.
	const lycees = page.locator('article[data-indicator="lycees_pour_1000_jeunes"]');
	await expect(lycees).toHaveCSS('break-inside', 'avoid');
	await expect(lycees.getByRole('heading', { level: 3 })).toHaveText(
		'Lycées pour 1\u202f000 jeunes de 15 à 29 ans'
	);
	const pdf = await page.pdf({ preferCSSPageSize: true });
	// The first page's MediaBox: A4 landscape (842 × 595 pt).
	expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 841\.9\d* 59[45]\.\d+\]/);
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('the comparison is kept: a portrait’s « Comparer » adds its commune, the menu reopens it', async ({
	page,
	watch
}) => {
	await page.goto('/comparer/?communes=30007,30132&theme=jeunesse');
	await expect(page.getByTestId('compare')).toHaveAttribute('data-state', 'ready');
	// To Anduze's portrait, as a planner does, then its « Comparer ».
	await followLink(page, '/commune/30010/');
	const compare = page
		.getByRole('navigation', { name: 'Ouvrir ailleurs' })
		.getByRole('link', { name: 'Comparer', exact: true });
	await expect(compare).toHaveAttribute(
		'href',
		/\/comparer\/\?communes=30007%2C30132%2C30010&theme=jeunesse$/
	);
	await compare.click();
	await expect(page.getByTestId('compare')).toHaveAttribute('data-state', 'ready');
	await expect(page.getByTestId('compare-communes').locator('li')).toHaveText([
		/Alès/,
		/La Grand-Combe/,
		/Anduze/
	]);
	// One removed, then the map, then the menu's « Comparer »: the same two communes, and the
	// URL says so.
	await page.getByRole('button', { name: 'Retirer La Grand-Combe' }).click();
	await expect(page).toHaveURL(/\/comparer\/\?communes=30007%2C30010&theme=jeunesse$/);
	await followLink(page, '/');
	await expect(page).toHaveURL(/\/$/);
	await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'ready');
	const menu = page.locator('header.site').getByRole('link', { name: 'Comparer' });
	await expect(menu).toHaveAttribute(
		'href',
		/\/comparer\/\?communes=30007%2C30010&theme=jeunesse$/
	);
	await menu.click();
	await expect(page).toHaveURL(/\/comparer\/\?communes=30007%2C30010&theme=jeunesse$/);
	await expect(page.getByTestId('compare-communes').locator('li')).toHaveText([/Alès/, /Anduze/]);
	// Back goes to the map, as it came: the kept comparison does not rewrite history.
	await page.goBack();
	await expect(page).toHaveURL(/\/$/);
	// Six communes: a seventh portrait's « Comparer » drops none, and says so.
	await page.goto('/comparer/?communes=30007,30132,30294,30243,30284,30010');
	await expect(page.getByTestId('compare-communes').locator('li')).toHaveCount(6);
	// Every indicator, in the themes' order as in the panel and the portrait: early childhood's
	// first (part_0_14), the setting and population's last (the catalogue starts with them).
	const rows = page.getByTestId('compare-table').locator('tbody tr');
	await expect(rows.first()).toHaveAttribute('data-indicator', 'part_0_14');
	await expect(rows.last()).toHaveAttribute('data-indicator', 'part_population_qpv');
	await followLink(page, '/commune/30022/');
	await expect(page.getByTestId('compare-full')).toContainText(
		'la comparaison en cours a déjà 6 communes : retirez-en une pour ajouter Aujac'
	);
	await expect(
		page
			.getByRole('navigation', { name: 'Ouvrir ailleurs' })
			.getByRole('link', { name: 'Comparer', exact: true })
	).toHaveAttribute('href', /\?communes=30007%2C30132%2C30294%2C30243%2C30284%2C30010$/);
	await page.goto('/comparer/?communes=30007,30010&theme=jeunesse');
	await expect(page.getByTestId('compare-communes').locator('li')).toHaveCount(2);
	// A bookmark of /comparer/ (no query) opens the kept comparison too.
	await page.goto('/comparer/');
	await expect(page.getByTestId('compare-communes').locator('li')).toHaveText([/Alès/, /Anduze/]);
	await expect(page).toHaveURL(/\/comparer\/\?communes=30007%2C30010&theme=jeunesse$/);
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('at 1280 × 720, the table’s explanation follows the controls beside the map, the dot plots’ names stay inside their chart, and six communes fit the width', async ({
	page,
	watch
}) => {
	// La Grand-Combe has the highest vacant housing share of the three (RP 2022): its name is at
	// the right edge of that plot, where the width estimate used to cut its first letter.
	await page.setViewportSize({ width: 1280, height: 720 });
	await page.goto('/comparer/?communes=30007,30132,30294&theme=logement');
	await expect(page.getByTestId('compare')).toHaveAttribute('data-state', 'ready');
	const overflow = await page.evaluate(() =>
		[...document.querySelectorAll<SVGTextElement>('figure.dotplot text.hl')].flatMap((t) => {
			const box = t.getBoundingClientRect();
			const frame = t.closest('svg')!.getBoundingClientRect();
			const out = Math.max(frame.left - box.left, box.right - frame.right);
			return out > 0.5 ? [`${t.textContent} (${out.toFixed(1)} px)`] : [];
		})
	);
	expect(overflow).toEqual([]);

	// At 1280 × 720 the table's explanation follows the controls beside the small map, instead of
	// waiting under the map (an empty band of about 110 px); the theme's label and field sit on the
	// commune search's line.
	const box = (sel: string) => page.locator(sel).first().boundingBox();
	const controls = (await box('.top > .controls'))!;
	const explain = (await box('[data-testid="compare-method"]'))!;
	const map = (await box('[data-testid="compare-map"]'))!;
	expect(explain.y - (controls.y + controls.height)).toBeLessThan(16);
	expect(explain.x + explain.width).toBeLessThanOrEqual(map.x);
	const search = (await page.locator('label[for="compare-add"]').boundingBox())!;
	const theme = (await page.locator('label.theme').boundingBox())!;
	expect(Math.abs(theme.y - search.y)).toBeLessThan(2);

	// The table fits the width: it scrolls with the page, not in a box of its own (the wheel
	// scrolled about 270 px of it under the controls), and its communes' names stay at the top.
	const table = page.getByTestId('compare-table');
	await expect(page.locator('.compare-box')).toHaveClass(/\bfits\b/);
	const own = await page
		.locator('.compare-box')
		.evaluate((b) => ({ scroll: b.scrollHeight, client: b.clientHeight }));
	expect(own.scroll).toBeLessThanOrEqual(own.client);
	await table.hover();
	// The housing theme's table is about 190 px tall, and starts about 330 px down the page.
	await page.mouse.wheel(0, 400);
	await expect
		.poll(() => page.getByTestId('compare').evaluate((m) => m.scrollTop))
		.toBeGreaterThan(380);
	const pageTop = (await page.getByTestId('compare').boundingBox())!.y;
	const head = (await table.locator('thead th').first().boundingBox())!;
	expect(Math.abs(head.y - pageTop)).toBeLessThanOrEqual(1);

	// Six communes, the most it takes: the table still fits 1280 px, the Gard's column whole
	// (with 8 rem a commune it was 83 px wider than its box, the Gard's values cut at the edge).
	const add = page.getByRole('combobox', { name: 'Ajouter une commune' });
	for (const name of ['anduze', 'bagard', 'bonnevaux']) {
		await add.fill(name);
		await add.press('Enter');
	}
	await expect(table.locator('thead th.commune')).toHaveCount(6);
	await expect(page.locator('.compare-box')).toHaveClass(/\bfits\b/);
	const gard = (await table.locator('thead th').last().boundingBox())!;
	expect(await table.locator('thead th').last().textContent()).toBe('Gard');
	expect(gard.x + gard.width).toBeLessThanOrEqual(1280);
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('the age structure and the trends come with the table, without the query engine', async ({
	page,
	watch
}) => {
	// Their numbers are in compare-snapshot.json (the same SQL, run by the pipeline): the engine is
	// neither needed nor fetched; blocked here, it changes nothing.
	await page.context().route(/duckdb-.*\.wasm/, (route) => route.abort());
	await page.goto('/comparer/?communes=30007,30329');
	await expect(page.getByTestId('compare')).toHaveAttribute('data-state', 'ready');
	// By hand (dossier_complet…rp2022): Alès P22_POP0014 6 906,73 of P22_POP 45 025 = 15,3 %;
	// the Agglomération's 21 316,53 of 135 747 (the 71 communes summed) = 15,7 %.
	const ages = page.getByRole('region', {
		name: 'Structure par âge en tableau',
		includeHidden: true
	});
	const firstBand = ages.locator('tbody tr').first();
	await expect(firstBand.locator('th')).toHaveText('0 à 14 ans');
	await expect(firstBand.locator('td').first()).toContainText('15,3\u00a0%');
	await expect(firstBand.locator('td').last()).toContainText('15,7\u00a0%');
	// Alès: P11_POP 40 851, P16_POP 39 970, P22_POP 45 025.
	await expect(page.getByRole('img', { name: /^Population de Alès/ })).toHaveAttribute(
		'aria-label',
		/2011 40\u202f851.*2016 39\u202f970.*2022 45\u202f025/
	);
	// The NEET shares: Thoiras-Corbès has no line (Thoiras 30329 and Corbès 30094 published apart,
	// as rates without their counts: nothing to add up), and its key says so.
	await expect(page.locator('.neet .keys li')).toHaveText(['Alès', 'Thoiras-Corbès (n.d.)']);
	await expect(page.getByText('Calcul des évolutions…')).toHaveCount(0);
	expect(watch.requests.filter((u) => /duckdb-.*\.wasm/.test(u))).toEqual([]);
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('a comparison snapshot lacking its figures: the engine computes them, the same numbers', async ({
	page,
	watch
}) => {
	// A data folder older than the page: the file is there, without the age bands and trends.
	await page.route('**/data/compare-snapshot.json', (route) =>
		route.fulfill({ contentType: 'application/json', body: '{"generatedAt":"","indicators":{}}' })
	);
	await page.goto('/comparer/?communes=30007,30329');
	await expect(page.getByTestId('compare')).toHaveAttribute('data-state', 'ready');
	// The same hand-read figures as above (never « n.d. » for the missing entries).
	await expect(page.getByRole('img', { name: /^Population de Alès/ })).toHaveAttribute(
		'aria-label',
		/2011 40\u202f851.*2016 39\u202f970.*2022 45\u202f025/,
		{ timeout: 60_000 }
	);
	await expect(page.locator('.neet .keys li')).toHaveText(['Alès', 'Thoiras-Corbès (n.d.)']);
	expect(watch.requests.some((u) => /duckdb-.*\.wasm/.test(u))).toBe(true);
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});
