// jsdom (the client project): the inline script and the hand-over run against a DOM.
import { afterEach, describe, expect, it } from 'vitest';
import { MAPLIBRE_URL, type MapOptions } from './create-map';
import { EARLY_MAP_ATTR, earlyMapHead, takeEarlyMap } from './early-map';
import { MapContext } from './map-context';

type W = { atlasEarlyMap?: Promise<unknown> };
const scriptBody = () => /<script>([\s\S]*)<\/script>$/.exec(earlyMapHead())![1]!;
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
	it('preloads MapLibre, then a script that the browser can parse', () => {
		expect(earlyMapHead().startsWith(`<link rel="modulepreload" href="${MAPLIBRE_URL}">`)).toBe(
			true
		);
		// Its source is the compiled function's text: it must still be a whole, valid script.
		expect(() => new Function(scriptBody())).not.toThrow();
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
			addControl: (_c: unknown, where: string) => calls.push(`control ${where}`)
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
		expect(calls).toEqual(['no-rotation', 'control top-right']);
		// Once: a later page's map (another visit to /) is created as usual.
		expect(takeEarlyMap(slot, OPTIONS)).toBeNull();
	});
});
