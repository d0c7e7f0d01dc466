/**
 * The SVG renderer of the map page (issue 10): in the HTML before any JavaScript, the same
 * colours and place as MapLibre, the map where WebGL is missing, printing and exports.
 * Expected colours by hand: Alès (30007) has 39,3 % youth unemployment (map.test.ts), in the
 * class « plus de 30,3 à 39,4 » of the default quantiles, the 4th of ColorBrewer YlOrRd-5:
 * #f03b20.
 */
import type { Page } from '@playwright/test';
import {
	expect,
	followLink,
	openMap,
	outsideRequests,
	pngPixels,
	test,
	sharedPage
} from './fixtures';

const ALES = '30007';
const ALES_DEFAULT = '#f03b20';
const FIVE = ['30007', '30132', '30243', '30010', '30022'];
const svgPath = (page: Page, code: string) =>
	page.locator(`[data-testid="svg-map"] path[data-code="${code}"]`);

/**
 * The example set, counted by hand in data/problemes-exemple-fictif.csv (see problems-map.test.ts):
 * La Grand-Combe (30132) is named by 6 counted problems of weight 41 (the 7th, « écartée », is
 * left out by default); with the theme « jeunesse », by 3 of weight 22.
 */
const GRAND_COMBE = '30132';
const CHAMBORIGAUD = '30080';
const circle = (page: Page, code: string) =>
	page.locator(`[data-testid="svg-map"] .svg-circles circle[data-code="${code}"]`);

/** « Exporter la carte » → SVG, downloaded: the text of its `<text>` elements, joined. */
async function exportedSvg(page: Page): Promise<string> {
	await page.getByText('Exporter la carte').click();
	const [svgFile] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Image vectorielle (SVG)' }).click()
	]);
	return Buffer.concat(await (await svgFile.createReadStream()).toArray()).toString('utf8');
}

/** The exported SVG's text elements, joined. */
async function exportedSvgText(page: Page): Promise<string> {
	const svg = await exportedSvg(page);
	const lines = await page.evaluate((text) => {
		const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
		return [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
	}, svg);
	return lines.join(' ');
}

/** Makes WebGL unavailable, as on some administration PCs: MapLibre never paints. */
async function withoutWebGL(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const original = HTMLCanvasElement.prototype.getContext;
		HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string) {
			if (type.startsWith('webgl')) return null;
			// eslint-disable-next-line prefer-rest-params
			return original.apply(this, arguments as unknown as Parameters<typeof original>);
		} as typeof original;
	});
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('/ shows the coloured map and its legend', async ({ page, watch }) => {
		await page.goto('/');
		await expect(page.locator('[data-testid="svg-map"] path.t')).toHaveCount(71);
		await expect(svgPath(page, ALES)).toHaveAttribute('fill', ALES_DEFAULT);
		await expect(svgPath(page, ALES)).toBeVisible();
		const legend = page.getByTestId('svg-legend');
		await expect(legend).toBeVisible();
		await expect(legend).toContainText('Taux de chômage des 15-24 ans');
		await expect(legend).toContainText('plus de 30,3 à 39,4');
		await expect(legend).toContainText('Secret ou non disponible (n.d.)');
		// The 39 rates on fewer than 30 active young people are outlined in dashes (Bonnevaux's
		// among them), and the legend says so.
		const dashed = page.locator('[data-testid="svg-map"] .small-denominators path');
		await expect(dashed).toHaveCount(39);
		await expect(dashed.and(page.locator('[data-code="30044"]'))).toBeVisible();
		await expect(legend).toContainText('Contour en pointillé');
		// What needs the script is not offered (it would do nothing), and a note says why.
		await expect(page.getByTestId('no-javascript')).toContainText(
			'JavaScript est désactivé dans ce navigateur.'
		);
		for (const needsScript of [
			page.getByText('Exporter la carte'),
			page.getByRole('button', { name: 'Afficher le tableau des communes' }),
			page.getByTestId('layer-toggles'),
			page.getByText('Chargement des problématiques…'),
			page.getByRole('search')
		])
			await expect(needsScript).toBeHidden();
		expect(outsideRequests(watch.requests)).toEqual([]);
	});

	test('a map computed in the browser says it needs JavaScript, never « Chargement… » for ever', async ({
		page,
		watch
	}) => {
		// Inside a <noscript> (Playwright's text search skips those): found by its place.
		const note = page.locator('.wrap > noscript > p');
		const text =
			'Cette carte est calculée dans le navigateur : activez JavaScript pour l’afficher.';
		// The map page's map is in its HTML: no such note there.
		await page.goto('/');
		await expect(note).toBeHidden();
		for (const [path, loading] of [
			['/croisements/', 'Chargement de la carte…'],
			['/concentrations/', 'Calcul en cours…']
		] as const) {
			await page.goto(path);
			await expect(note).toBeVisible();
			await expect(note).toHaveText(text);
			await expect(page.getByText(loading)).toBeHidden();
		}
		// The concentrations' view tabs do nothing without the script: not offered.
		await expect(page.getByRole('button', { name: 'Grappes LISA' })).toBeHidden();
		expect(outsideRequests(watch.requests)).toEqual([]);
	});

	test('on a phone the legend is above the map, not over it', async ({ page, watch }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto('/');
		const [legend, map] = await Promise.all(
			[page.getByTestId('svg-legend'), page.locator('[data-testid="svg-map"] > svg')].map((l) =>
				l.boundingBox()
			)
		);
		// It covered the north half of the map (both began at the map's top).
		expect(legend!.y + legend!.height).toBeLessThanOrEqual(map!.y);
		// The whole territory keeps the page's width, less the map's margins.
		expect(map!.width).toBeGreaterThan(300);
		expect(outsideRequests(watch.requests)).toEqual([]);
	});
});

test.describe('one page load: the same colours and place as MapLibre, the exports, printing', () => {
	const shared = sharedPage();

	test.beforeAll(async () => {
		const { page } = shared;
		// Three checks of the default map page on one load (each was a test with its own load).
		await openMap(page);
	});

	test('« Exporter la carte »: an SVG that parses, a PNG with the legend’s colours', async () => {
		const { page, watch } = shared;
		// With the script, the no-JavaScript note is not there and the search is.
		await expect(page.getByTestId('no-javascript')).toHaveCount(0);
		await expect(page.getByRole('search')).toBeVisible();
		await page.getByText('Exporter la carte').click();
		const [svgFile] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Image vectorielle (SVG)' }).click()
		]);
		expect(svgFile.suggestedFilename()).toBe('carte-chomage_15_24.svg');
		const svg = await (await svgFile.createReadStream()).toArray();
		const parsed = await page.evaluate((text) => {
			const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
			return {
				error: doc.querySelector('parsererror')?.textContent ?? null,
				communes: doc.querySelectorAll('path.t').length,
				text: doc.documentElement.textContent
			};
		}, Buffer.concat(svg).toString('utf8'));
		expect(parsed.error).toBeNull();
		expect(parsed.communes).toBe(71);
		expect(parsed.text).toContain('Taux de chômage des 15-24 ans (%) — CA Alès Agglomération');
		expect(parsed.text).toContain('Millésime : RP 2022');
		const [pngFile] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Image PNG haute définition (2×)' }).click()
		]);
		const png = Buffer.concat(await (await pngFile.createReadStream()).toArray());
		// PNG signature, then the IHDR chunk: width and height of 2 × 1 200 × 760.
		expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([2400, 1520]);
		// The first legend swatch is drawn at x 850–872, y 120–136 (export-svg.ts): at 2×, its
		// middle (861, 128) is pixel (1722, 256), YlOrRd's lightest class #ffffb2.
		const [pixel] = await pngPixels(page, png, { points: [[1722, 256]] });
		expect(pixel).toEqual([255, 255, 178, 255]);
		// A menu: Échap closes it and gives the focus back to its summary.
		const menu = page.getByTestId('export-map');
		await expect(menu).toHaveAttribute('open', '');
		await page.keyboard.press('Escape');
		await expect(menu).not.toHaveAttribute('open');
		await expect(menu.locator('summary')).toBeFocused();
		expect(outsideRequests(watch.requests)).toEqual([]);
		expect(watch.errors).toEqual([]);
	});

	test('the SVG map and MapLibre show the same colours at the same place', async () => {
		const { page, watch } = shared;
		const pairs = await page.evaluate((codes) => {
			type W = { __atlasMap: { stateOf(c: string): { fill?: string } } };
			const map = (window as unknown as W).__atlasMap;
			return codes.map((c) => [
				document
					.querySelector(`[data-testid="svg-map"] path[data-code="${c}"]`)!
					.getAttribute('fill'),
				map.stateOf(c).fill
			]);
		}, FIVE);
		for (const [svg, maplibre] of pairs) expect(svg).toBe(maplibre);
		expect(pairs[0]![0]).toBe(ALES_DEFAULT);
		// Same place: the territory outline's box on screen, SVG against MapLibre's projection.
		const gap = await page.evaluate(async () => {
			type W = { __atlasMap: { project(l: [number, number]): { x: number; y: number } } };
			const map = (window as unknown as W).__atlasMap;
			const fc = await (await fetch('/data/territory-outline.geojson')).json();
			type C = number[] | C[];
			const flat = (c: C): number[][] =>
				typeof c[0] === 'number' ? [c as number[]] : (c as C[]).flatMap(flat);
			const pts = flat(fc.features[0].geometry.coordinates);
			const lon = pts.map((p) => p[0]!);
			const lat = pts.map((p) => p[1]!);
			const nw = map.project([Math.min(...lon), Math.max(...lat)]);
			const se = map.project([Math.max(...lon), Math.min(...lat)]);
			const slot = document.querySelector<HTMLElement>('[data-testid="svg-map"]')!;
			slot.classList.remove('live');
			const box = slot.getBoundingClientRect();
			const o = slot.querySelector('path.o')!.getBoundingClientRect();
			const d = [o.left - box.left - nw.x, o.top - box.top - nw.y, o.right - box.left - se.x];
			// Back as it was: the steps below see the page as loaded.
			slot.classList.add('live');
			return Math.max(...d.map(Math.abs), Math.abs(o.bottom - box.top - se.y));
		});
		// Whole SVG units of about 0.7 px at this size: within 2 px.
		expect(gap).toBeLessThan(2);
		expect(watch.errors).toEqual([]);
	});

	test('printing shows the SVG map, its legend and sources, and no control', async () => {
		const { page } = shared;
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByTestId('svg-map')).toBeVisible();
		await expect(svgPath(page, ALES)).toBeVisible();
		const legend = page.getByTestId('svg-legend');
		await expect(legend).toBeVisible();
		await expect(legend).toContainText('Source : Insee (RP 2022)');
		await expect(legend).toContainText('Carte du ');
		// No workshop circles on this map: nothing to say about them on paper.
		await expect(legend).not.toContainText('cercles');
		await expect(
			page.getByRole('button', { name: 'Afficher le tableau des communes' })
		).toBeHidden();
		await expect(page.getByText('Exporter la carte')).toBeHidden();
		await expect(page.getByRole('combobox').first()).toBeHidden();
		await expect(page.locator('[data-testid="map"] canvas')).toBeHidden();
		// The first visit's introduction is on screen (a new browser), never on paper: with it, the
		// map ran onto a second page. One A4 landscape page.
		await expect(page.getByTestId('first-visit-intro')).toBeHidden();
		// The map within its page's box: overflowing it (the map fell into the hidden sidebar's
		// column), the browser shrank the whole page and the printed map was cut.
		const [map, main] = await Promise.all(
			['.svg-map', 'main.main'].map((s) => page.locator(s).first().boundingBox())
		);
		expect(map!.width).toBeLessThanOrEqual(main!.width + 1);
		const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
		expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)).toHaveLength(1);
	});

	test('on /croisements and /concentrations the SVG map has MapLibre’s colours, then hides', async () => {
		const { page, watch } = shared;
		// Back to the screen, after printing above; the two pages in the app, from the map page.
		await page.emulateMedia({ media: 'screen' });
		const mapLibreFills = () =>
			page.evaluate(() => {
				type W = { __atlasMap: { stateOf(c: string): { fill?: string | null } } };
				const map = (window as unknown as W).__atlasMap;
				return Object.fromEntries(
					[...document.querySelectorAll('[data-testid="svg-map"] path.t')].map((p) => {
						const code = p.getAttribute('data-code')!;
						return [code, map.stateOf(code).fill ?? 'url(#atlas-nd-hatch)'];
					})
				);
			});
		// `unique`: only on that page (the map page's own map is also « map » until it is replaced).
		for (const [path, testid, unique] of [
			['/croisements/', 'map', 'hide-small'],
			['/concentrations/?theme=jeunesse', 'cluster-map', 'cluster-map']
		] as const) {
			await followLink(page, path);
			await expect(page.getByTestId(unique)).toBeAttached();
			await expect(page.getByTestId(testid)).toHaveAttribute('data-state', 'ready');
			await expect(page.getByTestId('svg-map')).toBeHidden();
			const svg = await svgFills(page);
			expect(Object.keys(svg)).toHaveLength(71);
			expect(svg).toEqual(await mapLibreFills());
		}
		expect(watch.errors).toEqual([]);
	});
});

test('a link to another view never paints the default colours first', async ({ page, watch }) => {
	// Every frame from the first one, the fill Alès is painted with.
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { fills: string[] }).fills = seen;
		const frame = () => {
			const p = document.querySelector('[data-testid="svg-map"] path[data-code="30007"]');
			if (p) seen.push(getComputedStyle(p).fill);
			if (seen.length < 2000) requestAnimationFrame(frame);
		};
		requestAnimationFrame(frame);
	});
	await openMap(page, '?indicateur=part_15_29');
	const final = await svgPath(page, ALES).getAttribute('fill');
	expect(final).not.toBe(ALES_DEFAULT);
	const fills = await page.evaluate(() => (window as unknown as { fills: string[] }).fills);
	expect(fills.length).toBeGreaterThan(0);
	const hex = (rgb: string) =>
		'#' +
		rgb
			.match(/\d+/g)!
			.slice(0, 3)
			.map((n) => Number(n).toString(16).padStart(2, '0'))
			.join('');
	// Neutral (#f4f5f7) until the view's colours are known, then the view's colour: never #f03b20.
	expect(new Set(fills.map(hex))).toEqual(new Set(['#f4f5f7', final]));
	expect(watch.errors).toEqual([]);
});

/** A point well inside commune `code` (5 SVG units, about 4 px, from its edges), on screen. */
function insidePoint(page: Page, code: string): Promise<[number, number]> {
	return page.evaluate((c) => {
		const path = document.querySelector<SVGPathElement>(
			`[data-testid="svg-map"] path.t[data-code="${c}"]`
		)!;
		const box = path.getBBox();
		const inside = (x: number, y: number) =>
			[
				[0, 0],
				[5, 0],
				[-5, 0],
				[0, 5],
				[0, -5]
			].every(([dx, dy]) => path.isPointInFill(new DOMPoint(x + dx!, y + dy!)));
		for (let i = 1; i < 20; i++)
			for (let j = 1; j < 20; j++) {
				const x = box.x + (box.width * i) / 20;
				const y = box.y + (box.height * j) / 20;
				if (!inside(x, y)) continue;
				const p = new DOMPoint(x, y).matrixTransform(path.getScreenCTM()!);
				return [Math.round(p.x), Math.round(p.y)] as [number, number];
			}
		throw new Error(`pas de point intérieur pour ${c}`);
	}, code);
}

const near = (px: number[], hex: string) =>
	[1, 3, 5].every((k, i) => Math.abs(px[i]! - parseInt(hex.slice(k, k + 2), 16)) <= 3);

test('before the page’s script has started, MapLibre takes the SVG map’s place, and moves', async ({
	page,
	watch
}) => {
	// The framework never starts (its entry is refused): what shows is the HTML's own map and the
	// MapLibre map its inline script started (src/lib/map/early-map.ts).
	await page.route(/\/_app\/immutable\/entry\/start\./, (r) => r.abort());
	await page.goto('/');
	const html = page.locator('html');
	await expect(html).toHaveClass(/atlas-map-live/, { timeout: 30_000 });
	// MapLibre's canvas shown; the SVG map hidden but for its legend, and its lines and dashed
	// outlines over MapLibre's fills (its own fills transparent, the pointer going through).
	await expect(page.getByTestId('map')).toHaveCSS('opacity', '1');
	await expect(page.getByTestId('svg-map')).toHaveCSS('visibility', 'hidden');
	await expect(page.getByTestId('svg-legend')).toBeVisible();
	const svg = page.locator('[data-testid="svg-map"] > svg');
	await expect(svg).toHaveCSS('visibility', 'visible');
	await expect(svg).toHaveCSS('pointer-events', 'none');
	await expect(svgPath(page, ALES)).toHaveCSS('fill', 'rgba(0, 0, 0, 0)');
	await expect(page.locator('[data-testid="svg-map"] .small-denominators path')).toHaveCount(39);
	await expect(page.getByText('Chargement de la carte…')).toBeHidden();
	// Inside Alès, the screen shows the SVG map's colour for it: MapLibre's fill (the SVG's is
	// transparent).
	const [x, y] = await insidePoint(page, ALES);
	const pixel = async (at: [number, number]) =>
		(await pngPixels(page, await page.screenshot(), { points: [at] }))[0]!;
	expect(near(await pixel([x, y]), ALES_DEFAULT)).toBe(true);
	// Dragged 120 px left: Alès's colour follows, which only MapLibre can do; the SVG map's lines
	// no longer lie on the communes and go, MapLibre draws its own.
	await page.mouse.move(x, y);
	await page.mouse.down();
	await page.mouse.move(x - 60, y, { steps: 4 });
	await page.mouse.move(x - 120, y, { steps: 4 });
	await page.mouse.up();
	await expect(html).not.toHaveClass(/atlas-map-lines/);
	await expect(html).toHaveClass(/atlas-map-live/);
	await expect.poll(async () => near(await pixel([x - 120, y]), ALES_DEFAULT)).toBe(true);
	expect(outsideRequests(watch.requests)).toEqual([]);
	// The only error is the refused entry.
	expect(watch.errors.every((e) => /dynamically imported module/.test(e))).toBe(true);
});

test('a commune clicked on the early map, before the page could answer, opens once it can', async ({
	page,
	watch
}) => {
	// The framework's entry held back 3 s: the early map is on screen meanwhile.
	await page.route(/\/_app\/immutable\/entry\/start\./, async (r) => {
		await new Promise((resolve) => setTimeout(resolve, 3000));
		await r.continue();
	});
	await page.goto('/');
	await expect(page.locator('html')).toHaveClass(/atlas-map-live/, { timeout: 30_000 });
	const [x, y] = await insidePoint(page, ALES);
	await page.mouse.click(x, y);
	// Nothing could answer yet; once the page has started, Alès's panel opens.
	await expect(page.getByTestId('commune-panel')).toHaveAttribute('data-code', ALES, {
		timeout: 30_000
	});
	await expect(page).toHaveURL(/commune=30007/);
	expect(watch.errors).toEqual([]);
});

test('once the page has started it takes over the early map: its own classes, no leftover', async ({
	page,
	watch
}) => {
	await openMap(page);
	const html = page.locator('html');
	// The page's map ready, then its lines drawn: the early classes go (they would hide the SVG
	// map the page shows for the workshops' circles or a later view).
	await expect(html).not.toHaveClass(/atlas-map-live|atlas-map-lines/);
	await expect(page.getByTestId('svg-map')).toHaveClass(/\blive\b/);
	expect(
		await page.evaluate(() => performance.getEntriesByName('map:choropleth-live').length)
	).toBe(1);
	expect(watch.errors).toEqual([]);
});

test('on a phone the first map comes with its compact key above it, before the page’s script', async ({
	page,
	watch
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	// The HTML alone, its inline scripts included: the page's modules never come.
	await page.route('**/*.js', (route) => route.abort());
	await page.goto('/');
	const key = page.getByTestId('map-key');
	const svg = page.locator('[data-testid="svg-map"] > svg');
	await expect(svgPath(page, ALES)).toHaveAttribute('fill', ALES_DEFAULT);
	// The default view's key, its classes written short (the legend's « plus de 30,3 à 39,4 »
	// holds Alès, see the top of this file), the hatch and the dashed outlines named.
	await expect(key).toBeVisible();
	await expect(key).toContainText('Taux de chômage des 15-24 ans (%)');
	for (const item of ['0,0–17,6', '30,3–39,4', 'n.d.', 'petit effectif'])
		await expect(key).toContainText(item);
	// Above the map, not over it; the full legend, which lay over the map's north, is not shown.
	const [keyBox, svgBox] = await Promise.all([key.boundingBox(), svg.boundingBox()]);
	expect(keyBox!.y + keyBox!.height).toBeLessThanOrEqual(svgBox!.y);
	await expect(page.getByTestId('svg-legend')).toBeHidden();

	// A link to another view: no key with the default view's classes either (its room is kept).
	await page.goto('/?indicateur=part_15_29');
	await expect(svgPath(page, ALES)).toBeVisible();
	await expect(key).toBeHidden();
	const early = page.locator('[data-early-key]');
	await expect(early).toHaveCSS('visibility', 'hidden');
	// The map stays where the view's key will push it: the same room (63,5 px measured at 390).
	expect(await early.evaluate((e) => e.getBoundingClientRect().height)).toBeGreaterThan(50);

	// A link that spells out the default view (its indicator, five classes) is the default view:
	// its colours and its key from the HTML, not a grey map.
	await page.goto('/?indicateur=chomage_15_24&n=5&commune=30007');
	// #f03b20 (ALES_DEFAULT), not the pending grey.
	await expect(svgPath(page, ALES)).toHaveCSS('fill', 'rgb(240, 59, 32)');
	await expect(key).toBeVisible();
	await expect(key).toContainText('30,3–39,4');
	expect(outsideRequests(watch.requests)).toEqual([]);
});

test('on a phone a link to the workshops’ circles: the key holds their row from the HTML, the map holds still', async ({
	page,
	watch
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/?problemes=1', { waitUntil: 'domcontentloaded' });
	const key = page.getByTestId('map-key');
	const svgMap = page.getByTestId('svg-map');
	// From the HTML: the default view's key with the circles' row waiting for the counts.
	await expect(key).toContainText('ateliers : comptage…');
	const before = (await svgMap.boundingBox())!.y;
	// The fictional example's problems counted: the row names them, with the heaviest circle's
	// weight as the scale (Alès, 42: see the printed note's test below), on its own line as before.
	await expect(key).toContainText('ateliers (exemple fictif) · plus grand cercle\u00a0: poids 42', {
		timeout: 30_000
	});
	await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
	expect((await svgMap.boundingBox())!.y).toBe(before);
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('on a phone the page’s script takes over the prerendered key: one key, the view’s', async ({
	page,
	watch
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await openMap(page, '?indicateur=part_15_29');
	const key = page.getByTestId('map-key');
	await expect(key).toHaveCount(1);
	await expect(key).toBeVisible();
	await expect(key).toContainText('Part des jeunes de 15 à 29 ans (%)');
	await expect(key).not.toContainText('30,3–39,4');
	await openMap(page);
	await expect(key).toHaveCount(1);
	await expect(key).toContainText('Taux de chômage des 15-24 ans (%)');
	expect(watch.errors).toEqual([]);
});

/** The fill of each territory commune on the SVG map, by code. */
const svgFills = (page: Page) =>
	page.evaluate(() =>
		Object.fromEntries(
			[...document.querySelectorAll('[data-testid="svg-map"] path.t')].map((p) => [
				p.getAttribute('data-code'),
				p.getAttribute('fill')
			])
		)
	);

// The 3 × 3 bivariate palette (crossing/palette.ts) and the LISA classes' colours
// (concentrations/map-colours.ts, GeoDa's); n.d. is the hatch.
const BIVARIATE = '#e8e8e8 #ace4e4 #5ac8c8 #dfb0d6 #a5add3 #5698b9 #be64ac #8c62aa #3b4994';
const LISA: Record<string, string> = {
	'0': '#ffffff',
	'1': '#d7191c',
	'2': '#2c7bb6',
	'3': '#abd9e9',
	'4': '#fdae61',
	'6': '#a78bcb'
};
const HATCH = 'url(#atlas-nd-hatch)';

test.describe('one page load without WebGL: the map page, then /croisements and /concentrations', () => {
	const shared = sharedPage();

	test.beforeAll(async () => {
		await withoutWebGL(shared.page);
	});

	test('without WebGL the SVG map is the map: hover, click, commune panel', async () => {
		const { page, watch } = shared;
		await openMap(page);
		await expect(page.getByTestId('svg-fallback')).toContainText('Carte simplifiée');
		await expect(page.locator('[data-testid="map"] canvas')).toHaveCount(0);
		await svgPath(page, ALES).hover({ force: true });
		await expect(page.getByRole('status').filter({ hasText: 'Alès' })).toContainText('39,3');
		await svgPath(page, ALES).click({ force: true });
		await expect(page.getByTestId('commune-panel')).toHaveAttribute('data-code', ALES);
		await expect(svgPath(page, ALES)).toHaveClass(/sel/);
		// The note says where the keyboard finds the communes, and closes once read.
		const note = page.getByTestId('svg-fallback');
		await expect(note).toContainText('Au clavier : « Afficher le tableau des communes »');
		await note.getByRole('button', { name: 'Fermer la note' }).click();
		await expect(note).toHaveCount(0);
		expect(outsideRequests(watch.requests)).toEqual([]);
		expect(watch.errors).toEqual([]);
	});

	test('without WebGL, /croisements and /concentrations draw their colours on the SVG map', async () => {
		const { page, watch } = shared;
		// The two pages in the app, from the map page of the test above.
		await followLink(page, '/croisements/');
		// Only on /croisements: the map page's SVG map is gone.
		await expect(page.getByTestId('hide-small')).toBeAttached();
		const crossing = page.getByTestId('svg-map');
		await expect(crossing).toHaveAttribute('data-painted', 'true');
		await expect(crossing.locator('path.t')).toHaveCount(71);
		await expect(svgPath(page, ALES)).toBeVisible();
		await expect(page.getByTestId('svg-fallback')).toBeVisible();
		const fills = Object.values(await svgFills(page));
		// Every commune in a colour of the palette or hatched, and the map not of one colour.
		for (const f of fills) expect(`${BIVARIATE} ${HATCH}`.split(' ')).toContain(f);
		expect(new Set(fills).size).toBeGreaterThan(3);
		// The view still goes into the URL (it waited for MapLibre's paint, which never comes here).
		await page.getByTestId('hide-small').check();
		await expect.poll(() => new URL(page.url()).search).toBe('?petits=1');

		await followLink(page, '/concentrations/?theme=jeunesse');
		await expect(page.getByTestId('cluster-map')).toBeAttached();
		const clusters = page.getByTestId('svg-map');
		await expect(clusters).toHaveAttribute('data-painted', 'true');
		await expect(svgPath(page, ALES)).toBeVisible();
		await expect(page.getByTestId('concentration-legend')).toContainText(
			'Regroupements de communes voisines (LISA)'
		);
		// Each commune in the colour of its LISA class as the page reports it (code:class).
		const classes = (await page.getByTestId('cluster-map').getAttribute('data-clusters')) ?? '';
		const svg = await svgFills(page);
		expect(Object.keys(svg)).toHaveLength(71);
		for (const [code, c] of classes.split(',').map((p) => p.split(':')))
			expect(svg[code!]).toBe(LISA[c!]);
		expect(outsideRequests(watch.requests)).toEqual([]);
		expect(watch.errors).toEqual([]);
	});

	test('without WebGL the workshops’ circles are drawn, at MapLibre’s size, over hoverable communes', async () => {
		const { page, watch } = shared;
		await page.goto('/?problemes=1');
		await expect(page.getByTestId('problems-counts')).toBeVisible({ timeout: 30_000 });
		const grandCombe = circle(page, GRAND_COMBE);
		await expect(grandCombe.locator('title')).toHaveText(
			'La Grand-Combe : 6 problématiques (poids 41)'
		);
		// MapLibre draws the heaviest commune's circle 24 px in radius (MAX_RADIUS) and the others by
		// area: r = 24 × √(weight / heaviest), in screen pixels at any window size. By hand in the
		// example (statuses other than « écartée »): Alès is the heaviest, 42; La Grand-Combe 41;
		// Chamborigaud 17 → 24 × √(17/42) = 15,27 px.
		const radius = async (code: string) =>
			(await circle(page, code).evaluate((e) => e.getBoundingClientRect().width)) / 2;
		expect(await radius(ALES)).toBeCloseTo(24, 0);
		expect(await radius(CHAMBORIGAUD)).toBeCloseTo(15.27, 0);
		// The legend's size key: 42, about a half (21 → 20) and a tenth (4,2 → 4), drawn as the map
		// draws them: 24 px for 42, 24 × √(20/42) = 16,56 px for 20.
		const key = page.getByTestId('legend').getByTestId('circle-key').getByRole('listitem');
		await expect(key).toHaveText(['4', '20', '42']);
		// « poids » after the circles, as on paper and in the export.
		await expect(page.getByTestId('legend').getByTestId('circle-key')).toHaveText(
			/^\s*4\s*20\s*42\s*poids$/
		);
		const keyRadius = async (weight: number) =>
			(await key
				.and(page.locator(`[data-weight="${weight}"]`))
				.locator('circle')
				.evaluate((e) => e.getBoundingClientRect().width)) / 2;
		expect(await keyRadius(42)).toBeCloseTo(24, 0);
		expect(await keyRadius(20)).toBeCloseTo(16.56, 0);
		await page.setViewportSize({ width: 1000, height: 700 });
		await expect.poll(() => radius(ALES)).toBeCloseTo(24, 0);
		expect(await radius(CHAMBORIGAUD)).toBeCloseTo(15.27, 0);
		await page.setViewportSize({ width: 1400, height: 900 }); // the configuration's, for the next test
		// The circle takes no pointer: the commune under it answers, as on MapLibre's map.
		const box = (await grandCombe.boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await expect(page.getByRole('status').filter({ hasText: 'La Grand-Combe' })).toBeVisible();
		expect(outsideRequests(watch.requests)).toEqual([]);
		expect(watch.errors).toEqual([]);
	});
});

test('the printed and exported maps carry the workshops’ circles and say how to read them', async ({
	page,
	watch
}) => {
	await page.goto('/?problemes=1');
	await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'ready');
	await expect(page.getByTestId('problems-counts')).toBeVisible({ timeout: 30_000 });
	const reading = 'Cercles : poids des problématiques des ateliers nommant chaque commune';
	// By hand in the example (see above): Alès is the heaviest, 42; 6 problems of « tout le
	// territoire » (none « écartée »).
	const scale = 'Le plus grand cercle : Alès, poids 42.';
	const whole = '6 problématiques de « tout le territoire », comptées à part, sans cercle.';
	const fictional = 'Exemple fictif : problématiques inventées pour montrer l’atlas';
	// The screen's legend reads them too, with their scale and the example's label.
	const row = page.getByTestId('legend-circles');
	await expect(row).toContainText('aire proportionnelle (le plus grand : Alès, poids 42)');
	await expect(row.getByTestId('legend-circles-example')).toHaveText('exemple fictif');
	await page.emulateMedia({ media: 'print' });
	const legend = page.getByTestId('svg-legend');
	for (const text of [
		reading,
		scale,
		whole,
		fictional,
		'Problématiques des ateliers (voir la note)'
	])
		await expect(legend).toContainText(text);
	// On paper the heaviest circle is 24 px in radius whatever the window printed from.
	const paperRadius = () => circle(page, ALES).evaluate((e) => e.getBoundingClientRect().width / 2);
	expect(await paperRadius()).toBeCloseTo(24, 0);
	// The printed legend's size key: 4, 20 and 42, the 42 as large as Alès's circle on paper.
	const printedKey = legend.getByTestId('svg-legend-circle-key');
	await expect(printedKey).toHaveText(/^4\s*20\s*42\s*poids$/);
	const keyRadius = await printedKey
		.locator('[data-weight="42"] circle')
		.evaluate((e) => e.getBoundingClientRect().width / 2);
	expect(keyRadius).toBeCloseTo(24, 0);
	await expect(circle(page, GRAND_COMBE)).toBeVisible();
	await expect(circle(page, GRAND_COMBE).locator('title')).toHaveText(
		'La Grand-Combe : 6 problématiques (poids 41)'
	);
	await page.emulateMedia({ media: 'screen' });
	await page.setViewportSize({ width: 390, height: 844 });
	await page.emulateMedia({ media: 'print' });
	expect(await paperRadius()).toBeCloseTo(24, 0);
	await page.emulateMedia({ media: 'screen' });
	await page.setViewportSize({ width: 1400, height: 900 });
	// The exported map has them too, with a row in its legend and the same note (in short lines).
	await page.emulateMedia({ media: 'screen' });
	const exported = await exportedSvgText(page);
	expect(exported).toContain('Problématiques des ateliers (voir la note)');
	// Its size key under that row: 4, 20 and 42 (Alès), as on the screen's legend.
	expect(exported).toContain('(voir la note) 4 20 42 poids');
	for (const text of [reading, scale, whole, fictional])
		expect(exported.replace(/\s+/g, ' ')).toContain(text);
	// A filter is said on paper: the circles are those of the theme chosen.
	await page.getByTestId('problems-controls').getByLabel('Thème').selectOption('jeunesse');
	await expect(circle(page, GRAND_COMBE).locator('title')).toHaveText(
		'La Grand-Combe : 3 problématiques (poids 22)'
	);
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByTestId('svg-legend')).toContainText('Filtres : thème « jeunesse ».');
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('the printed and exported maps flag the rates on tiny denominators, as the screen does', async ({
	page,
	watch
}) => {
	// Unemployment 15–24 (RP 2022): 39 of the 71 communes have under 30 active people aged 15–24
	// (P22_ACT1524 < 30, counted by hand in the census extract; Sénéchas, with 0, is n.d.).
	// Bonnevaux (30044) has 2, Alès (30007) 1 939.
	await page.goto('/?indicateur=chomage_15_24');
	await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'ready');
	const row =
		'Contour en pointillé : taux calculé sur moins de 30 personnes, à lire avec prudence (39 communes)';
	await expect(page.getByTestId('legend-small')).toContainText(row);
	// Each of them is outlined in dashes, by MapLibre (its feature-state) and by the SVG map.
	const flags = await page.evaluate(() => {
		type W = { __atlasMap: { stateOf(c: string): { small?: boolean } } };
		const ctx = (window as unknown as W).__atlasMap;
		return ['30044', '30007'].map((c) => ctx.stateOf(c).small);
	});
	expect(flags).toEqual([true, false]);
	const dashed = page.locator('[data-svg-map] .small-denominators path');
	await expect(dashed).toHaveCount(39);
	await expect(dashed.and(page.locator('[data-code="30044"]'))).toHaveCount(1);
	await expect(dashed.and(page.locator('[data-code="30007"]'))).toHaveCount(0);
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByTestId('svg-legend')).toContainText(row);
	await expect(dashed.first()).toBeVisible();
	// No commune chosen: no row for one.
	await expect(page.getByTestId('svg-legend-selected')).toHaveCount(0);
	// A commune chosen: the paper outlines it and its legend says which (it outlined it unnamed).
	await followLink(page, '/?indicateur=chomage_15_24&commune=30007');
	await expect(page.getByTestId('svg-legend-selected')).toHaveText('Alès : commune choisie');
	await expect(page.locator('[data-svg-map] path.sel[data-code="30007"]')).toBeVisible();
	await page.emulateMedia({ media: 'screen' });
	const file = await exportedSvg(page);
	const group = /<g class="small-denominators">(.*?)<\/g>/.exec(file)?.[1] ?? '';
	expect(group.match(/<path /g)).toHaveLength(39);
	expect(group).toContain('data-code="30044"');
	const exported = file.replace(/\s+/g, ' ');
	expect(exported).toContain('Contour en pointillé');
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('/croisements prints its full legend, not the compact key of narrow screens', async ({
	page,
	watch
}) => {
	// A page as narrow as a printed A4 portrait sheet (about 700 px): the compact key's media query
	// holds on paper too, and the key printed above the map besides the full legend.
	await page.setViewportSize({ width: 700, height: 900 });
	await page.goto('/croisements/');
	await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'ready');
	await expect(page.getByTestId('map-key')).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByTestId('map-key')).toBeHidden();
	await expect(page.getByTestId('svg-legend')).toBeVisible();
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});
