/**
 * Developer tool: how long a slide change takes to reach a completely painted map while
 * presenting (issue 12: ≤ 600 ms), and whether a map was ever visible before its first complete
 * paint. Serve the build first (`vite preview`), then:
 *   PW_PORT=4190 [SIZE=1920x1080] [ROUNDS=3] npx tsx tests/e2e/tools/probe-transitions.ts
 * Time runs from the `present:show` mark (the slide changes) to the first frame where the new
 * view's map is complete on screen: the SVG map with the view's colours (`data-painted`, also
 * marked `map:svg-painted`) or MapLibre's map (`map:painted`, its `idle` after the new colours).
 * MapLibre's own time is a second column. Not a test: timings depend on the machine.
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../helpers/chromium';

const port = Number(process.env.PW_PORT ?? 4173);
const [width, height] = (process.env.SIZE ?? '1920x1080').split('x').map(Number) as [
	number,
	number
];
const rounds = Number(process.env.ROUNDS ?? 3);
const VIEWS: [string, string][] = [
	['/', '?indicateur=chomage_15_24'],
	['/', '?indicateur=taux_pauvrete_2021'],
	['/', '?indicateur=part_15_29'],
	['/croisements/', ''],
	['/', '?indicateur=population_2022'],
	['/concentrations/', '?theme=jeunesse']
];
const deck = {
	format: 'atlas-presentation',
	version: 1,
	title: 'Sonde',
	slides: VIEWS.map(([path, search], i) => ({
		kind: 'view',
		id: `s-${i}`,
		title: `Vue ${i + 1}`,
		notes: '',
		path,
		search
	}))
};

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const ctx = await browser.newContext({ viewport: { width, height }, locale: 'fr-FR' });
const page = await ctx.newPage();
// Every frame: is a map visible (opacity > 0) that has never been ready? Counted, never expected.
// (A string: tsx would wrap named functions in a helper the page does not have.)
await page.addInitScript(`
	const ready = new WeakSet();
	window.__halfDrawn = 0;
	function tick() {
		for (const el of document.querySelectorAll('[data-drawn]')) {
			if (el.getAttribute('data-state') === 'ready') ready.add(el);
			else if (!ready.has(el) && Number(getComputedStyle(el).opacity) > 0) window.__halfDrawn++;
		}
		// An SVG map on screen with its communes but not yet the view's colours.
		for (const el of document.querySelectorAll('[data-svg-map][data-painted="false"]'))
			if (el.querySelector('svg') && el.checkVisibility()) window.__halfDrawn++;
		requestAnimationFrame(tick);
	}
	requestAnimationFrame(tick);
`);
await page.goto(`http://localhost:${port}/presentation/`);
await page.evaluate((d) => localStorage.setItem('atlas-presentation', JSON.stringify(d)), deck);
await page.reload();
await page.getByRole('button', { name: 'Présenter', exact: true }).click();
await page.locator('[data-drawn="true"]').first().waitFor({ timeout: 60_000 });
// Let the engine start on the first slide, as it would while the speaker introduces the deck
// (a fixed wait was too short on a loaded machine: the first round then timed the engine's start).
await page.waitForFunction(
	() => performance.getEntriesByName('atlas:duckdb-ready').length > 0,
	null,
	{
		timeout: 180_000
	}
);
await page.waitForTimeout(2000);

const times: { to: string; ms: number; maplibre: number; samePage: boolean }[] = [];
for (let r = 0; r < rounds; r++) {
	for (let i = 0; i < VIEWS.length; i++) {
		const next = (i + 1) % VIEWS.length;
		// Same page: the first complete paint after the change. Another page: its new map's first
		// complete paint, SVG or MapLibre (the old page's maps may still report one while it goes).
		const samePage = VIEWS[next]![0] === VIEWS[i]![0];
		await page.evaluate(
			`document.querySelectorAll('[data-drawn], [data-svg-map]').forEach((m) => (m.__probeOld = true))`
		);
		await page.keyboard.press(next === 0 ? 'Home' : 'ArrowRight');
		const [ms, maplibre] = (await page.evaluate(`(async (samePage) => {
			const shows = performance.getEntriesByName('present:show');
			const show = shows[shows.length - 1];
			const isNew = (el) => el && !el.__probeOld;
			let first = NaN;
			for (let t = 0; t < 1200; t++) {
				const now = performance.now() - show.startTime;
				let maplibre = NaN;
				if (samePage) {
					const painted = performance
						.getEntriesByName('map:painted')
						.find((m) => m.startTime >= show.startTime);
					if (painted) maplibre = painted.startTime - show.startTime;
				} else if (isNew(document.querySelector('[data-drawn="true"]'))) maplibre = now;
				const svg = [...document.querySelectorAll('[data-svg-map][data-painted="true"]')].find(
					(el) => isNew(el) && el.checkVisibility()
				);
				if (Number.isNaN(first) && !samePage && svg) first = now;
				if (!Number.isNaN(maplibre)) return [Number.isNaN(first) ? maplibre : first, maplibre];
				await new Promise((r) => requestAnimationFrame(r));
			}
			return [first, NaN];
		})(${samePage})`)) as [number, number];
		times.push({
			to: VIEWS[next]!.join(''),
			ms: Math.round(ms),
			maplibre: Math.round(maplibre),
			samePage
		});
		await page.waitForTimeout(600);
	}
}
for (const t of times)
	console.log(
		`${t.ms} ms (MapLibre ${t.maplibre} ms) → ${t.to}${t.samePage ? ' (même page)' : ''}`
	);
const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const [what, same] of [
	['same page (recolour)', true],
	['page change (new map)', false]
] as const) {
	const these = times.filter((t) => t.samePage === same);
	const ms = these.map((t) => t.ms);
	const gl = these.map((t) => t.maplibre);
	console.log(
		`${width}x${height} ${what}: complete map median ${median(ms)} ms, max ${Math.max(...ms)} ms; MapLibre median ${median(gl)} ms, max ${Math.max(...gl)} ms; over ${ms.length}`
	);
}
console.log(
	`frames with a map visible before its first paint: ${await page.evaluate(() => (window as unknown as { __halfDrawn: number }).__halfDrawn)}`
);
await browser.close();
