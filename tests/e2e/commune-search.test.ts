/** The header's commune search (issue 11): a combobox on every page that opens a commune. */
import type { Page } from '@playwright/test';
import {
	expect,
	holdScripts,
	mapPoint,
	openMap,
	outsideRequests,
	test,
	TOUCH_PHONE
} from './fixtures';

/**
 * The header's search box on /sources, once the page’s script runs (« + Diapo » is enabled then):
 * typing before is another test's case.
 */
async function searchOnSources(page: Page) {
	await page.goto('/sources/');
	await expect(page.getByRole('button', { name: /^\+ Diapo/ })).toBeEnabled();
	return page.getByRole('combobox', { name: 'Rechercher une commune' });
}

test('on the map, typing « st martin » and Entrée opens Saint-Martin-de-Valgalgues', async ({
	page,
	watch
}) => {
	await openMap(page, '?indicateur=taux_pauvrete_2021');
	const box = page.getByRole('combobox', { name: 'Rechercher une commune' });
	// « saint » finds many communes: Entrée opens none of them, and says how to choose.
	await box.fill('saint');
	await expect(
		page.getByRole('listbox', { name: 'Rechercher une commune' }).getByRole('option')
	).toHaveCount(8);
	await box.press('Enter');
	await expect(page.getByTestId('search-choose')).toHaveText(
		'Plusieurs communes correspondent\u00a0: choisissez-en une avec ↓ puis Entrée, ou d’un clic.'
	);
	await expect(page.getByRole('status').filter({ hasText: 'Plusieurs communes' })).toHaveCount(1);
	await expect(page).not.toHaveURL(/commune=/);
	await expect(page.getByTestId('commune-panel')).toHaveCount(0);
	await box.fill('st martin');
	await expect(page.getByTestId('search-choose')).toHaveCount(0);
	await expect(box).toHaveAttribute('aria-expanded', 'true');
	const options = page.getByRole('option');
	await expect(options.first()).toContainText('Saint-Martin-de-Valgalgues');
	await box.press('ArrowDown');
	await expect(options.first()).toHaveAttribute('aria-selected', 'true');
	await expect(box).toHaveAttribute('aria-activedescendant', 'site-search-opt-0');
	await box.press('Enter');
	await expect(page).toHaveURL(/indicateur=taux_pauvrete_2021/);
	await expect(page).toHaveURL(/commune=30284/);
	await expect(page.getByTestId('commune-panel')).toHaveAttribute('data-code', '30284');
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('on a 390×844 phone, a commune chosen on the map brings its panel into view; the URL’s own does not', async ({
	page,
	watch
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	// The commune of the page's URL: the map comes first, the panel waits below it.
	await openMap(page, '?commune=30007');
	await expect(page.getByTestId('commune-panel')).toHaveAttribute('data-code', '30007');
	await expect(page.getByTestId('map')).toBeInViewport();
	await expect(page.getByTestId('commune-panel').getByRole('heading').first()).not.toBeInViewport();
	// Over the map's foot, a button says the panel is there, and brings it up.
	const hint = page.getByTestId('panel-hint');
	await expect(hint).toHaveText('Fiche d’Alès ↓');
	await expect(hint).toBeInViewport();
	await hint.click();
	await expect(page.getByTestId('commune-panel').getByRole('heading').first()).toBeInViewport();
	// The focus goes with it: the next Tab starts from the panel.
	await expect(page.getByTestId('commune-panel').getByRole('heading').first()).toBeFocused();
	await page.evaluate(() => window.scrollTo(0, 0));
	// A commune chosen in the search: its panel, below the map, comes into view.
	const box = page.getByRole('combobox', { name: 'Rechercher une commune' });
	await box.fill('saint chri');
	await expect(page.getByRole('option').first()).toContainText('Saint-Christol-lez-Alès');
	// The suggestions stay within the screen's 390 px, names and codes whole.
	const list = await page.getByRole('listbox').boundingBox();
	expect(list!.x).toBeGreaterThanOrEqual(0);
	expect(list!.x + list!.width).toBeLessThanOrEqual(390);
	await box.press('Enter');
	const panel = page.getByTestId('commune-panel');
	await expect(panel).toHaveAttribute('data-code', '30243');
	await expect(panel.getByRole('heading', { name: /Saint-Christol-lez-Alès/ })).toBeInViewport();
	// The focus too (it stayed in the search box: the next Tab scrolled back to the header).
	await expect(panel.getByRole('heading', { name: /Saint-Christol-lez-Alès/ })).toBeFocused();
	// Back up to the map, the site's header out of sight (the window scrolls, the header with it):
	// a commune clicked on the map (Alès, its town hall) brings its panel into view as well.
	await page.evaluate(() => window.scrollTo(0, 0));
	await page.getByTestId('map').evaluate((m) => m.scrollIntoView({ block: 'start' }));
	expect((await page.locator('header.site').boundingBox())!.y).toBeLessThan(-100);
	const pt = await mapPoint(page, [4.0770491, 44.1246952]);
	await page.mouse.click(pt.x, pt.y);
	await expect(panel).toHaveAttribute('data-code', '30007');
	await expect(panel.getByRole('heading', { name: /^Alès/ })).toBeInViewport();
	// Closed: the map comes back into view, its key above it, and has the focus (she was left
	// on the legend's choices below, the focus on the page's start).
	await panel.getByRole('button', { name: 'Fermer la fiche commune' }).click();
	await expect(panel).toHaveCount(0);
	await expect(page.getByTestId('map-key')).toBeInViewport();
	await expect(page.getByTestId('map')).toBeInViewport({ ratio: 0.5 });
	await expect(page.getByTestId('map').locator('canvas')).toBeFocused();
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('from /sources, a former name or a name with a letter wrong opens its current commune on the map', async ({
	page,
	watch
}) => {
	const box = await searchOnSources(page);
	await box.focus();
	await box.fill('Corbes');
	await expect(page.getByRole('option').first()).toContainText('Thoiras-Corbès');
	// A letter wrong (« s » for « z »): Anduze is still offered first.
	await box.fill('anduse');
	await expect(page.getByRole('option').first()).toContainText('Anduze');
	await box.fill('Corbes');
	await box.press('Escape');
	await expect(box).toHaveAttribute('aria-expanded', 'false');
	await box.press('Escape');
	await expect(box).toHaveValue('');
	await box.fill('corbès');
	await box.press('Enter');
	await expect(page).toHaveURL(/\/\?commune=30329$/);
	await expect(page.getByTestId('commune-panel')).toHaveAttribute('data-code', '30329');
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('a search typed and a theme chosen before the page’s script runs are kept and applied', async ({
	page,
	watch
}) => {
	// The prerendered page can be used first.
	const release = await holdScripts(page);
	await page.goto('/croisements/', { waitUntil: 'domcontentloaded' });
	await page.locator('#theme-select').selectOption('jeunesse');
	const box = page.getByRole('combobox', { name: 'Rechercher une commune' });
	await box.click();
	await box.pressSequentially('st mar');
	release();
	// Once hydrated: the theme stays « Jeunesse » and its first indicator is chosen, as a choice
	// made afterwards would do; the text stays and its suggestions open.
	await expect(page.getByRole('button', { name: /^\+ Diapo/ })).toBeEnabled();
	await expect(page.locator('#theme-select')).toHaveValue('jeunesse');
	await expect(page.getByRole('radio', { name: 'Part des jeunes de 15 à 29 ans' })).toBeChecked();
	await expect(box).toHaveValue('st mar');
	await expect(box).toHaveAttribute('aria-expanded', 'true');
	await expect(page.getByRole('option').first()).toContainText('Saint-Martin-de-Valgalgues');
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('a commune of the Gard outside the territory is named as such; a name that is no commune is not found', async ({
	page,
	watch
}) => {
	const box = await searchOnSources(page);
	await box.fill('nimes');
	await expect(page.getByTestId('search-outside')).toHaveText(
		'Nîmes n’est pas dans le territoire de l’atlas : il ne couvre que les communes de l’intercommunalité.'
	);
	await expect(page.getByRole('option')).toHaveCount(0);
	await box.fill('zzzzqx');
	await expect(page.getByRole('listbox', { name: 'Rechercher une commune' })).toContainText(
		'Aucune commune ne correspond.'
	);
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('eight matches at most are listed, and the list says when more communes match', async ({
	page,
	watch
}) => {
	const box = await searchOnSources(page);
	// 22 of the 71 communes' names begin with « Saint » (communes-ref.json, counted by hand).
	await box.fill('saint');
	await expect(
		page.getByRole('listbox', { name: 'Rechercher une commune' }).getByRole('option')
	).toHaveCount(8);
	await expect(page.getByTestId('search-more')).toHaveText(
		'D’autres communes peuvent correspondre : précisez le nom.'
	);
	// « saint privat » finds Saint-Privat-des-Vieux alone: no such line.
	await box.fill('saint privat');
	await expect(page.getByRole('option')).toHaveCount(1);
	await expect(page.getByRole('option')).toContainText('Saint-Privat-des-Vieux');
	await expect(page.getByTestId('search-more')).toHaveCount(0);
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('on a touch screen, one finger scrolls the page and two move the map (said in French)', async ({
	browser
}) => {
	const touch = await browser.newContext(TOUCH_PHONE);
	const page = await touch.newPage();
	await openMap(page);
	const help = page.locator('.maplibregl-cooperative-gesture-screen');
	await expect(help).toHaveCount(1);
	await expect(help).toContainText('Utilisez deux doigts pour déplacer la carte');
	// The « i » of the map's sources: a finger's size, round, its icon drawn once (24 px wide
	// under the touch screens' 2rem height, its icon repeated: half a second « i » under it).
	const sourcesButton = page.getByTitle('Afficher/Masquer l’attribution');
	const button = (await sourcesButton.boundingBox())!;
	expect(button.width).toBeGreaterThanOrEqual(32);
	expect(button.height).toBe(button.width);
	await expect(sourcesButton).toHaveCSS('background-repeat', 'no-repeat');
	await touch.close();
	// With a mouse on a wide screen, the map moves as before: no such help.
	const desk = await browser.newContext({ viewport: { width: 1280, height: 720 } });
	const deskPage = await desk.newPage();
	await openMap(deskPage);
	const deskHelp = deskPage.locator('.maplibregl-cooperative-gesture-screen');
	await expect(deskHelp).toHaveCount(0);
	// A window narrowed to one column (the window scrolls the page): the wheel over the map
	// scrolls the page, and zooms the map with Ctrl (it zoomed the map, and the page was stuck).
	await deskPage.setViewportSize({ width: 900, height: 700 });
	await expect(deskHelp).toHaveCount(1);
	await expect(deskHelp).toContainText('Utilisez Ctrl + molette pour zoomer la carte');
	// Where a point of the map is drawn, in the map's box: it moves if the map zooms.
	const drawn = () =>
		deskPage.evaluate(() =>
			(
				window as unknown as {
					__atlasMap: { project(l: [number, number]): { x: number; y: number } };
				}
			).__atlasMap.project([4.2, 44.0])
		);
	const before = await drawn();
	const box = (await deskPage.getByTestId('map').boundingBox())!;
	await deskPage.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await deskPage.mouse.wheel(0, 300);
	await expect.poll(() => deskPage.evaluate(() => window.scrollY)).toBeGreaterThan(0);
	expect(await drawn()).toEqual(before);
	// Wide again: the wheel zooms the map as before.
	await deskPage.setViewportSize({ width: 1280, height: 720 });
	await expect(deskHelp).toHaveCount(0);
	await desk.close();
});

test('the network cut before the search is first used: the list says so, then works once it is back', async ({
	page,
	watch
}) => {
	const box = await searchOnSources(page);
	// The matcher's script is fetched on first use: the site's scripts now fail, as offline
	// without the offline copy (service workers are blocked in these tests).
	await page.route('**/_app/immutable/**', (route) => route.abort('internetdisconnected'));
	await box.fill('Alès');
	await expect(page.getByTestId('search-failed')).toHaveText(
		/La recherche n’a pas pu se charger \(connexion coupée\s\?\)/
	);
	await expect(page.getByRole('option')).toHaveCount(0);
	// Beside the title on a wide screen, the message wraps inside the window (it ran one line
	// leftwards past its edge).
	const message = await page.getByTestId('search-failed').boundingBox();
	expect(message!.x).toBeGreaterThanOrEqual(0);
	// The network back: the next keystroke tries again, and the commune is found.
	await page.unroute('**/_app/immutable/**');
	await box.press('End');
	await box.pressSequentially('s');
	await box.press('Backspace');
	await expect(page.getByRole('option').first()).toContainText('Alès');
	await expect(page.getByTestId('search-failed')).toHaveCount(0);
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('on a touch screen, a header link under the finger is not left lit as if it were the page', async ({
	browser
}) => {
	const lit = 'rgb(82, 96, 109)'; // #52606d, a link under a hovering pointer
	const linkBackground = async (touch: boolean) => {
		const context = await browser.newContext({
			viewport: { width: 390, height: 844 },
			hasTouch: touch,
			isMobile: touch
		});
		const page = await context.newPage();
		await page.goto('/sources/');
		const link = page.getByRole('link', { name: 'Concentrations', exact: true });
		// A tap, or a pointer, left on the link (what the search's list closing under the finger did).
		await link.hover();
		const background = await link.evaluate((a) => getComputedStyle(a).backgroundColor);
		await context.close();
		return background;
	};
	expect(await linkBackground(true)).not.toBe(lit);
	// With a mouse, the link lights under the pointer as before.
	expect(await linkBackground(false)).toBe(lit);
});

test('on a touch screen, every button, list, fold and box to tick is at least 24 px each way', async ({
	browser
}) => {
	const touch = await browser.newContext(TOUCH_PHONE);
	const page = await touch.newPage();
	// The controls drawn smaller than a finger (the file input is hidden: its label is the target).
	const small = () =>
		page.evaluate(() =>
			[
				...document.querySelectorAll(
					'button, select, summary, input[type="checkbox"], input[type="radio"]'
				)
			]
				.map((e) => ({ e, r: e.getBoundingClientRect() }))
				.filter(({ r }) => r.width > 0 && r.height > 0 && (r.width < 24 || r.height < 24))
				.map(
					({ e, r }) =>
						`${e.tagName.toLowerCase()} « ${(e.getAttribute('aria-label') ?? e.textContent ?? '').trim().slice(0, 40)} » ${Math.round(r.width)}×${Math.round(r.height)}`
				)
		);
	// A comparison with a wrong code (its notice's « × »), its chips and similar communes.
	await page.goto('/comparer/?communes=30007,30132,abc');
	await expect(page.getByTestId('compare')).toHaveAttribute('data-state', 'ready');
	await expect(page.getByTestId('url-notice')).toBeVisible();
	await expect(
		page.getByRole('button', { name: /^Ajouter .* à la comparaison$/ }).first()
	).toBeVisible();
	expect(await small()).toEqual([]);
	// The map page with a commune's panel and the workshops' filters; the workshops' page.
	await openMap(page, '?commune=30007&problemes=1');
	await expect(page.getByTestId('commune-panel')).toBeVisible();
	expect(await small()).toEqual([]);
	await page.goto('/ateliers/');
	await expect(page.locator('main[data-state="ready"]')).toBeVisible();
	expect(await small()).toEqual([]);
	await touch.close();
});
