// jsdom (the client project): the inline script and the hand-over run against a DOM.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAPLIBRE_URL, mapSettings, type MapOptions } from './create-map';
import {
	CHOROPLETH_LIVE,
	EARLY_LINES_CLASS,
	EARLY_LIVE_CLASS,
	EARLY_MAP_ATTR,
	EARLY_NAMES,
	earlyMapScript,
	showWhenIdle,
	takeEarlyMap,
	withEarlyMap
} from './early-map';
import { MapContext, type EarlyClicks } from './map-context';
import { PENDING_CLASS } from './svg/prerender';

type W = { atlasEarlyMap?: Promise<unknown> };
const scriptBody = () => /^<script>([\s\S]*)<\/script>$/.exec(earlyMapScript())![1]!;
const OPTIONS: MapOptions = {
	communes: '/data/communes.geojson',
	bounds: [3, 43, 5, 45],
	attribution: ''
};

afterEach(() => {
	delete (window as unknown as W).atlasEarlyMap;
	document.body.innerHTML = '';
	document.documentElement.className = '';
	performance.clearMarks();
	vi.unstubAllGlobals();
	vi.restoreAllMocks();
});

describe('the map started from the HTML', () => {
	it('loads MapLibre first and alone, the framework once its module is in', () => {
		// The page as SvelteKit writes it: its module preloads, a stylesheet it could not inline,
		// the disabled ones it keeps for later, and its start script.
		const start = (then: string) =>
			`<script>${then}import("./_app/start.js"),\n\timport("./_app/app.js")\n]))</script>`;
		const page =
			'<head><meta charset="utf-8"><script>early()</script>' +
			'<link href="./_app/start.js" rel="modulepreload">' +
			'<link href="./_app/chunk.js" rel="modulepreload">' +
			'<link href="./_app/webgl.css" rel="stylesheet">' +
			'<link href="./_app/later.css" rel="stylesheet" disabled media="(max-width: 0)">' +
			'<title>Atlas</title></head><body>' +
			start('Promise.all([').replace(']))', '])') +
			'</body>';
		expect(withEarlyMap(page)).toBe(
			'<head><meta charset="utf-8"><script>early()</script>' +
				'<link href="./_app/webgl.css" rel="stylesheet">' +
				`<link rel="modulepreload" href="${MAPLIBRE_URL}">` +
				'<link href="./_app/later.css" rel="stylesheet" disabled media="(max-width: 0)">' +
				`<title>Atlas</title>${earlyMapScript(['./_app/start.js', './_app/chunk.js'])}</head><body>` +
				start(
					'(window.atlasMapModule || Promise.resolve()).then(() => window.atlasGate).then(() => Promise.all(['
				) +
				'</body>'
		);
		// Its source is the compiled function's text: it must still be a whole, valid script.
		expect(() => new Function(scriptBody())).not.toThrow();
		// A SvelteKit whose start script changed would load the framework before MapLibre again:
		// the build stops instead.
		expect(() => withEarlyMap('<head></head><body></body>')).toThrow(/SvelteKit/);
	});

	it('without WebGL (jsdom has none) the framework’s modules are preloaded at once', () => {
		document.head.innerHTML = '';
		const body = /^<script>([\s\S]*)<\/script>$/.exec(
			earlyMapScript(['./_app/a.js', './_app/b.js'])
		)![1]!;
		new Function(body)();
		expect(
			[...document.head.querySelectorAll('link[rel="modulepreload"]')].map((l) =>
				l.getAttribute('href')
			)
		).toEqual(['./_app/a.js', './_app/b.js']);
		expect((window as unknown as { atlasMapModule?: unknown }).atlasMapModule).toBeUndefined();
	});

	it('starts nothing without WebGL (jsdom has none): the SVG map stays the map', () => {
		document.body.innerHTML = `<div ${EARLY_MAP_ATTR}="{}"></div>`;
		new Function(scriptBody())();
		expect((window as unknown as W).atlasEarlyMap).toBeUndefined();
		expect(document.querySelector(`[${EARLY_MAP_ATTR}]`)!.children).toHaveLength(0);
	});

	it('hands the started map over once, to its own container only, with its controls', async () => {
		const calls: string[] = [];
		const map = {
			touchZoomRotate: { disableRotation: () => calls.push('no-rotation') },
			addControl: (_c: unknown, where: string) => calls.push(`control ${where}`),
			getContainer: () => document.createElement('div'),
			on: (type: string) => calls.push(`on ${type}`)
		};
		const maplibre = { NavigationControl: class {} };
		const fit = vi.spyOn(MapContext.prototype, 'fit').mockImplementation(() => undefined);
		(window as unknown as W).atlasEarlyMap = Promise.resolve({ maplibre, map });
		const other = document.createElement('div');
		expect(takeEarlyMap(other, OPTIONS)).toBeNull();
		const slot = document.createElement('div');
		slot.setAttribute(EARLY_MAP_ATTR, '{}');
		const taken = takeEarlyMap(slot, OPTIONS);
		expect(taken).not.toBeNull();
		expect(await taken).toBeInstanceOf(MapContext);
		// The attribution closes when the map becomes short (attribution.ts).
		expect(calls).toEqual(['no-rotation', 'control top-right', 'on resize']);
		// Fitted again: the page's layout may have moved since the map was created.
		expect(fit).toHaveBeenCalledWith(OPTIONS.bounds);
		// Once: a later page's map (another visit to /) is created as usual.
		expect(takeEarlyMap(slot, OPTIONS)).toBeNull();
	});
});

/** A map as `showWhenIdle` uses it: its feature-states, its idle listener and its view. */
function fakeMap(view = { lng: 4, lat: 44, zoom: 8 }) {
	const states = new Map<string, unknown>();
	const waiting: Record<string, (() => void)[]> = {};
	const calls: string[] = [];
	const fire = (type: string) => waiting[type]?.splice(0).forEach((cb) => cb());
	const listeners = new Map<string, (e: { point: string }) => void>();
	const map = {
		setFeatureState: (f: { source: string; id: string }, s: unknown) =>
			states.set(`${f.source}/${f.id}`, s),
		once: (type: string, cb: () => void) => (waiting[type] ??= []).push(cb),
		addSource: (id: string) => calls.push(`source ${id}`),
		addLayer: (l: { id: string }) => calls.push(`layer ${l.id}`),
		getSource: () => undefined,
		getLayer: () => undefined,
		on: (type: string, cb: (e: { point: string }) => void) => listeners.set(type, cb),
		off: (type: string) => listeners.delete(type),
		// The commune under a point, by name: the fake's point is the commune's code.
		queryRenderedFeatures: (point: string, o: { layers: string[] }) =>
			point && o.layers.includes('territory-fill') ? [{ properties: { code: point } }] : [],
		getCenter: () => ({ lng: view.lng, lat: view.lat }),
		getZoom: () => view.zoom,
		cooperativeGestures: { enable: () => calls.push('cooperative') },
		// The box's size and the view that fits the territory in it (`fit` below).
		getContainer: () => ({ clientWidth: 800, clientHeight: box.height }),
		getCanvas: () => ({ clientWidth: 800, clientHeight: canvas.height }),
		resize: () => {
			calls.push('resize');
			canvas.height = box.height;
		},
		cameraForBounds: () => ({ ...fitting }),
		jumpTo: (c: { center: { lng: number; lat: number }; zoom: number }) => {
			calls.push(`jump ${c.zoom}`);
			Object.assign(view, c.center, { zoom: c.zoom });
		}
	};
	const box = { height: 600 };
	const canvas = { height: 600 };
	let fitting = { center: { lng: view.lng, lat: view.lat }, zoom: view.zoom };
	return {
		map,
		states,
		calls,
		view,
		idle: () => fire('idle'),
		move: () => fire('movestart'),
		refused: () => fire('cooperativegestureprevented'),
		/** A click on commune `code` ('' outside every commune); false if nothing listens. */
		click: (code: string) => !!listeners.get('click')?.({ point: code }),
		listening: () => listeners.has('click'),
		/** The page's layout changes the box: the territory now fits at `zoom`. */
		shrink: (height: number, zoom: number) => {
			box.height = height;
			fitting = { center: fitting.center, zoom };
		}
	};
}

/** MapLibre's module as `showWhenIdle` uses it, and the territory's box as `mapSettings` gives. */
const MAPLIBRE = { LngLat: { convert: (c: { lng: number; lat: number }) => c } };
const FIT = { bounds: OPTIONS.bounds, padding: 16 };

/** `showWhenIdle` on a fake map; returns what the map was handed as `started`. */
function show(
	fake: ReturnType<typeof fakeMap>,
	{
		later,
		open = () => undefined,
		opened = false
	}: { later?: unknown; open?: () => void; opened?: boolean } = {}
): { shown?: unknown; clicks?: EarlyClicks } {
	const started = { maplibre: MAPLIBRE, map: fake.map, fit: FIT, later };
	showWhenIdle(started as never, EARLY_NAMES, open, () => opened);
	return started as { shown?: unknown; clicks?: EarlyClicks };
}

/** The prerendered SVG map as markup.ts writes it: two coloured communes, one n.d., one waiting. */
function svgMap() {
	document.body.innerHTML =
		'<div data-svg-map><svg><g>' +
		'<path class="t" data-code="30007" fill="#fee391"/>' +
		'<path class="t" data-code="30010" fill="url(#atlas-nd-hatch)"/>' +
		'<path class="t" data-code="30020" fill="#b30000"/>' +
		'<path class="t" data-code="30030" fill="#f4f5f7"/>' +
		'<path class="c" data-code="34001" fill="#e4e7eb"/>' +
		'</g><g class="small-denominators after-first-paint"><path data-code="30010"/><path data-code="30020"/></g>' +
		'</svg></div>';
}

const media = (coarse: boolean) =>
	vi.stubGlobal('matchMedia', (q: string) => ({ matches: coarse && q.includes('coarse') }));

describe('the map started from the HTML, on screen before the page', () => {
	it('takes the SVG map’s colours, n.d. and dashes, and goes on screen at its first idle', () => {
		svgMap();
		media(false);
		const fake = fakeMap();
		let opened = 0;
		const started = show(fake, { open: () => opened++ });
		// Feature-states as communeStates writes them; the waiting commune and the context get none.
		expect(Object.fromEntries(fake.states)).toEqual({
			'communes/30007': { fill: '#fee391', missing: false, small: false },
			'communes/30010': { fill: null, missing: true, small: true },
			'communes/30020': { fill: '#b30000', missing: false, small: true }
		});
		// Not on screen before MapLibre has drawn it.
		expect(document.documentElement.classList.contains(EARLY_LIVE_CLASS)).toBe(false);
		expect(opened).toBe(0);
		fake.idle();
		expect(document.documentElement.classList.contains(EARLY_LIVE_CLASS)).toBe(true);
		expect(performance.getEntriesByName(CHOROPLETH_LIVE)).toHaveLength(1);
		expect(opened).toBe(1);
		expect(started.shown).toEqual({ lng: 4, lat: 44, zoom: 8 });
		expect(fake.calls).toEqual([]);
	});

	it('keeps the SVG map’s lines over its fills until the page draws them, or a hand moves it', () => {
		svgMap();
		media(false);
		const html = document.documentElement.classList;
		const later = mapSettings({ ...OPTIONS, choropleth: true, outline: '/o.geojson' }).later;
		const fake = fakeMap();
		show(fake, { later });
		fake.idle();
		// On screen with its fills, the SVG map's lines over them: nothing more drawn before the page.
		expect(html.contains(EARLY_LIVE_CLASS)).toBe(true);
		expect(html.contains(EARLY_LINES_CLASS)).toBe(true);
		expect(fake.calls).toEqual([]);
		fake.idle();
		expect(html.contains(EARLY_LINES_CLASS)).toBe(true);
		// Dragged: the SVG's lines would no longer lie on the communes; the map draws its own.
		fake.move();
		expect(html.contains(EARLY_LINES_CLASS)).toBe(false);
		expect(fake.calls).toEqual([
			'source outline',
			'layer commune-line',
			'layer small-line',
			'layer outline-line'
		]);
	});

	it('reads the SVG map’s fills only once the page is parsed (a slow computer)', () => {
		svgMap();
		media(false);
		const fake = fakeMap();
		Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
		try {
			show(fake);
			expect(fake.states.size).toBe(0);
			fake.idle(); // its first frame, before the colours: not shown
			expect(document.documentElement.classList.contains(EARLY_LIVE_CLASS)).toBe(false);
		} finally {
			delete (document as unknown as { readyState?: string }).readyState;
		}
		document.dispatchEvent(new Event('DOMContentLoaded'));
		expect(fake.states.size).toBe(3);
		fake.idle();
		expect(document.documentElement.classList.contains(EARLY_LIVE_CLASS)).toBe(true);
	});

	it('is fitted again to its box before it shows, where the layout moved meanwhile', () => {
		svgMap();
		media(false);
		const fake = fakeMap();
		show(fake);
		// Made while the page's box was 600 px high; 560 once the page is laid out.
		fake.shrink(560, 7.9);
		fake.idle();
		expect(fake.calls).toEqual(['resize', 'jump 7.9']);
		// Not shown at the old fit: the SVG map's lines would lie off its communes.
		expect(document.documentElement.classList.contains(EARLY_LIVE_CLASS)).toBe(false);
		fake.idle();
		expect(document.documentElement.classList.contains(EARLY_LIVE_CLASS)).toBe(true);
		expect(fake.view.zoom).toBe(7.9);
	});

	it('draws its own lines when a gesture is refused on a phone (its message over them)', () => {
		svgMap();
		media(true);
		const later = mapSettings({ ...OPTIONS, choropleth: true, outline: '/o.geojson' }).later;
		const fake = fakeMap();
		show(fake, { later });
		fake.idle();
		expect(document.documentElement.classList.contains(EARLY_LINES_CLASS)).toBe(true);
		fake.refused();
		expect(document.documentElement.classList.contains(EARLY_LINES_CLASS)).toBe(false);
		expect(fake.calls.filter((c) => c.startsWith('layer'))).toHaveLength(3);
	});

	it('keeps the last commune clicked before the page listens, and the page answers it once', () => {
		svgMap();
		media(false);
		const fake = fakeMap();
		const started = show(fake);
		expect(fake.listening()).toBe(false); // not before it is on screen
		fake.idle();
		fake.click('30020');
		fake.click('30007');
		expect(started.clicks!.last).toBe('30007');
		const ctx = new MapContext({
			...fake.map,
			getLayer: () => ({}),
			on: () => undefined,
			off: () => undefined
		} as never);
		ctx.keepEarlyClicks(started.clicks!);
		const selected: (string | null)[] = [];
		ctx.listen({ onHover: () => undefined, onSelect: (c) => selected.push(c) });
		expect(selected).toEqual(['30007']);
		// The early recording stopped: the page's own listener answers from now on.
		expect(fake.listening()).toBe(false);
		ctx.listen({ onHover: () => undefined, onSelect: (c) => selected.push(c) });
		expect(selected).toEqual(['30007']);
		// A click outside every commune is answered as one (the page closes its panel).
		const other = fakeMap();
		const second = show(other);
		other.idle();
		other.click('');
		expect(second.clicks!.last).toBeNull();
		const none = fakeMap();
		const third = show(none);
		none.idle();
		expect(third.clicks!.last).toBeUndefined();
	});

	it('on a touch screen, one finger scrolls the page, as on the page’s map', () => {
		svgMap();
		media(true);
		const fake = fakeMap();
		show(fake);
		fake.idle();
		expect(fake.calls).toEqual(['cooperative']);
	});

	it('leaves the map hidden when the SVG map waits for another view’s colours', () => {
		svgMap();
		media(false);
		document.documentElement.classList.add(PENDING_CLASS);
		const fake = fakeMap();
		let opened = 0;
		show(fake, { open: () => opened++ });
		// The default view's fills are still in the SVG's attributes: none is copied.
		expect(fake.states.size).toBe(0);
		// The framework starts at once: it has the colours to compute.
		expect(opened).toBe(1);
		fake.idle();
		expect(document.documentElement.classList.contains(EARLY_LIVE_CLASS)).toBe(false);
	});

	it('leaves the hand-over to the page when the framework already started (slow machine)', () => {
		svgMap();
		media(false);
		const fake = fakeMap();
		show(fake, { opened: true });
		fake.idle();
		expect(document.documentElement.classList.contains(EARLY_LIVE_CLASS)).toBe(false);
		expect(performance.getEntriesByName(CHOROPLETH_LIVE)).toHaveLength(0);
	});

	it('is fitted again when the page takes it, unless a hand moved it once on screen', async () => {
		const fit = vi.spyOn(MapContext.prototype, 'fit').mockImplementation(() => undefined);
		const take = async (shown: { lng: number; lat: number; zoom: number } | undefined) => {
			const fake = fakeMap();
			const map = {
				...fake.map,
				touchZoomRotate: { disableRotation: () => undefined },
				addControl: () => undefined,
				getContainer: () => document.createElement('div'),
				on: () => undefined
			};
			const maplibre = { NavigationControl: class {} };
			(window as unknown as W).atlasEarlyMap = Promise.resolve({ maplibre, map, shown });
			const slot = document.createElement('div');
			slot.setAttribute(EARLY_MAP_ATTR, '{}');
			await takeEarlyMap(slot, OPTIONS);
		};
		await take(undefined); // never shown: fitted to the page's layout
		await take({ lng: 4, lat: 44, zoom: 8 }); // shown, not moved since
		expect(fit).toHaveBeenCalledTimes(2);
		await take({ lng: 4, lat: 44, zoom: 9 }); // zoomed by hand before the page started
		await take({ lng: 4.2, lat: 44, zoom: 8 }); // dragged
		expect(fit).toHaveBeenCalledTimes(2);
	});

	it('carries the rest of the map for after its first frame: lines, dashes, outline', () => {
		const layers = (o: MapOptions) =>
			(mapSettings(o).map.style as { layers: { id: string }[] }).layers.map((l) => l.id);
		const colours = ['background', 'context-fill', 'territory-fill', 'missing-hatch'];
		expect(layers({ ...OPTIONS, choropleth: true })).toEqual(colours);
		expect(mapSettings({ ...OPTIONS, choropleth: true }).later).toBeUndefined();
		const whole = { ...OPTIONS, choropleth: true, outline: '/data/territory-outline.geojson' };
		// The first frame is the same: the colours only.
		expect(layers(whole)).toEqual(colours);
		const later = mapSettings(whole).later!;
		expect(later.layers.map((l) => l.id)).toEqual(['commune-line', 'small-line', 'outline-line']);
		expect(later.sources).toEqual({
			outline: { type: 'geojson', data: '/data/territory-outline.geojson' }
		});
		// As plain data: the prerendered HTML carries it as JSON.
		expect(JSON.parse(JSON.stringify(mapSettings(whole)))).toEqual(mapSettings(whole));
	});
});
