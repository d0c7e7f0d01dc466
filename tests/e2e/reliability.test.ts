/**
 * Each number says how sure it is. Expected values read by hand from the source files in
 * data/sources/gard (awk), never from the program:
 *   Bonnevaux 30044: P22_ACT1524 2.0, P22_CHOM1524 2.0 → « 100,0 % », 2 sur 2, flagged (< 30);
 *     Filosofi 2021 TP6021 empty → secret statistique.
 *   Thoiras-Corbès 30329: MED21 published for 30094 and 30329 apart → commune fusionnée.
 *   Sénéchas 30316: P22_ACT1524 0 → dénominateur nul.
 *   39 territory communes have 0 < P22_ACT1524 < 30 (awk joining communes_gard_reference.csv).
 *   Soustelle 30323 (comparateur_insee_2024): 3 births in 2022, 121 inhabitants in 2021 → 24,8 ‰,
 *     « peu de naissances » (fewer than 20), not « petit effectif » (121 ≥ 30); 58 of the 71
 *     communes had fewer than 20 births (awk on naissances_2022, joined on the Agglo's codes;
 *     Thoiras-Corbès 30329 + 30094: 0 + 2).
 */
import type { Page } from '@playwright/test';
import {
	expect,
	followLink,
	mapPoint,
	openMap,
	outsideRequests,
	test,
	sharedPage
} from './fixtures';

/** Moves the pointer over a commune's inside point (lx, ly of communes.geojson). */
async function hoverCommune(page: Page, code: string): Promise<void> {
	const inside = await page.evaluate(async (c) => {
		const fc = await (await fetch('/data/communes.geojson')).json();
		const f = fc.features.find((x: { properties: { code: string } }) => x.properties.code === c);
		return [f.properties.lx, f.properties.ly] as [number, number];
	}, code);
	const pt = await mapPoint(page, inside);
	await page.mouse.move(pt.x, pt.y);
}

test.describe('one page load: small counts flagged, « n.d. » and zero explained, the smoothed rate kept by its link', () => {
	const shared = sharedPage();

	test.beforeAll(async () => {
		const { page } = shared;
		// Four checks of the map page on one load (each was a test with its own load); the other
		// communes are opened by a link inside the page, the smoothed rate keeps its real reload.
		await openMap(page, '?commune=30044');
	});

	test('Bonnevaux is flagged in the tooltip, the panel, the table and the legend', async () => {
		const { page, watch } = shared;
		const row = page.getByTestId('commune-panel').locator('tr[data-indicator="chomage_15_24"]');
		await expect(row).toContainText('100,0');
		await expect(row).toContainText('petit effectif');
		await expect(row).toContainText('2 sur 2 actifs de 15 à 24 ans');
		// Exact counts: no « ≈ » (2 / 2 is the 100,0 % shown).
		await expect(row).not.toContainText('≈');

		await expect(page.getByTestId('legend-small')).toContainText('39 communes');

		await hoverCommune(page, '30044');
		const tip = page.getByRole('status').filter({ hasText: 'Bonnevaux' });
		await expect(tip).toContainText('petit effectif');
		await expect(tip).toContainText('2 sur 2');

		await page.getByRole('button', { name: 'Afficher le tableau des communes' }).click();
		const tableRow = page.getByTestId('commune-table').locator('tr[data-code="30044"]');
		await expect(tableRow).toContainText('petit effectif');
		// La Grand-Combe (187 active young people) is not flagged.
		await expect(
			page.getByTestId('commune-table').locator('tr[data-code="30132"] [data-flag]')
		).toHaveCount(0);
		expect(outsideRequests(watch.requests)).toEqual([]);
		expect(watch.errors).toEqual([]);
	});

	test('« n.d. » says why, in the panel', async () => {
		const { page, watch } = shared;
		const panel = page.getByTestId('commune-panel');
		await expect(panel.locator('tr[data-indicator="taux_pauvrete_2021"]')).toContainText(
			'n.d. (secret statistique)'
		);
		await followLink(page, '/?commune=30329');
		await expect(panel).toHaveAttribute('data-code', '30329');
		await expect(panel.locator('tr[data-indicator="niveau_vie_median_2021"]')).toContainText(
			'n.d. (non calculable pour une commune fusionnée)'
		);
		// Saint-Hippolyte-de-Caton 30261: 4,66 unemployed of 8,33 active (estimates) is 56,0 %;
		// the counts shown rounded, 5 of 8, would be 62,5 %: « ≈ » says they are rounded.
		await followLink(page, '/?commune=30261');
		await expect(panel).toHaveAttribute('data-code', '30261');
		await expect(panel.locator('tr[data-indicator="chomage_15_24"]')).toContainText('56,0\u00a0%');
		await expect(panel.locator('tr[data-indicator="chomage_15_24"]')).toContainText(
			'≈ 5 sur 8 actifs de 15 à 24 ans'
		);
		await followLink(page, '/?commune=30316');
		await expect(panel).toHaveAttribute('data-code', '30316');
		// Said in plain words: nobody to compute a rate on.
		await expect(panel.locator('tr[data-indicator="chomage_15_24"]')).toContainText(
			'n.d. (0 actif de 15 à 24 ans, pas de taux calculable)'
		);
		// A median has no value for the Agglomération or the Gard: the two columns say so.
		const median = panel.locator('tr[data-indicator="niveau_vie_median_2021"] td');
		await expect(median.nth(1)).toHaveText('n.d. (pas de valeur d’ensemble)');
		await expect(median.nth(2)).toHaveText('n.d. (pas de valeur d’ensemble)');
		expect(watch.errors).toEqual([]);
	});

	test('a zero count says what it counts', async () => {
		const { page } = shared;
		// BPE 2019, D502 rows for 30132: none → « aucun établissement … recensé ».
		await followLink(page, '/?commune=30132');
		const panel = page.getByTestId('commune-panel');
		await expect(panel).toHaveAttribute('data-code', '30132');
		await expect(panel.locator('tr[data-indicator="eaje_pour_1000_enfants"]')).toContainText(
			'aucun établissement d’accueil du jeune enfant recensé (BPE 2019)'
		);
	});

	test('a birth rate on 3 births says « peu de naissances », in the panel and the legend', async () => {
		const { page, watch } = shared;
		await followLink(page, '/?indicateur=naissances_pour_1000&commune=30323');
		const panel = page.getByTestId('commune-panel');
		await expect(panel).toHaveAttribute('data-code', '30323');
		const row = panel.locator('tr[data-indicator="naissances_pour_1000"]');
		await expect(row).toContainText('24,8\u00a0‰');
		await expect(row).toContainText('3 pour 121 habitants');
		await expect(row.locator('[data-flag="rare"]')).toHaveText('peu de naissances');
		// 121 inhabitants is no tiny denominator: the births are few, not the people.
		await expect(row.locator('[data-flag="small"]')).toHaveCount(0);
		// 58 of the 71 communes had fewer than 20 births in 2022 (Thoiras-Corbès: 0 + 2).
		await expect(page.getByTestId('legend-rare')).toHaveText(
			'Taux calculé sur moins de 20 naissances, à lire avec prudence (58 communes) ; peu de naissances dans le tableau.'
		);
		await expect(page.getByTestId('legend-small')).toHaveCount(0);
		// On paper (and in the exports, from the same model): said under the map's legend.
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByTestId('svg-legend').locator('.note')).toContainText(
			'moins de 20 naissances, à lire avec prudence (58 communes)'
		);
		await page.emulateMedia({ media: 'screen' });
		expect(watch.errors).toEqual([]);
	});

	test('the smoothed rate can be mapped and the link keeps it', async () => {
		const { page, watch } = shared;
		await page.getByTestId('smooth').check();
		await expect(page.getByTestId('legend')).toContainText('taux lissé');
		await expect(page).toHaveURL(/lisse=1/);
		await page.reload();
		await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'ready');
		await expect(page.getByTestId('smooth')).toBeChecked();
		expect(outsideRequests(watch.requests)).toEqual([]);
		expect(watch.errors).toEqual([]);
	});
});

test('/croisements flags Bonnevaux among the silent needs and can leave it out', async ({
	page,
	watch
}) => {
	await page.goto('/croisements/');
	// A choice made before the page's script runs is lost (see the session note): wait for it.
	await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
	await page.getByLabel('Thème de la CTG').selectOption('jeunesse');
	await page.getByLabel('Taux de chômage des 15-24 ans').check();
	const item = page.getByTestId('silent-needs').locator('li[data-code="30044"]');
	await expect(item).toContainText('petit effectif');
	await expect(item).toContainText('2 sur 2');
	await page.getByTestId('hide-small').check();
	await expect(item).toHaveCount(0);
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('many communes at 0: their own class, the rest in quantiles, and a legend that says why when classes are fewer', async ({
	page,
	watch
}) => {
	// BPE 2019 (D502): 20 of the 71 communes have a childcare establishment, 51 have none. The
	// quantile cuts would all fall on 0 (« 1 classe » or 2): the 51 get a class of their own and
	// the 20 others four quantile classes of 5 each.
	await page.goto('/?indicateur=eaje_pour_1000_enfants');
	await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'ready');
	const legend = page.getByTestId('legend');
	await expect(legend.locator('li').first()).toHaveText(/^\s*0,0\s*51\s*$/);
	for (const row of [1, 2, 3, 4])
		await expect(legend.locator('li').nth(row)).toHaveText(/^\s*plus de .* à .*\s5\s*$/);
	await expect(legend).not.toContainText('au lieu de');
	// The legend does not call the 51 and the 5s equal: the lowest value's class is said apart.
	await expect(legend).toContainText(
		'Quantiles (effectifs égaux au-dessus de la valeur la plus basse, qui a sa propre classe)'
	);
	// QPV 2015 (sig.ville): 3 communes of the territory have one (Alès, Anduze, La Grand-Combe),
	// 68 none: the 0 class and three others, 4 of the 5 asked, and the legend says why.
	await page.goto('/?indicateur=part_population_qpv');
	await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'ready');
	await expect(legend).toContainText(
		'Quantiles (effectifs égaux au-dessus de la valeur la plus basse, qui a sa propre classe) : 4 classes au lieu de 5, trop de communes ont la même valeur'
	);
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});
