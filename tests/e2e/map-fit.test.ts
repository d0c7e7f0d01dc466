/**
 * The territory stays whole on the map when its box changes size (the communes' table under it,
 * the commune panel beside it, a projector's window), until someone moves the map by hand.
 * MapLibre alone keeps the centre and the zoom: at 1280×720 the table cut the territory's north
 * and south, and a commune chosen in it could be out of sight. Once zoomed in by hand, a commune
 * chosen out of sight is brought into view at that zoom.
 */
import type { Page } from '@playwright/test';
import { expect, mapPoint, openMap, outsideRequests, test } from './fixtures';

/**
 * The territory's outermost points, read by hand from `territory-outline.geojson` (the largest
 * and smallest longitude and latitude among its 774 vertices); the north one is a vertex of
 * Bonnevaux, the south one of Boucoiran-et-Nozières.
 */
const EXTREMES = {
	ouest: [3.82025, 44.13244],
	est: [4.32707, 44.11042],
	sud: [4.18767, 43.96409],
	nord: [4.01732, 44.39349]
} satisfies Record<string, [number, number]>;

/** The extremes that fall outside the map's box on screen (none when the territory is whole). */
async function cutOff(page: Page): Promise<string[]> {
	const box = (await page.getByTestId('map').boundingBox())!;
	const out: string[] = [];
	for (const [name, lngLat] of Object.entries(EXTREMES)) {
		const p = await mapPoint(page, lngLat);
		const inside =
			p.x >= box.x && p.x <= box.x + box.width && p.y >= box.y && p.y <= box.y + box.height;
		if (!inside) out.push(name);
	}
	return out;
}

/** The map's width, in screen pixels, from the territory's west to its east. */
async function spread(page: Page): Promise<number> {
	return (await mapPoint(page, EXTREMES.est)).x - (await mapPoint(page, EXTREMES.ouest)).x;
}

/** The spread once the map has stopped moving (two reads 300 ms apart agree). */
async function settledSpread(page: Page): Promise<number> {
	let last = await spread(page);
	await expect
		.poll(async () => {
			await page.waitForTimeout(300);
			const now = await spread(page);
			const moving = Math.abs(now - last) > 0.5;
			last = now;
			return moving;
		})
		.toBe(false);
	return last;
}

/** Where `lngLat` is on screen once the map has stopped moving (two reads 300 ms apart agree). */
async function settledPoint(
	page: Page,
	lngLat: [number, number]
): Promise<{ x: number; y: number }> {
	let last = await mapPoint(page, lngLat);
	await expect
		.poll(async () => {
			await page.waitForTimeout(300);
			const now = await mapPoint(page, lngLat);
			const moving = Math.hypot(now.x - last.x, now.y - last.y) > 0.5;
			last = now;
			return moving;
		})
		.toBe(false);
	return last;
}

test('at 1280×720 the territory stays whole as the table and the panel open, until the map is moved by hand; a commune then chosen out of sight is brought into view, and left when dragged away', async ({
	page,
	watch
}) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	await openMap(page);
	expect(await cutOff(page)).toEqual([]);
	const map = page.getByTestId('map');
	const fullHeight = (await map.boundingBox())!.height;
	// The map's source, open on one line over the whole map…
	const source = map.getByText('Contours : IGN Admin Express 2018');
	await expect(source).toBeVisible();

	// The table takes the map's lower part (up to 40 % of the window).
	await page.getByRole('button', { name: 'Afficher le tableau des communes' }).click();
	await expect.poll(async () => (await map.boundingBox())!.height).toBeLessThan(fullHeight - 100);
	await expect.poll(() => cutOff(page)).toEqual([]);
	// …closed on the shorter map (its « i » button opens it): open, it covered the south.
	await expect(source).toBeHidden();
	await expect(map.getByTitle('Afficher/Masquer l’attribution')).toBeVisible();

	// A commune chosen in the table: its panel narrows the map, the territory stays whole.
	const fullWidth = (await map.boundingBox())!.width;
	const table = page.getByTestId('commune-table');
	await table.locator('tr[data-code="30044"]').getByRole('button', { name: 'Bonnevaux' }).click();
	await expect(page.getByTestId('commune-panel')).toBeVisible();
	await expect.poll(async () => (await map.boundingBox())!.width).toBeLessThan(fullWidth - 100);
	await expect.poll(() => cutOff(page)).toEqual([]);

	// Zoomed in by hand (the wheel over the map): closing the panel widens the map, and the view
	// the user chose is kept, not fitted again (the territory then spreads wider than the map).
	const box = (await map.boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	const before = await spread(page);
	await page.mouse.wheel(0, -600);
	await expect.poll(() => spread(page)).toBeGreaterThan(before * 1.5);
	const zoomed = await settledSpread(page); // the wheel's zoom eases in over a few frames
	await page.getByRole('button', { name: 'Fermer la fiche commune' }).click();
	await expect(page.getByTestId('commune-panel')).toHaveCount(0);
	await expect.poll(async () => (await map.boundingBox())!.width).toBeGreaterThan(box.width + 100);
	// MapLibre keeps the zoom: the same spread in pixels, give or take rounding.
	expect(Math.abs((await settledSpread(page)) - zoomed)).toBeLessThan(2);

	// Bonnevaux, at the territory's north end, is now out of sight. Chosen again in the table, the
	// map moves to it at the zoom chosen by hand: its name's point (`lx`, `ly` of communes.geojson)
	// is on the map, away from the edges.
	const bonnevaux: [number, number] = [4.03745, 44.37247];
	const inSight = async () => {
		const b = (await map.boundingBox())!;
		const p = await mapPoint(page, bonnevaux);
		return (
			p.x > b.x + 20 && p.x < b.x + b.width - 20 && p.y > b.y + 20 && p.y < b.y + b.height - 20
		);
	};
	expect(await inSight()).toBe(false);
	await table.locator('tr[data-code="30044"]').getByRole('button', { name: 'Bonnevaux' }).click();
	await expect(page.getByTestId('commune-panel')).toBeVisible();
	await expect.poll(inSight).toBe(true);
	expect(Math.abs((await settledSpread(page)) - zoomed)).toBeLessThan(2);

	// Then dragged away from it by hand: the table's closing makes the map taller, and the view the
	// user chose is kept. Bonnevaux stays out of sight (it was brought back, as if chosen again).
	const b = (await map.boundingBox())!;
	await page.mouse.move(b.x + b.width * 0.1, b.y + b.height / 2);
	await page.mouse.down();
	await page.mouse.move(b.x + b.width * 0.95, b.y + b.height / 2, { steps: 8 });
	await page.mouse.up();
	await expect.poll(inSight).toBe(false);
	const dragged = await settledPoint(page, bonnevaux);
	await page.getByRole('button', { name: 'Masquer le tableau' }).click();
	await expect.poll(async () => (await map.boundingBox())!.height).toBeGreaterThan(b.height + 100);
	const after = await settledPoint(page, bonnevaux);
	expect(await inSight()).toBe(false);
	// MapLibre keeps the centre as the map grows taller: the point keeps its place across.
	expect(Math.abs(after.x - dragged.x)).toBeLessThan(2);
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});
