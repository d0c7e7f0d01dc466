/**
 * The map page whose URL asks for the problems (`?problemes=1`) counts them first: MapLibre is
 * created once the counts are shown (or after COUNTS_FIRST_WAIT_MS, 4 s, should they take longer),
 * and until then the SVG map is the map, with hover, click and the circles. Counts are the fictional
 * example's, by hand in data/problemes-exemple-fictif.csv: 6 problems « tout le territoire »; Alès
 * (30007) has 39,3 % youth unemployment (map.test.ts).
 */
import type { Route } from '@playwright/test';
import { expect, outsideRequests, test } from './fixtures';

const ALES = '30007';

/** Holds the requests matching `pattern` until `release()` (then lets them through). */
function hold(pattern: RegExp) {
	const held: Route[] = [];
	let open = false;
	return {
		pattern,
		handler: (route: Route) => (open ? route.continue() : void held.push(route)),
		release: async () => {
			open = true;
			await Promise.all(held.map((r) => r.continue()));
		}
	};
}

test('before MapLibre and the engine, the SVG map answers hover and click; the counts, then MapLibre', async ({
	page,
	watch
}) => {
	// DuckDB's module and MapLibre's both held: the page has only its SVG map and the snapshot.
	const engine = hold(/duckdb-.*\.wasm/);
	const maplibre = hold(/maplibre-gl\.[^/]*\.mjs$/);
	for (const h of [engine, maplibre]) await page.context().route(h.pattern, h.handler);
	await page.goto('/?problemes=1');
	const svg = page.getByTestId('svg-map');
	await expect(svg).toHaveAttribute('data-painted', 'true');
	await expect(svg).toHaveClass(/interactive/);
	const ales = svg.locator(`path[data-code="${ALES}"]`);
	await ales.hover({ force: true });
	await expect(page.getByRole('status').filter({ hasText: 'Alès' })).toContainText('39,3');
	await ales.click({ force: true });
	await expect(page.getByTestId('commune-panel')).toHaveAttribute('data-code', ALES);
	await expect(page.getByTestId('problems-controls')).toContainText('Chargement');
	await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'loading');
	// Another indicator chosen meanwhile: the SVG map repaints, and the link follows.
	await page.getByLabel('Part des jeunes de 15 à 29 ans').check();
	await expect(svg.locator('svg')).toHaveAttribute('aria-label', /^Part des jeunes de 15 à 29 ans/);
	await expect.poll(() => new URL(page.url()).searchParams.get('indicateur')).toBe('part_15_29');

	await engine.release();
	await maplibre.release();
	await expect(page.getByTestId('problems-counts')).toContainText('6 pour « tout le territoire »', {
		timeout: 30_000
	});
	await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
	// MapLibre took over: the SVG map is hidden on screen, the commune chosen on it still open.
	await expect(svg).toBeHidden();
	await expect(page.getByTestId('commune-panel')).toHaveAttribute('data-code', ALES);
	await expect.poll(() => new URL(page.url()).searchParams.get('commune')).toBe(ALES);
	// MapLibre shows the indicator chosen before it came.
	await expect(page.getByTestId('legend')).toContainText('Part des jeunes de 15 à 29 ans');
	expect(new URL(page.url()).searchParams.get('indicateur')).toBe('part_15_29');
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('MapLibre is created after the counts, never before them nor from the HTML', async ({
	page,
	watch
}) => {
	await page.goto('/?problemes=1');
	await expect(page.getByTestId('problems-counts')).toBeVisible({ timeout: 30_000 });
	await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
	const at = await page.evaluate(() => {
		const mark = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? null;
		return {
			early: mark('map:early'),
			start: mark('atlas:start'),
			counted: mark('problems:counted'),
			create: mark('map:create')
		};
	});
	// No map from the HTML's script; the page's own after the counts, or after 4 s of waiting
	// for them (on a loaded machine only the second can be what this checks), never before both.
	expect(at.early).toBeNull();
	expect(at.counted).not.toBeNull();
	expect(at.create).not.toBeNull();
	expect(at.create! >= at.counted! || at.create! >= at.start! + 4000).toBe(true);
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('MapLibre’s module slow to come: the page starts after 3 s anyway, its SVG map answers', async ({
	page,
	watch
}) => {
	// On `/` the framework starts once MapLibre's module is evaluated (src/lib/map/early-map.ts),
	// or after 3 s: held here, the page must not stay inert behind it.
	const maplibre = hold(/maplibre-gl\.[^/]*\.mjs$/);
	await page.context().route(maplibre.pattern, maplibre.handler);
	await page.goto('/');
	const svg = page.getByTestId('svg-map');
	await expect(svg).toHaveClass(/interactive/, { timeout: 30_000 });
	await svg.locator(`path[data-code="${ALES}"]`).hover({ force: true });
	await expect(page.getByRole('status').filter({ hasText: 'Alès' })).toContainText('39,3');
	await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'loading');
	await maplibre.release();
	await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('counts that never come do not hold the map: MapLibre after 4 s, the SVG map until then', async ({
	page,
	watch
}) => {
	// DuckDB's module never arrives: no count, no failure either (the engine's backstop is 120 s).
	await page.context().route(/duckdb-.*\.wasm/, () => undefined);
	await page.goto('/?problemes=1');
	await expect(page.getByTestId('svg-map')).toHaveAttribute('data-painted', 'true');
	await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'ready', { timeout: 20_000 });
	await expect(page.getByTestId('problems-controls')).toContainText('Chargement');
	const waited = await page.evaluate(
		() =>
			performance.getEntriesByName('map:create')[0]!.startTime -
			performance.getEntriesByName('atlas:start')[0]!.startTime
	);
	expect(waited).toBeGreaterThanOrEqual(4000);
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('MapLibre takes over from the SVG map only once it shows the circles too', async ({
	page,
	watch
}) => {
	// The moment the SVG map is marked « live » (hidden behind MapLibre), what each renderer has of
	// the circles: the SVG map's circles, MapLibre's layer and its features (26 communes named in
	// the example, counted by hand in data/problemes-exemple-fictif.csv, statuses other than
	// « écartée »).
	await page.addInitScript(() => {
		type H = { sourceFeatures(s: string): unknown[]; layers(): string[] };
		const w = window as unknown as { __atlasMap?: H; __atTakeover?: unknown };
		new MutationObserver((_, o) => {
			const svg = document.querySelector('[data-testid="svg-map"]');
			if (!svg?.classList.contains('live')) return;
			const map = w.__atlasMap;
			w.__atTakeover = {
				// The map's circles (the printed legend's size key has circles too).
				svg: svg.querySelectorAll('.svg-circles circle').length,
				layer: map?.layers().includes('problems-circle') ?? false,
				// One feature per commune, possibly in several tiles.
				features: new Set(
					(map?.sourceFeatures('problems') ?? []).map((f) => (f as { code: string }).code)
				).size
			};
			o.disconnect();
		}).observe(document, { subtree: true, attributes: true, attributeFilter: ['class'] });
	});
	// MapLibre's module held until the SVG map shows the circles: on a slow machine the counts may
	// take longer than the 4 s MapLibre waits for them, and MapLibre would then rightly come first,
	// with no circles on either map. Held, the takeover is the one this test is about.
	const maplibre = hold(/maplibre-gl\.[^/]*\.mjs$/);
	await page.context().route(maplibre.pattern, maplibre.handler);
	await page.goto('/?problemes=1');
	await expect(page.getByTestId('problems-counts')).toContainText('6 pour « tout le territoire »', {
		timeout: 30_000
	});
	await expect(page.getByTestId('svg-map').locator('.svg-circles circle')).toHaveCount(26);
	await maplibre.release();
	await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
	await expect(page.getByTestId('svg-map')).toBeHidden();
	const at = await page.evaluate(
		() => (window as unknown as { __atTakeover: unknown }).__atTakeover
	);
	expect(at).toEqual({ svg: 26, layer: true, features: 26 });
	expect(outsideRequests(watch.requests)).toEqual([]);
	expect(watch.errors).toEqual([]);
});

test('a link to the problems whose counts fail says so over the map, and the map comes', async ({
	page,
	watch
}) => {
	await page.context().route('**/*.wasm', (route) => route.abort());
	await page.goto('/?problemes=1');
	await expect(page.getByTestId('problems-failed')).toContainText(
		'les problématiques des ateliers ne peuvent pas être comptées ici',
		{ timeout: 30_000 }
	);
	await expect(page.getByTestId('problems-failed')).toBeInViewport();
	await expect(page.getByTestId('map')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
	expect(outsideRequests(watch.requests)).toEqual([]);
});
