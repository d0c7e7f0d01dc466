/**
 * A map started before the page's framework runs. The prerendered HTML of the map page carries
 * its map's constructor settings on the map's container (`data-map-settings`) and an inline
 * script (`earlyMapScript`, written into the head at build time by `hooks.server.ts`) that loads
 * MapLibre and creates the map there as soon as its container is parsed, as a bare MapLibre page would,
 * while SvelteKit's own modules still load. The page's MapRoot adopts it after hydration
 * (`takeEarlyMap`).
 */
import {
	createMap,
	finishMap,
	MAPLIBRE_URL,
	MAPLIBRE_WORKER_URL,
	type MapLibre,
	type MapOptions,
	type MapSettings
} from './create-map';
import type { MapContext } from './map-context';

/** Attribute of a prerendered map container holding its constructor settings as JSON. */
export const EARLY_MAP_ATTR = 'data-map-settings';

interface Started {
	maplibre: MapLibre;
	map: import('maplibre-gl').Map;
}
/**
 * What the inline script leaves on `window`: the map once its style is parsed, or null; and
 * MapLibre's module evaluated (or failed), which the framework's start waits for (`withEarlyMap`).
 */
type EarlyWindow = { atlasEarlyMap?: Promise<Started | null>; atlasMapModule?: Promise<void> };

/**
 * The inline script's body. Its source is written into the HTML (`earlyMapScript`), so it uses
 * nothing but its arguments and the browser: no import, no outside name.
 */
function boot(maplibreUrl: string, workerUrl: string, attr: string, preloads: string[]): void {
	// The framework's modules, preloaded once MapLibre's module is in: parsed alongside it, they
	// more than doubled its parse on 2 cores (traced: 555 ms against 142 ms for a bare page).
	const preload = () => {
		for (const href of preloads) {
			const link = document.createElement('link');
			link.rel = 'modulepreload';
			link.href = href;
			document.head.append(link);
		}
	};
	let gl = false;
	try {
		gl = !!document.createElement('canvas').getContext('webgl2');
	} catch {
		gl = false;
	}
	// No WebGL: the page shows its SVG map and says why. A URL asking for the problems puts
	// their counts first: the page creates MapLibre once they are shown (Atlas.mapWanted), and
	// its SVG map is the map until then. Either way the framework starts at once.
	if (!gl || new URLSearchParams(location.search).get('problemes') === '1') return preload();
	performance.mark('map:early'); // the benchmark's breakdown
	// The map's container is complete once the parser has gone past it (it has a next sibling):
	// the map is created then, without waiting for the rest of the page to be parsed.
	const placed = () =>
		new Promise((resolve) => {
			const ready = () =>
				document.readyState !== 'loading' || !!document.querySelector(`[${attr}]`)?.nextSibling;
			if (ready()) return resolve(null);
			const watch = new MutationObserver(() => ready() && done());
			const done = () => {
				watch.disconnect();
				resolve(null);
			};
			watch.observe(document, { childList: true, subtree: true });
			document.addEventListener('DOMContentLoaded', done, { once: true });
		});
	// MapLibre's workers start as soon as its module is here, before the page is parsed.
	const loaded = import(/* @vite-ignore */ maplibreUrl).then((maplibre: MapLibre) => {
		maplibre.setWorkerUrl(workerUrl);
		maplibre.prewarm();
		return maplibre;
	});
	// The framework waits for MapLibre's module 3 s at most: on a slow or cut link the page
	// still answers (its SVG map, the search, the panel) while MapLibre's module comes.
	const waited = new Promise((resolve) => setTimeout(resolve, 3000));
	(window as unknown as EarlyWindow).atlasMapModule = Promise.race([loaded, waited]).then(
		preload,
		preload
	);
	const started = loaded.then(async (maplibre) => {
		await placed();
		const slot = document.querySelector(`[${attr}]`);
		if (!slot) return null;
		// A child of its own: the framework keeps the container's attributes as it renders them.
		const inner = document.createElement('div');
		inner.style.cssText = 'position:absolute;inset:0';
		slot.append(inner);
		performance.mark('map:create');
		const settings = JSON.parse(slot.getAttribute(attr)!) as MapSettings;
		const map = new maplibre.Map({ ...settings.map, container: inner });
		for (const { id, width, height, data, pixelRatio } of settings.images)
			map.addImage(id, { width, height, data: Uint8Array.from(data) }, { pixelRatio });
		const parsedSource = () => {
			if (!map.isSourceLoaded('communes')) return;
			performance.mark('map:source-loaded');
			map.off('sourcedata', parsedSource);
		};
		map.on('sourcedata', parsedSource);
		return new Promise<Started>((resolve) =>
			map.once('style.load', () => resolve({ maplibre, map }))
		);
	});
	(window as unknown as EarlyWindow).atlasEarlyMap = started.catch(() => null);
}

/** SvelteKit's start in the page's HTML: its two entry modules, imported together. */
const KIT_START = /Promise\.all\(\[(\s*import\("[^"]+"\),\s*import\("[^"]+"\)\s*)\]\)/;

/**
 * The map page's HTML as the browser should load it: MapLibre first, alone.
 * - Its stylesheet (the only one not inlined) and its module come first in the head.
 * - The framework's ~60 module preloads leave the head: the inline script adds them once
 *   MapLibre's module is evaluated, and SvelteKit's start waits for that too. Loaded and parsed
 *   alongside MapLibre's, they delayed it (the map was created at 0,73 s against 0,24 s for a
 *   bare MapLibre page; 0,38–0,50 s without them, bench of 2 Dec 2026).
 * - The head ends with the inline script that starts the map of its `[data-map-settings]`
 *   container.
 */
export function withEarlyMap(html: string): string {
	if (!KIT_START.test(html)) throw new Error('withEarlyMap : démarrage de SvelteKit introuvable');
	const sheets: string[] = [];
	let out = html.replace(/<link href="[^"]+\.css" rel="stylesheet">/g, (link) => {
		sheets.push(link);
		return '';
	});
	const first = out.search(/<link href="[^"]+" rel="modulepreload"/);
	const preloads: string[] = [];
	out = out.replace(/<link href="([^"]+)" rel="modulepreload">/g, (_, href: string) => {
		preloads.push(href);
		return '';
	});
	const mapFirst = `${sheets.join('')}<link rel="modulepreload" href="${MAPLIBRE_URL}">`;
	out =
		first < 0
			? out.replace('</head>', `${mapFirst}</head>`)
			: out.slice(0, first) + mapFirst + out.slice(first);
	out = out.replace(
		KIT_START,
		(_, imports: string) =>
			`(window.atlasMapModule || Promise.resolve()).then(() => Promise.all([${imports}]))`
	);
	return out.replace('</head>', `${earlyMapScript(preloads)}</head>`);
}

/** The inline script that starts the map (`boot`, with its arguments). */
export function earlyMapScript(preloads: string[] = []): string {
	const args = [MAPLIBRE_URL, MAPLIBRE_WORKER_URL, EARLY_MAP_ATTR, preloads].map((a) =>
		JSON.stringify(a)
	);
	return `<script>(${boot.toString()})(${args.join(',')})</script>`;
}

/**
 * The map the inline script started in `container`, handed over once; null if there is none.
 * Should that start have failed, the map is created here instead.
 */
export function takeEarlyMap(
	container: HTMLElement,
	options: MapOptions
): Promise<MapContext> | null {
	const w = window as unknown as EarlyWindow;
	const early = w.atlasEarlyMap;
	if (!early || !container.hasAttribute(EARLY_MAP_ATTR)) return null;
	delete w.atlasEarlyMap;
	return early.then((got) =>
		got ? finishMap(got.maplibre, got.map) : createMap(container, options)
	);
}
