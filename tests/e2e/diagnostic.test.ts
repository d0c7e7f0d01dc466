/**
 * The CTG diagnostic (issue 11), theme « Jeunesse »: an old `?theme=` link, a hand-computed
 * sentence, its map, where needs concentrate, what the workshops raised (the fictional example,
 * labelled), the Markdown export, the print view; then the same page without JavaScript.
 *
 * Hand-computed from data/sources/gard/dossier_complet_extrait_rp2022_communes_gard.csv (see
 * src/lib/features/diagnostic/sentences.test.ts for the communes at the extremes):
 *   youth unemployment P22_CHOM1524 / P22_ACT1524, counts summed over the 71 communes:
 *   1 719,473 / 5 239,692 = 32,816 % → « 32,8 % »; Gard (350 rows) 9 520,757 / 33 039,153
 *   = 28,817 % → « 28,8 % »; gap 3,999 → « 4,0 points ».
 * Its map: the map page's default classes; Alès (39,3 %) falls in « plus de 30,3 à 39,4 »
 * (tests/e2e/svg-map.test.ts), filled #f03b20.
 * Workshops, from data/problemes-exemple-fictif.csv, « jeunesse » rows (none « écartée »):
 *   weights La Grand-Combe 11 + 7 + 4 = 22 (3 problems), Anduze 12 + 6 = 18 (2),
 *   Saint-Jean-du-Gard 12 + 3 = 15 (2), Chamborigaud and Génolhac 14, Alès 11, Salindres and
 *   Rousson 10, Cendras 7, Tornac 6, Saint-Hilaire-de-Brethmas 5 → 11 communes named; 2 problems
 *   (weights 7 and 6) name « tout le territoire ».
 * The concentration counts come from the permutation test (not worked out by hand): its sentence
 * builder is pinned in src/lib/features/diagnostic/concentration.test.ts; here, that it is there.
 */
import { readFile } from 'node:fs/promises';
import { expect, outsideRequests, test } from './fixtures';

const NBSP = '\u00a0';
const HEAD = `Taux de chômage des 15-24 ans : l’Agglomération (32,8${NBSP}%) dépasse le Gard (28,8${NBSP}%) de 4,0${NBSP}points`;
const WORKSHOPS =
	'Les problématiques de ce thème nomment 11 communes ; les plus citées, en mentions pondérées : ' +
	'La Grand-Combe (22 mentions, 3 problématiques), Anduze (18 mentions, 2 problématiques) et ' +
	'Saint-Jean-du-Gard (15 mentions, 2 problématiques) ; 2 problématiques visent tout le territoire.';
const CONCENTRATION = /pour «\sIndice de besoins \(Jeunesse\)\s» au seuil p ≤ 0,05 .*correction/;

test('the Jeunesse chapter: sentence, map, concentrations, workshops, print and Markdown', async ({
	page,
	watch,
	browser
}) => {
	await page.goto('/diagnostic/?theme=jeunesse');
	await expect(page).toHaveURL(/\/diagnostic\/jeunesse\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Diagnostic partagé — Jeunesse');
	// The theme is named once: no chapter heading repeating it.
	await expect(page.getByRole('heading', { name: 'Jeunesse', exact: true })).toHaveCount(0);
	const row = page.locator('[data-indicator="chomage_15_24"]');
	await expect(row.getByTestId('diagnostic-sentence')).toContainText(HEAD);
	await expect(row.getByTestId('diagnostic-sentence')).toContainText('RP 2022');
	await expect(row.locator('svg path.t')).toHaveCount(71);
	await expect(row.locator('path[data-code="30007"]')).toHaveAttribute('fill', '#f03b20');
	await expect(page.getByTestId('diagnostic-concentration')).toContainText(CONCENTRATION);
	await expect(page.getByTestId('diagnostic-concentration')).toContainText('Tests multiples');
	await expect(page.getByTestId('diagnostic-gaps')).toContainText('Taux d’activité des 15-24 ans');

	const workshops = page.getByTestId('diagnostic-workshops');
	await expect(workshops).toHaveAttribute('data-state', 'ready');
	await expect(workshops.getByTestId('diagnostic-example')).toContainText('Exemple fictif');
	await expect(workshops).toContainText(WORKSHOPS);
	await expect(workshops.getByTestId('diagnostic-silent')).toContainText('besoin silencieux');
	// Bonnevaux's unemployment of the young (RP 2022: 2 unemployed among 2 active people aged
	// 15-24, 100 %) is a silent need resting on 2 people: it says so, as /croisements does.
	await expect(workshops.getByTestId('diagnostic-silent')).toContainText(
		'Bonnevaux (petit effectif)'
	);
	// Collèges and lycées serve a whole sector: the communes without one are counted, not named as
	// silent needs. By hand from data/sources/gard/annuaire_education_gard_20241126.csv (public or
	// under contract): 8 of the 71 communes have a collège (Alès 7, Anduze, Brignon, Génolhac, La
	// Grand-Combe 2, Le Martinet, Saint-Jean-du-Gard, Salindres), 4 a lycée (Alès 4, La Grand-Combe,
	// Saint-Jean-du-Gard, Saint-Christol-lez-Alès). Of the 63 without a collège, 5 are named by a
	// Jeunesse problem (Cendras, Chamborigaud, Rousson, Saint-Hilaire-de-Brethmas, Tornac): 58;
	// of the 67 without a lycée, 8 (those and Anduze, Génolhac, Salindres): 59.
	const silent = workshops.getByTestId('diagnostic-silent');
	await expect(silent).toContainText(
		'aucun besoin silencieux lu ici (58 communes sans collège ne sont nommées par aucune problématique, mais un collège accueille les élèves de tout un secteur : ce n’est pas en soi un manque)'
	);
	await expect(silent).toContainText('aucun besoin silencieux lu ici (59 communes sans lycée');
	await expect(silent).not.toContainText(/Collèges[^;]*: besoin silencieux/);
	// The chapter counts its theme's problems alone: its link opens /croisements filtered alike.
	await expect(
		workshops.getByRole('link', { name: 'Croisements filtrée sur ce thème' })
	).toHaveAttribute('href', /\/croisements\/\?atelier=jeunesse$/);

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId('diagnostic-markdown').click()
	]);
	expect(download.suggestedFilename()).toBe('diagnostic-jeunesse.md');
	// The page itself does not change: it says where the file went and what it is for.
	await expect(page.getByTestId('diagnostic-downloaded')).toContainText(
		'Fichier «\u00a0diagnostic-jeunesse.md\u00a0» téléchargé (dossier des téléchargements)\u00a0: un texte à ouvrir'
	);
	const md = await readFile((await download.path())!, 'utf8');
	expect(md).toContain(HEAD);
	expect(md).toMatch(CONCENTRATION);
	expect(md).toContain('**Exemple fictif**');
	expect(md).toContain(WORKSHOPS);

	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('header.site')).toBeHidden();
	await expect(page.getByTestId('diagnostic-markdown')).toBeHidden();
	await expect(row.locator('svg')).toBeVisible();
	// On paper each map's legend stands beside it: under it, each indicator took 400 to 460 px
	// and the first page held one, above half a page left blank.
	const figure = row.getByTestId('diagnostic-map');
	const drawn = (await figure.locator('svg').first().boundingBox())!;
	const legend = (await figure.getByTestId('svg-legend').boundingBox())!;
	expect(legend.x).toBeGreaterThanOrEqual(drawn.x + drawn.width);
	expect(legend.y).toBeLessThan(drawn.y + drawn.height);
	await expect(page.getByTestId('diagnostic-foot')).toContainText('Sources :');
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);

	// Without JavaScript: the prerendered page has its sentences, maps and concentrations.
	const still = await browser.newContext({ javaScriptEnabled: false, locale: 'fr-FR' });
	const html = await still.newPage();
	await html.goto('/diagnostic/jeunesse/');
	const stillRow = html.locator('[data-indicator="chomage_15_24"]');
	await expect(stillRow.getByTestId('diagnostic-sentence')).toContainText(HEAD);
	await expect(stillRow.locator('path[data-code="30007"]')).toHaveAttribute('fill', '#f03b20');
	await expect(html.getByTestId('diagnostic-map')).toHaveCount(7);
	await expect(html.getByTestId('diagnostic-concentration')).toContainText(CONCENTRATION);
	// The workshop part needs the script: its <noscript> says so (Chromium with scripts turned off
	// still parses <noscript> as text, so the HTML is read).
	expect(await html.getByTestId('diagnostic-workshops').innerHTML()).toContain(
		'activez JavaScript'
	);
	await expect(html.getByRole('button')).toHaveCount(0);
	await still.close();
});

test('a diagnostic link with more than its theme opens that theme and says what it left out', async ({
	page,
	watch
}) => {
	const h1 = page.getByRole('heading', { level: 1 });
	const notice = page.getByTestId('url-notice');
	// The theme and an unknown parameter: the Jeunesse chapter (it stayed on the first theme).
	await page.goto('/diagnostic/?theme=jeunesse&foo=1');
	await expect(page).toHaveURL(/\/diagnostic\/jeunesse\/$/);
	await expect(h1).toHaveText('Diagnostic partagé — Jeunesse');
	await expect(notice.getByRole('listitem')).toHaveText([
		'Paramètre ignoré : foo=1 (paramètre inconnu)'
	]);
	// The theme twice: the first is read, as the notice says.
	await page.goto('/diagnostic/?theme=jeunesse&theme=vie_associative');
	await expect(page).toHaveURL(/\/diagnostic\/jeunesse\/$/);
	await expect(h1).toHaveText('Diagnostic partagé — Jeunesse');
	await expect(notice.getByRole('listitem')).toHaveText([
		'Paramètre ignoré : theme=vie_associative (paramètre en double : seule la première valeur, « jeunesse », est lue)'
	]);
	// No theme: the first one, its address written without the parameter, which is named.
	await page.goto('/diagnostic/?foo=1');
	await expect(h1).toHaveText('Diagnostic partagé — Petite enfance et enfance');
	await expect(notice).toContainText('Paramètre ignoré : foo=1 (paramètre inconnu)');
	await expect.poll(() => new URL(page.url()).search).toBe('');
	// A theme's own page with a stray parameter.
	await page.goto('/diagnostic/jeunesse/?theme=logement');
	await expect(h1).toHaveText('Diagnostic partagé — Jeunesse');
	await expect(notice).toContainText('Paramètre ignoré : theme=logement (paramètre inconnu)');
	await expect.poll(() => new URL(page.url()).search).toBe('');
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});
