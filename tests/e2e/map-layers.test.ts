/**
 * The map's optional layers and its controls: services with their legend, commune names as HTML
 * labels, French control titles. Layers come and go without leaving anything behind, every
 * request stays on localhost, and no page error occurs.
 */
import type { Page } from '@playwright/test';
import { expect, followLink, openMap, outsideRequests, test, sharedPage } from './fixtures';

type Handle = { layers(): string[]; sourceFeatures(s: string): { kind: string }[] };

/** Layer ids of the map, bottom to top (through the map's test handle). */
function layers(page: Page): Promise<string[]> {
	return page.evaluate(() => (window as unknown as { __atlasMap: Handle }).__atlasMap.layers());
}

test.describe('one page load: the services layer, commune names and French controls', () => {
	const shared = sharedPage();

	test.beforeAll(async () => {
		const { page } = shared;
		// Three checks of the default map page on one load (each was a test with its own load).
		await openMap(page);
	});

	test('the services layer toggles with its legend', async () => {
		const { page, watch } = shared;
		const toggles = page.getByTestId('layer-toggles');
		const services = toggles.getByLabel('Services et équipements');
		await expect(services).not.toBeChecked();
		await expect(page.getByTestId('services-legend')).toHaveCount(0);
		expect(await layers(page)).not.toContain('services-circle');

		await services.check();
		const legend = page.getByTestId('services-legend');
		for (const label of [
			'France services',
			'Mission locale',
			'Lycée',
			'Gare ouverte aux voyageurs'
		])
			await expect(legend).toContainText(label);
		await expect.poll(() => layers(page)).toContain('services-circle');
		// Drawn on top, and fed from our own file (town halls are left out by the filter).
		expect((await layers(page)).at(-1)).toBe('services-circle');
		await expect
			.poll(() =>
				page.evaluate(
					() =>
						(window as unknown as { __atlasMap: Handle }).__atlasMap.sourceFeatures('services')
							.length
				)
			)
			.toBeGreaterThan(0);

		await services.uncheck();
		await expect(legend).toHaveCount(0);
		await expect.poll(() => layers(page)).not.toContain('services-circle');
		expect(outsideRequests(watch.requests)).toEqual([]);
		expect(watch.errors).toEqual([]);
	});

	test('commune names switch on and off, as HTML over the map', async () => {
		const { page, watch } = shared;
		const labels = page.getByTestId('commune-labels');
		await expect(labels).toHaveCount(0);
		await page.getByTestId('layer-toggles').getByLabel('Noms des communes').check();
		await expect(labels).toContainText('Alès');
		const shown = await labels.locator('span').count();
		// Names that would overlap are hidden, but many remain.
		expect(shown).toBeGreaterThan(10);
		expect(shown).toBeLessThanOrEqual(71);

		// The export menu, once opened, is drawn over the names (« Bonnevaux » and « Aujac » were
		// drawn on its buttons at 1280 × 720). The names let the mouse through; made hit-testable
		// for this check, the topmost element where a name and the menu meet must be the menu's.
		await page.setViewportSize({ width: 1280, height: 720 });
		// La Grand-Combe's panel open: the map narrower, names in the menu's corner.
		await followLink(page, '/?commune=30132');
		await expect(page.getByTestId('commune-panel')).toBeVisible();
		await expect(labels).toContainText('Bonnevaux');
		await page.getByText('Exporter la carte').click();
		const menu = page.getByRole('button', { name: 'Image PNG haute définition (2×)' });
		await expect(menu).toBeVisible();
		await page.addStyleTag({
			content: '[data-testid="commune-labels"] span { pointer-events: auto }'
		});
		const hits = await page.evaluate(`(() => {
			const box = document.querySelector('[data-testid="export-map"]').getBoundingClientRect();
			return [...document.querySelectorAll('[data-testid="commune-labels"] span')].flatMap((s) => {
				const r = s.getBoundingClientRect();
				const x0 = Math.max(r.left, box.left), x1 = Math.min(r.right, box.right);
				const y0 = Math.max(r.top, box.top), y1 = Math.min(r.bottom, box.bottom);
				if (x1 - x0 < 2 || y1 - y0 < 2) return [];
				const top = document.elementFromPoint((x0 + x1) / 2, (y0 + y1) / 2);
				return [{ name: s.textContent, inMenu: !!top && !!top.closest('[data-testid="export-map"]') }];
			});
		})()`);
		const overlapping = hits as { name: string; inMenu: boolean }[];
		expect(overlapping.length, 'des noms passent sous le menu ouvert').toBeGreaterThan(0);
		expect(overlapping.filter((h) => !h.inMenu)).toEqual([]);
		await page.getByText('Exporter la carte').click();
		await followLink(page, '/');
		await page.setViewportSize({ width: 1400, height: 900 });
		await page.getByTestId('layer-toggles').getByLabel('Noms des communes').uncheck();
		await expect(labels).toHaveCount(0);
		expect(outsideRequests(watch.requests)).toEqual([]);
		expect(watch.errors).toEqual([]);
	});

	test('the map controls speak French', async () => {
		const { page, watch } = shared;
		const map = page.getByTestId('map');
		await expect(map.getByTitle('Zoomer', { exact: true })).toBeVisible();
		await expect(map.getByTitle('Dézoomer')).toBeVisible();
		await expect(map.getByTitle('Afficher/Masquer l’attribution')).toBeAttached();
		await map.getByTitle('Zoomer', { exact: true }).click();
		expect(outsideRequests(watch.requests)).toEqual([]);
		expect(watch.errors).toEqual([]);
	});
});
