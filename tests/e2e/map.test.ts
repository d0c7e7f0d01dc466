/**
 * The map page in Debian's Chromium against the built site. Expected numbers are computed by hand
 * from the mirror (RP 2022 dossier complet), e.g. with awk:
 *   Alès 30007: P22_CHOM1524 761.968 / P22_ACT1524 1 939.481 = 39.287 % → « 39,3 % »
 *   La Grand-Combe 30132: 54.354 / 187.454 = 28.996 % → « 29,0 % »
 *   Agglo (71 communes): Σ CHOM1524 1 719.473 / Σ ACT1524 5 239.692 = 32.816 % → « 32,8 % »
 *   Gard (350 communes): 28.817 % → « 28,8 % »
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import {
	expect,
	followLink,
	mapPoint,
	openMap,
	outsideRequests,
	pngPixels,
	test,
	sharedPage
} from './fixtures';

const ALES_MAIRIE: [number, number] = [4.0770491, 44.1246952];

/**
 * Distinct colours of the map as shown on screen (a screenshot of MapLibre's canvas: the canvas
 * itself reads back blank, as the map does not keep its drawing buffer), sampled on a grid.
 */
async function canvasColours(page: Page): Promise<number> {
	const png = await page.locator('[data-testid="map"] canvas').screenshot();
	const pixels = await pngPixels(page, png, { step: 7 });
	return new Set(pixels.map(([r, g, b]) => `${r},${g},${b}`)).size;
}

/** Clicks the map at a longitude/latitude. */
async function clickAt(page: Page, lngLat: [number, number]): Promise<void> {
	const pt = await mapPoint(page, lngLat);
	await page.mouse.click(pt.x, pt.y);
}

test.describe('one page load: paints, axe, panel, DuckDB, table, switching the indicator', () => {
	const shared = sharedPage();

	test.beforeAll(async () => {
		const { page } = shared;
		// Six checks of the default map page on one load (each was a test with its own load).
		await openMap(page);
	});

	test('paints the choropleth with several colours, from localhost only and without errors', async () => {
		const { page, watch } = shared;
		// The 5 classes, the grey context, the background, borders: well over 5 colours.
		expect(await canvasColours(page)).toBeGreaterThan(5);
		await expect(page.getByTestId('legend')).toContainText('chômage des 15-24 ans');
		expect(outsideRequests(watch.requests)).toEqual([]);
		expect(watch.errors).toEqual([]);
	});

	test('the map page has no serious or critical accessibility violation', async () => {
		const { page } = shared;
		// The page as loaded: no commune panel, no table.
		const result = await new AxeBuilder({ page }).analyze();
		const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
		expect(bad.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
	});

	test('clicking Alès opens its panel with the hand-checked values', async () => {
		const { page, watch } = shared;
		// Hovered, then clicked without moving: the panel opens and the tooltip goes (the panel
		// narrows the map, and the tooltip stayed where the pointer was, over the panel).
		const pt = await mapPoint(page, ALES_MAIRIE);
		await page.mouse.move(pt.x, pt.y);
		await expect(page.getByTestId('map-tooltip')).toContainText('Alès');
		await page.mouse.down();
		await page.mouse.up();
		const panel = page.getByTestId('commune-panel');
		await expect(panel).toHaveAttribute('data-code', '30007');
		await expect(page.getByTestId('map-tooltip')).toHaveCount(0);
		const row = panel.locator('tr[data-indicator="chomage_15_24"]');
		await expect(row.locator('td').nth(0).locator('[data-part="value"]')).toHaveText('39,3\u00a0%');
		// Counts beside the rate: 761,968 → 762 and 1 939,481 → 1 939 once rounded.
		await expect(row.locator('td').nth(0).locator('[data-part="counts"]')).toHaveText(
			'762 sur 1\u202f939 actifs de 15 à 24 ans'
		);
		await expect(row.locator('td').nth(1)).toHaveText('32,8\u00a0%');
		await expect(row.locator('td').nth(2)).toHaveText('28,8\u00a0%');
		// Population 2022: Alès 45 025 (sum of its 7 age bands); the Agglomération 135 747 is the sum
		// of the 71 communes' age bands (awk over the RP 2022 file), not an average.
		const pop = panel.locator('tr[data-indicator="population_2022"]');
		await expect(pop.locator('td').nth(0).locator('[data-part="value"]')).toHaveText(
			'45\u202f025 habitants'
		);
		await expect(pop.locator('td').nth(1)).toHaveText('135\u202f747 habitants');
		expect(watch.errors).toEqual([]);
	});

	test('DuckDB takes over and gives the same numbers as the snapshot', async () => {
		const { page, watch } = shared;
		// Back to the map without a commune (a link to « / »), so that Alès is clicked afresh once
		// the engine is ready.
		await followLink(page, '/');
		await expect(page.getByTestId('commune-panel')).toHaveCount(0);
		await expect(page.getByTestId('engine-status')).toHaveAttribute('data-engine', 'ready', {
			timeout: 30_000
		});
		// Said in words an elected official reads, not « valeurs précalculées ».
		await expect(page.getByTestId('engine-status')).toHaveText(
			'Chiffres calculés dans votre navigateur.'
		);
		await clickAt(page, ALES_MAIRIE);
		const row = page.getByTestId('commune-panel').locator('tr[data-indicator="chomage_15_24"]');
		await expect(row.locator('td').nth(0).locator('[data-part="value"]')).toHaveText('39,3\u00a0%');
		await expect(row.locator('td').nth(1)).toHaveText('32,8\u00a0%');
		expect(outsideRequests(watch.requests)).toEqual([]);
		expect(watch.errors).toEqual([]);
	});

	test('the table holds the same values and sorts', async () => {
		const { page } = shared;
		await page.getByRole('button', { name: 'Afficher le tableau des communes' }).click();
		const table = page.getByTestId('commune-table');
		await expect(table.locator('tbody tr')).toHaveCount(71);
		const value = (code: string) =>
			table.locator(`tr[data-code="${code}"] td`).first().locator('[data-part="value"]');
		await expect(value('30007')).toHaveText('39,3\u00a0%');
		await expect(value('30132')).toHaveText('29,0\u00a0%');
		// Sorted by name, ascending: Alès comes before La Grand-Combe.
		await table.getByRole('button', { name: 'Commune' }).click();
		const names = await table.locator('tbody th').allTextContents();
		expect(names.indexOf('Alès')).toBeLessThan(names.indexOf('La Grand-Combe'));
	});

	test('switching the indicator recolours the communes', async () => {
		const { page, watch } = shared;
		// Colours of a few communes, read from the map's feature-state.
		const fill = () =>
			page.evaluate(() => {
				type W = { __atlasMap: { stateOf(c: string): { fill?: string } } };
				const ctx = (window as unknown as W).__atlasMap;
				return ['30007', '30132', '30243', '30339'].map((c) => ctx.stateOf(c).fill).join(' ');
			});
		const before = await fill();
		await page.getByLabel('Thème de la CTG').selectOption('logement');
		await expect(page.getByTestId('legend')).toContainText('vacants');
		await expect.poll(fill).not.toBe(before);
		expect(watch.errors).toEqual([]);
	});
});

test('if DuckDB cannot start, the map and the panel still work and a French message says what is missing', async ({
	page
}) => {
	// Simulates a blocked engine: the wasm files never arrive. The route is set on the context, so
	// that it also catches the requests of DuckDB's Web Worker.
	await page.context().route('**/*.wasm', (route) => route.abort());
	await openMap(page, '?commune=30132');
	const status = page.getByTestId('engine-status');
	await expect(status).toHaveAttribute('data-engine', 'failed');
	await expect(status).toContainText('Le moteur de requêtes n’a pas pu démarrer');
	await expect(status).toContainText('restent disponibles');
	// La Grand-Combe 30132, from the snapshot: 54.354 / 187.454 = 28.996 % → « 29,0 % »
	const row = page.getByTestId('commune-panel').locator('tr[data-indicator="chomage_15_24"]');
	await expect(row.locator('td').nth(0).locator('[data-part="value"]')).toHaveText('29,0\u00a0%');
});

test('a blocked engine worker is reported at once: the map stays, the problems box stops loading, import is not called unavailable', async ({
	page
}) => {
	// The engine's files answer a HEAD request but their download is refused, as a proxy or a
	// security policy would: only the worker's own failure (its `error` event) can tell. The
	// expectations below wait at most Playwright's 20 s, far below the engine's 120 s backstop.
	await page
		.context()
		.route(/duckdb-browser-.*\.worker\..*\.js|duckdb-.*\.wasm/, (route) =>
			route.request().method() === 'GET' ? route.abort() : route.continue()
		);
	await openMap(page, '?commune=30132');
	const status = page.getByTestId('engine-status');
	await expect(status).toHaveAttribute('data-engine', 'failed');
	await expect(status).toContainText('Le moteur de requêtes n’a pas pu démarrer');
	await expect(status).toContainText('La saisie et l’import dans « Ateliers » fonctionnent');
	await expect(status).not.toContainText(/import[^.]*ne (le )?sont pas|indisponible/);
	// The problems box says why nothing is counted instead of « Chargement… » for ever.
	const box = page.getByTestId('problems-controls');
	await expect(box).toContainText('ne peuvent pas être comptées ici');
	await expect(box).not.toContainText('Chargement');
	// The map and the panel show the snapshot's values: La Grand-Combe 30132,
	// 54.354 / 187.454 = 28.996 % → « 29,0 % » (as in the test above).
	await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'ready');
	const fill = await page.evaluate(
		() =>
			(
				window as unknown as { __atlasMap: { stateOf(c: string): Record<string, unknown> } }
			).__atlasMap.stateOf('30132').fill
	);
	expect(fill).toMatch(/^#[0-9a-f]{6}$/i);
	const row = page.getByTestId('commune-panel').locator('tr[data-indicator="chomage_15_24"]');
	await expect(row.locator('td').nth(0).locator('[data-part="value"]')).toHaveText('29,0\u00a0%');
});

test('on a phone, the communes’ table opens in sight, its button above it, and its column names stay at the window’s top', async ({
	page,
	watch
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await openMap(page);
	const button = page.getByRole('button', { name: 'Afficher le tableau des communes' });
	await button.click();
	const table = page.getByTestId('commune-table');
	await expect(table.locator('tbody tr')).toHaveCount(71);
	// It opened under the map's bottom edge, out of sight (only the button's words changed):
	// now its button is at the window's top, the table under it.
	const hide = page.getByRole('button', { name: 'Masquer le tableau' });
	await expect(hide).toBeInViewport();
	expect((await hide.boundingBox())!.y).toBeLessThan(100);
	await expect(table.locator('caption')).toBeInViewport();
	// Scrolled down 30 rows: the column names are at the window's top.
	await table
		.locator('tbody tr')
		.nth(30)
		.evaluate((row) => row.scrollIntoView());
	const names = (await table.getByRole('columnheader', { name: 'Commune' }).boundingBox())!;
	expect(Math.abs(names.y)).toBeLessThanOrEqual(1);
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});
