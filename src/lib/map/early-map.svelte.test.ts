// jsdom (the client project): the inline script and the hand-over run against a DOM.
import { afterEach, describe, expect, it } from 'vitest';
import { MAPLIBRE_URL, type MapOptions } from './create-map';
import { EARLY_MAP_ATTR, earlyMapScript, takeEarlyMap, withEarlyMap } from './early-map';
import { MapContext } from './map-context';

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
				start('(window.atlasMapModule || Promise.resolve()).then(() => Promise.all([') +
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
		// Once: a later page's map (another visit to /) is created as usual.
		expect(takeEarlyMap(slot, OPTIONS)).toBeNull();
	});
});
