/**
 * The commune panel: every value readable at the common screen widths, and the line saying where
 * the commune's distances start from (issue 7).
 */
import type { Page } from '@playwright/test';
import {
	expect,
	expectMethodFolded,
	followLink,
	openMap,
	outsideRequests,
	test,
	sharedPage
} from './fixtures';

/** Cells of the panel table whose text spills out of their box (a few px of rounding allowed). */
async function overflowingCells(page: Page): Promise<string[]> {
	return page.getByTestId('commune-panel').evaluate((panel) => {
		const bad: string[] = [];
		for (const cell of panel.querySelectorAll<HTMLElement>('table th, table td')) {
			const box = cell.getBoundingClientRect();
			const style = getComputedStyle(cell);
			const left = box.left + parseFloat(style.paddingLeft) - 1;
			const right = box.right - parseFloat(style.paddingRight) + 1;
			const range = document.createRange();
			range.selectNodeContents(cell);
			const text = range.getBoundingClientRect();
			if (
				text.width > 0 &&
				(text.left < left || text.right > right || cell.scrollWidth > cell.clientWidth + 1)
			) {
				bad.push(
					`${cell.closest('tr')?.dataset.indicator ?? 'en-tête'}: « ${cell.textContent?.trim()} »`
				);
			}
		}
		if (panel.scrollWidth > panel.clientWidth + 1) bad.push('le panneau défile en largeur');
		return bad;
	});
}

test.describe('one page load: every value fits at four sizes, ranks, and where distances start from', () => {
	const shared = sharedPage();

	test.beforeAll(async () => {
		const { page } = shared;
		// One page load (each of the three checks had its own, one of them two).
		await page.setViewportSize({ width: 1400, height: 900 });
		await openMap(page, '?commune=30007');
	});

	test('the panel gives each indicator its rank among the communes with a value', async () => {
		const { page, watch } = shared;
		const panel = page.getByTestId('commune-panel');
		// Hand-computed in src/lib/analysis/rank.test.ts from snapshot.json.
		const row = (id: string) => panel.locator(`tr[data-indicator="${id}"]`);
		await expect(row('chomage_15_24').getByTestId('panel-rank')).toHaveText(
			'15e sur 70 communes renseignées'
		);
		// The rank's direction, said once under the indicator's name (as in the portrait).
		await expect(row('chomage_15_24').locator('th [data-part="rank-direction"]')).toHaveText(
			'rang : 1er = besoin le plus marqué'
		);
		await expect(row('part_proprietaires').getByTestId('panel-rank')).toHaveText('70e sur 71');
		await expect(row('part_proprietaires').locator('th [data-part="rank-direction"]')).toHaveText(
			'rang : 1er = valeur la plus haute'
		);
		// A long unit, said once too: Alès has 5 EAJE in the BPE 2019 (D502) for 6 906,7 children
		// aged 0 to 14 (P22_POP0014): 0,72 → « 0,7 pour 1 000 », and no cell repeats whom it counts.
		const eaje = row('eaje_pour_1000_enfants');
		await expect(eaje.locator('th [data-part="unit"]')).toHaveText(
			'valeurs pour 1\u202f000 enfants de 0 à 14 ans'
		);
		await expect(eaje.getByTestId('panel-value')).toContainText('0,7 pour 1\u202f000');
		for (const cell of await eaje.locator('td').all())
			await expect(cell).not.toContainText('pour 1\u202f000 enfants');
		expect(outsideRequests(watch.requests)).toEqual([]);
		expect(watch.errors).toEqual([]);
	});

	test('at 1400×900, 1920×1080, 1280×720 and 390×844 every value of the panel fits in its cell', async () => {
		const { page, watch } = shared;
		const panel = page.getByTestId('commune-panel');
		// The window resized: the layout is computed again at each size.
		const pop = panel.locator('tr[data-indicator="population_2022"] td');
		await expect(pop.nth(1)).toHaveText('135\u202f747 habitants');
		await expect(pop.nth(2)).toContainText('habitants');
		for (const [width, height] of [
			[1400, 900],
			[1920, 1080],
			[1280, 720],
			[390, 844]
		] as const) {
			await page.setViewportSize({ width, height });
			await expect(panel).toBeVisible();
			expect(await overflowingCells(page), `${width}×${height}`).toEqual([]);
			// The three Population values sit side by side without touching.
			const boxes = await Promise.all(
				[0, 1, 2].map((i) =>
					pop.nth(i).evaluate((td) => {
						const range = document.createRange();
						range.selectNodeContents(td);
						const b = range.getBoundingClientRect();
						return { left: b.left, right: b.right };
					})
				)
			);
			expect(boxes[0]!.right, `${width}×${height}`).toBeLessThan(boxes[1]!.left);
			expect(boxes[1]!.right, `${width}×${height}`).toBeLessThan(boxes[2]!.left);
			// Beside the map the panel scrolls on its own: at its top, a hint says the rest is below.
			// On a phone the page scrolls, the panel whole in it: no hint.
			const more = panel.getByTestId('more-below');
			if (width === 1280) {
				await panel.evaluate((e) => e.scrollTo(0, 0));
				await expect(more, `${width}×${height}`).toHaveText('↓ La suite plus bas');
				// The panel's last visible line fades out under the hint, across the panel's width,
				// rather than the label lying over half of it (a heading at /croisements' foot).
				const [fade, box] = await Promise.all([
					more.locator('.fade').boundingBox(),
					panel.evaluate((e) => {
						const b = e.getBoundingClientRect();
						const style = getComputedStyle(e);
						const left = b.left + e.clientLeft + parseFloat(style.paddingLeft);
						const right = b.left + e.clientLeft + e.clientWidth - parseFloat(style.paddingRight);
						return { left, right, bottom: b.top + e.clientTop + e.clientHeight };
					})
				]);
				expect(fade, `${width}×${height}`).not.toBeNull();
				expect(Math.abs(fade!.x - box.left)).toBeLessThan(1);
				expect(Math.abs(fade!.x + fade!.width - box.right)).toBeLessThan(1);
				expect(Math.abs(fade!.y + fade!.height - box.bottom)).toBeLessThan(1);
				expect(fade!.height).toBeGreaterThan(30);
			}
			if (width === 390) await expect(more, `${width}×${height}`).toHaveText('');
		}
		await expectMethodFolded(page, page.getByTestId('panel-method'));
		// The themes in the portrait's and the comparison's order (the catalogue starts with the
		// setting and population).
		const themes = panel.locator('tr.theme');
		await expect(themes.first()).toHaveText('Petite enfance et enfance');
		await expect(themes.last()).toHaveText('Cadre de vie et population');
		expect(outsideRequests(watch.requests)).toEqual([]);
		expect(watch.errors).toEqual([]);
	});

	test('the panel says where distances start from: the mairie, or a point of the commune', async () => {
		const { page, watch } = shared;
		const panel = page.getByTestId('commune-panel');
		await page.setViewportSize({ width: 1400, height: 900 });
		// La Grand-Combe 30132: its DILA mairie lies in the commune (opened by a link in the page).
		await followLink(page, '/?commune=30132');
		await expect(panel).toHaveAttribute('data-code', '30132');
		const line = page.getByTestId('distance-origin');
		await expect(line).toHaveText(
			'Distances mesurées à vol d’oiseau depuis la mairie (annuaire DILA 2016).'
		);
		// Brignon 30053: the directory geocodes its mairie 3.1 km outside (hand check in layers.test.ts).
		await followLink(page, '/?commune=30053');
		await expect(panel).toHaveAttribute('data-code', '30053');
		await expect(line).toContainText('depuis un point de la commune, pas depuis la mairie');
		await expect(line).toContainText('à 3,1\u00a0km hors de la commune');
		expect(outsideRequests(watch.requests)).toEqual([]);
		expect(watch.errors).toEqual([]);
	});

	test('the panel opens on the map’s indicator: the commune’s value, its rank, the Agglo and the Gard', async () => {
		const { page, watch } = shared;
		await page.setViewportSize({ width: 1400, height: 900 });
		await followLink(page, '/?indicateur=chomage_15_24&commune=30010');
		const lead = page.getByTestId('panel-lead');
		// Worked out from data/commune_values.csv: Anduze has 56,86 unemployed out of 128,86
		// active people aged 15 to 24 (44,1 %), 11 communes of the 70 with a value above it. The
		// Agglo's 71 communes sum to 32,8 %, the Gard's 350 to 28,8 %.
		await expect(lead).toContainText('Taux de chômage des 15-24 ans');
		await expect(lead.locator('[data-part="value"]')).toHaveText('44,1\u00a0%');
		await expect(lead).toContainText('57 sur 129');
		await expect(lead).toContainText(
			'12e sur 70 communes renseignées (1er = besoin le plus marqué)'
		);
		await expect(lead).toContainText('Agglo : 32,8\u00a0% · Gard : 28,8\u00a0%');
		// Sénéchas (30316) counts 0 active people aged 15 to 24: no rate, not ranked, said so.
		await followLink(page, '/?indicateur=chomage_15_24&commune=30316');
		await expect(lead.locator('[data-missing]')).toContainText('n.d.');
		await expect(lead).toContainText('non classée (n.d.) · Agglo : 32,8\u00a0%');
		// Échap from inside the panel closes it, as its « × » does: the focus goes to the map.
		await page.getByRole('link', { name: 'Portrait de la commune' }).focus();
		await page.keyboard.press('Escape');
		await expect(page.getByTestId('commune-panel')).toHaveCount(0);
		await expect(page).not.toHaveURL(/commune=/);
		// After a click on its text too (the click left the focus on the page's body, and Échap
		// did nothing).
		await followLink(page, '/?indicateur=chomage_15_24&commune=30010');
		await page.getByRole('heading', { name: 'Anduze (30010)' }).click();
		await page.keyboard.press('Escape');
		await expect(page.getByTestId('commune-panel')).toHaveCount(0);
		await expect(page).not.toHaveURL(/commune=/);
		expect(outsideRequests(watch.requests)).toEqual([]);
		expect(watch.errors).toEqual([]);
	});

	test('a rate published without its counts says so beside the value and in the legend', async () => {
		const { page, watch } = shared;
		await page.setViewportSize({ width: 1280, height: 720 });
		// Bonnevaux (30044), 2018: « 0.00 » in jeunes_non_inseres_communes_gard.csv, with no head
		// count (55.60 in 2008, 80.00 in 2013: a few young people). P22_POP1529 = 5.0 in the RP
		// 2022 file: fewer than 30 inhabitants aged 15 to 29, so fewer than 30 aged 15 to 24.
		await followLink(page, '/?indicateur=jeunes_non_inseres_2018&commune=30044');
		const lead = page.getByTestId('panel-lead');
		await expect(lead.locator('[data-part="value"]')).toHaveText('0,0\u00a0%');
		await expect(lead.locator('[data-flag="small"]')).toHaveText('petit effectif');
		await expect(lead.locator('[data-part="uncounted"]')).toHaveText(
			'effectifs non publiés\u00a0; 5 habitants de 15 à 29 ans, RP 2022'
		);
		await expect(page.getByTestId('legend-uncounted')).toContainText(
			'Taux publié sans ses effectifs : signalé « petit effectif » là où la commune compte moins de 30 habitants de 15 à 29 ans (RP 2022).'
		);
		// The 71 communes whose P22_POP1529 is under 30, all with a 2018 value (awk on the two
		// files): Sainte-Croix-de-Caderle 4,7 … Portes 29,0, 16 communes outlined in dashes.
		await expect(page.getByTestId('legend-small')).toContainText(
			'moins de 30 personnes, à lire avec prudence (16 communes)'
		);
		// Youth unemployment has its counts: no such row.
		await followLink(page, '/?indicateur=chomage_15_24&commune=30044');
		await expect(lead).toContainText('sur 2 actifs de 15 à 24 ans');
		await expect(page.getByTestId('legend-uncounted')).toHaveCount(0);
		expect(outsideRequests(watch.requests)).toEqual([]);
		expect(watch.errors).toEqual([]);
	});
});
