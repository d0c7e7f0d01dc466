/**
 * /croisements crosses an indicator with the workshop problems (the fictional example set: the
 * browser store is empty in a fresh test context), and keeps its view in the URL: a link reopens
 * it, back and forward restore it.
 */
import type { Page } from '@playwright/test';
import { expect, followLink, outsideRequests, test, sharedPage } from './fixtures';

const search = (page: Page) => () => new URL(page.url()).search;

async function openCrossing(page: Page, query = ''): Promise<void> {
	await page.goto(`/croisements/${query}`);
	await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
}

test.describe('one page load: a link reopens the view, an unknown theme is ignored, changes go into the URL', () => {
	const shared = sharedPage();

	test.beforeAll(async () => {
		const { page } = shared;
		// Three checks on one load (each was a test with its own load): the first link is the page's
		// own, the others are followed inside the page.
		await openCrossing(page, '?indicateur=chomage_15_24&atelier=jeunesse&statuts=retenue&petits=1');
	});

	test('a link reopens indicator, workshop theme, statuses and « petits effectifs »', async () => {
		const { page, watch } = shared;
		await expect(page.getByRole('radio', { name: 'Taux de chômage des 15-24 ans' })).toBeChecked();
		await expect(page.getByLabel('Thème des ateliers')).toHaveValue('jeunesse');
		const statuses = page.getByTestId('status-filter');
		await expect(statuses.getByLabel('retenue')).toBeChecked();
		await expect(statuses.getByLabel('nouvelle')).not.toBeChecked();
		await expect(page.getByTestId('hide-small')).toBeChecked();
		await expect(page.getByTestId('silent-needs').locator('li[data-code="30044"]')).toHaveCount(0);
		await expect(page.getByTestId('url-notice')).toHaveCount(0);
		expect(outsideRequests(watch.requests)).toEqual([]);
		expect(watch.errors).toEqual([]);
	});

	test('an unknown workshop theme is ignored with a notice', async () => {
		const { page, watch } = shared;
		// A link inside the page, from the view above (a link to the view already shown would change
		// nothing, so it would say nothing either).
		await followLink(page, '/croisements/?atelier=__proto__');
		await expect(page.getByTestId('url-notice')).toContainText(
			'Paramètre ignoré : atelier=__proto__ (thème d’atelier inconnu)'
		);
		await expect(page.getByLabel('Thème des ateliers')).toHaveValue('');
		await expect.poll(search(page)).toBe('');
		expect(outsideRequests(watch.requests)).toEqual([]);
		expect(watch.errors).toEqual([]);
	});

	test('the page crosses an indicator with the problems; changes go into the URL, back and forward restore them', async () => {
		const { page, watch } = shared;
		// The default view, reached above: the unknown theme's link was corrected to the bare page.
		await expect(page.getByTestId('example-badge')).toContainText('Exemple fictif');
		await expect(page.getByTestId('crossing')).toContainText('Seuils');
		await expect(page.getByTestId('status-filter')).toContainText('Statuts comptés');
		await expect(page.getByTestId('status-filter').getByLabel('écartée')).not.toBeChecked();
		await expect(page.getByTestId('silent-needs')).toContainText('Besoins silencieux');
		await expect(page.locator('svg circle').first()).toBeVisible();
		await expect.poll(search(page)).toBe('');
		await page.getByLabel('Thème des ateliers').selectOption('jeunesse');
		await expect.poll(search(page)).toBe('?atelier=jeunesse');
		await page.getByTestId('hide-small').check();
		await expect.poll(search(page)).toBe('?atelier=jeunesse&petits=1');
		await page.goBack();
		await expect.poll(search(page)).toBe('?atelier=jeunesse');
		await expect(page.getByTestId('hide-small')).not.toBeChecked();
		await page.goBack();
		await expect(page.getByLabel('Thème des ateliers')).toHaveValue('');
		await page.goForward();
		await expect(page.getByLabel('Thème des ateliers')).toHaveValue('jeunesse');
		expect(outsideRequests(watch.requests)).toEqual([]);
		expect(watch.errors).toEqual([]);
	});

	test('a theme added in another browser (x_…), unknown here, counts every theme and says so', async () => {
		const { page, watch } = shared;
		// From the view above (« jeunesse »): the link's theme is corrected away at once.
		await followLink(page, '/croisements/?atelier=x_inexistant');
		await expect(page.getByTestId('url-notice')).toContainText(
			'Paramètre ignoré : atelier=x_inexistant (thème d’atelier inconnu dans ce navigateur : tous les thèmes sont comptés)'
		);
		await expect(page.getByLabel('Thème des ateliers')).toHaveValue('');
		await expect.poll(search(page)).toBe('');
		// Every theme counted: the threshold is a number, not « n.d. ».
		await expect(page.getByTestId('crossing')).not.toContainText('n.d. mentions');
		expect(outsideRequests(watch.requests)).toEqual([]);
		expect(watch.errors).toEqual([]);
	});

	test('an indicator that most communes share one value of (no crèche, no collège) is crossed in two groups, said so', async () => {
		const { page, watch } = shared;
		// BPE 2019, TYPEQU D502, the 71 communes (Corbès' 30094 into 30329): 20 have a crèche or
		// other EAJE, 51 none, so a value of 0 for 51 of 71: both cuts are 0 (the page stopped on
		// a script error, its map « loading » for ever). Low is the need here (polarity −1).
		const key = page.getByTestId('crossing').getByRole('table', { name: 'Légende bivariée' });
		await expect(key).toContainText('tiers médian');
		// First the default indicator, cut in thirds. Part des 0-14 ans (RP 2022, P22_POP0014 over
		// the seven age bands' sum), by hand over the 71 communes: d3's quantiles at 1/3 and 2/3 are
		// 14,06 and 16,63 % → « 14,1 % et 16,6 % »; Vézénobres (16,61 %, middle third) and
		// Méjannes-lès-Alès (16,65 %, top third) both show « 16,6 % », as Massillargues-Attuech
		// (14,07 %, middle) shows « 14,1 % »: the page says the exact values place them.
		const thresholds = page.getByTestId('crossing-thresholds');
		await expect(thresholds).toContainText(/à 14,1\s%\set\s16,6\s%/);
		await expect(thresholds).toContainText(
			/Valeurs et seuils sont arrondis à l’affichage\s: une commune affichée à (14,1|16,6)\s%\s+est dans l’un ou l’autre tiers selon sa valeur exacte\./
		);
		// What a weighted mention is, and what « ≈ » beside the lists' counts means.
		await expect(thresholds).toContainText(
			'Chaque problématique y compte pour son poids, le nombre de mentions saisi pour elle dans les ateliers.'
		);
		await expect(page.getByTestId('crossing-rounding')).toContainText(
			'« ≈ » signale les effectifs arrondis qui ne redonnent pas le taux affiché.'
		);
		await followLink(page, '/croisements/?indicateur=eaje_pour_1000_enfants');
		await expect(thresholds).toContainText(
			/Seuils\s:\s51 communes sur 71 ont la valeur 0,0\s.*ne se découpe pas en trois\s+tiers\.\s+Ces\s+communes\s+forment\s+le\s+groupe\s+au\s+besoin\s+le\s+plus\s+marqué,\s+les\s+autres\s+le\s+groupe\s+au\s+besoin\s+le\s+moins\s+marqué/s
		);
		await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'ready');
		await expect(thresholds).not.toContainText('arrondis à l’affichage');
		// The key says groups, not thirds: no commune is in the median one.
		await expect(key).toContainText('groupe le plus marqué');
		await expect(key).toContainText('groupe médian (vide)');
		await expect(key).not.toContainText('tiers');
		// No crèche may well be a need: the silent needs are listed as such.
		await expect(page.getByTestId('silent-no-lack')).toHaveCount(0);
		// So do the lists' readings: « groupe le moins marqué », not « tiers ».
		const unmeasured = page.getByTestId('unmeasured-needs');
		await expect(unmeasured).toContainText('l’indicateur est dans le groupe le moins marqué');
		await expect(unmeasured).not.toContainText('tiers');
		// The three others with a value shared by more than a third (snapshot.json): same reading.
		for (const id of [
			'colleges_pour_1000_enfants',
			'lycees_pour_1000_jeunes',
			'part_population_qpv'
		]) {
			await followLink(page, `/croisements/?indicateur=${id}`);
			await expect(page.getByRole('radio', { checked: true })).toHaveValue(id);
			await expect(thresholds).toContainText('ne se découpe pas en trois tiers');
			// A commune without a collège or a lycée lacks nothing: said above the silent needs. The
			// communes outside a QPV, or without a crèche, get no such sentence.
			const noLack = page.getByTestId('silent-no-lack');
			if (id === 'part_population_qpv') await expect(noLack).toHaveCount(0);
			else
				await expect(noLack).toHaveText(
					`Ici, ce groupe réunit les communes ${id.startsWith('colleges') ? 'sans collège : un collège' : 'sans lycée : un lycée'} accueille les élèves de tout un secteur, ce n’est pas en soi un manque.`
				);
		}
		expect(outsideRequests(watch.requests)).toEqual([]);
		expect(watch.errors).toEqual([]);
	});
});

test('a blocked engine: /croisements says so in French and its map is marked failed, not loading', async ({
	page,
	watch
}) => {
	// The engine's wasm never arrives (a proxy, a security policy), as in map.test.ts.
	await page.context().route('**/*.wasm', (route) => route.abort());
	await page.goto('/croisements/');
	const map = page.getByTestId('map');
	await expect(map).toHaveAttribute('data-state', 'failed', { timeout: 30_000 });
	await expect(page.locator('.overlay.error[role="alert"]')).toContainText(
		'Le croisement n’est pas disponible : le fichier du moteur (WebAssembly) est inaccessible'
	);
	// Nothing was counted: the « petit effectif » box gives no count (it said « (0) »).
	const hideSmall = page.locator('label', { has: page.getByTestId('hide-small') });
	await expect(hideSmall).toContainText('Écarter les communes « petit effectif » :');
	await expect(hideSmall).not.toContainText('(0)');
	expect(outsideRequests(watch.requests)).toEqual([]);
});

test('at 1280 × 720, the key stands beside the map, not over the territory’s south', async ({
	page,
	watch
}) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	await openCrossing(page);
	const key = page.getByRole('table', { name: 'Légende bivariée' });
	await expect(key).toBeInViewport({ ratio: 1 });
	const [keyBox, mapBox] = await Promise.all([
		key.boundingBox(),
		page.getByTestId('map').boundingBox()
	]);
	expect(keyBox!.x).toBeGreaterThanOrEqual(mapBox!.x + mapBox!.width);
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('the scatter plot’s type is drawn at its size on a phone and a laptop, its plot as wide as its box', async ({
	page,
	watch
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await openCrossing(page);
	// The map's columns count the example problems: said on the first screen, in the key's
	// caption (the side panel's notice is below the results, 2 000 px down), on the caption's
	// second line: the key keeps its height (two lines of caption, three of swatches).
	const tag = page.getByTestId('map-key-example');
	await expect(tag).toHaveText('exemple fictif');
	await expect(tag).toBeInViewport({ ratio: 1 });
	const caption = page.getByRole('table', { name: 'Légende bivariée' }).locator('caption');
	const [tagBox, captionBox] = await Promise.all([tag.boundingBox(), caption.boundingBox()]);
	expect(tagBox!.y + tagBox!.height).toBeLessThanOrEqual(captionBox!.y + captionBox!.height + 1);
	// The page's title and choices are under the results on a phone: the first screen says what
	// the map crosses, and a button brings the choices (their first list focused).
	const title = page.getByTestId('narrow-title');
	await expect(title).toContainText('Besoins exprimés × Part des enfants de 0 à 14 ans');
	await expect(title).toBeInViewport({ ratio: 1 });
	const choices = page.locator('#crossing-choices');
	await expect(choices).not.toBeInViewport();
	await title.getByRole('button', { name: 'Changer d’indicateur ↓' }).click();
	await expect(choices).toBeInViewport();
	await expect(choices.getByLabel('Thème de la CTG')).toBeFocused();
	expect(captionBox!.height).toBeLessThan(2 * 1.5 * 0.85 * 16);
	const svg = page.getByTestId('crossing').locator('svg[role="img"]');
	await expect(svg.locator('circle').first()).toBeAttached();
	// The phone, then the same page in a laptop's window: the drawing follows its box.
	for (const viewport of [
		{ width: 390, height: 844 },
		{ width: 1280, height: 720 }
	]) {
		await page.setViewportSize(viewport);
		await expect
			.poll(() =>
				svg.evaluate((s) => s.getAttribute('viewBox') === `0 0 ${s.clientWidth} ${s.clientHeight}`)
			)
			.toBe(true);
		const drawn = await svg.evaluate((s) => {
			const el = s as SVGSVGElement;
			const scale = el.getScreenCTM()!.a;
			const sizes = [...el.querySelectorAll('text')].map(
				(t) => Number(t.getAttribute('font-size')) * scale
			);
			// The plot's right end (its last vertical grid line) against the box's.
			const lines = [...el.querySelectorAll(':scope > g > line')].map(
				(l) => l.getBoundingClientRect().right
			);
			return {
				smallest: Math.min(...sizes),
				empty: el.getBoundingClientRect().right - Math.max(...lines)
			};
		});
		// Ticks at 10 px, titles at 11: the drawing (460 units) was shrunk at 390 (ticks of 7,8 px).
		expect(drawn.smallest, `${viewport.width} px`).toBeGreaterThanOrEqual(9.9);
		// The plot reaches the box's right side, less its margin (half the last tick's label).
		expect(drawn.empty, `${viewport.width} px`).toBeLessThan(30);
	}
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});
