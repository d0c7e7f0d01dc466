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
import { FILL_LAYERS, type EarlyClicks, type MapContext } from './map-context';
import { COMMUNES_SOURCE } from './style';
import { CIRCLES_CLASS as HTML_CIRCLES_CLASS, PENDING_CLASS } from './svg/prerender';
import { HATCH_ID, PENDING_FILL, SMALL_CLASS } from './svg/markup';
import { ONE_COLUMN } from '$lib/ui/breakpoints';

/** Attribute of a prerendered map container holding its constructor settings as JSON. */
export const EARLY_MAP_ATTR = 'data-map-settings';

/**
 * Class on `<html>` while the map started from the HTML is on screen before the page has taken
 * it over: MapLibre's canvas shown, the SVG map hidden but its legend (MapRoot, SvgMap). The
 * page removes it once its own map is ready (AtlasMap).
 */
export const EARLY_LIVE_CLASS = 'atlas-map-live';

/**
 * Class on `<html>` while the early map on screen has its fills only: the SVG map's lines, dashed
 * outlines and territory outline stay over them (its fills transparent) until MapLibre has drawn
 * its own, or the map is moved.
 */
export const EARLY_LINES_CLASS = 'atlas-map-lines';

/** The mark of MapLibre's choropleth on screen, idle: the early map's or the page's. */
export const CHOROPLETH_LIVE = 'map:choropleth-live';

type MlMap = import('maplibre-gl').Map;
/** The view the early map was shown at, to tell later whether a hand moved it. */
type View = { lng: number; lat: number; zoom: number };

interface Started {
	maplibre: MapLibre;
	map: MlMap;
	/** What the map adds once on screen (`MapSettings.later`). */
	later?: MapSettings['later'];
	/** The territory's box and padding, as the SVG map fits them (`mapSettings`). */
	fit?: {
		bounds: MapSettings['map']['bounds'];
		padding: import('maplibre-gl').CameraForBoundsOptions['padding'];
	};
	/** Set when the map went on screen before the page took it (`showWhenIdle`). */
	shown?: View;
	/** The clicks on it since, for the page to answer (`MapContext.keepEarlyClicks`). */
	clicks?: EarlyClicks;
}
/**
 * What the inline script leaves on `window`: the map once its style is parsed, or null;
 * MapLibre's module evaluated (or failed), then the early map on screen (or given up), which the
 * framework's start waits for (`withEarlyMap`).
 */
type EarlyWindow = {
	atlasEarlyMap?: Promise<Started | null>;
	atlasMapModule?: Promise<void>;
	atlasGate?: Promise<void>;
};

/** What `showWhenIdle` reads in the page: written into the inline script as JSON. */
export interface EarlyNames {
	/** The SVG map's territory paths, whose fills the map copies (markup.ts). */
	communes: string;
	/** The SVG map's dashed outlines of tiny denominators. */
	small: string;
	source: string;
	hatchFill: string;
	pendingFill: string;
	/** Classes on `<html>` that mean the SVG map does not show the view the URL asks for. */
	notShown: string[];
	liveClass: string;
	/** Class on `<html>` while the SVG map's lines are shown over MapLibre's fills. */
	linesClass: string;
	oneColumn: string;
	/** The performance mark of the map on screen (`CHOROPLETH_LIVE`). */
	mark: string;
	/** The layers a click reads its commune from (`MapContext.listen`'s). */
	fills: string[];
}

export const EARLY_NAMES: EarlyNames = {
	communes: '[data-svg-map] path.t[data-code]',
	small: `[data-svg-map] .${SMALL_CLASS} path[data-code]`,
	source: COMMUNES_SOURCE,
	hatchFill: `url(#${HATCH_ID})`,
	pendingFill: PENDING_FILL,
	notShown: [PENDING_CLASS, HTML_CIRCLES_CLASS],
	liveClass: EARLY_LIVE_CLASS,
	linesClass: EARLY_LINES_CLASS,
	oneColumn: ONE_COLUMN,
	mark: CHOROPLETH_LIVE,
	fills: FILL_LAYERS
};

/** At most this long after navigation, the framework starts even if the map is not on screen. */
export const GATE_MAX_MS = 2000;

/**
 * Run by the inline script once MapLibre has parsed its style (its source is written into the
 * HTML, so it uses nothing but its arguments and the browser). When the SVG map shows the view
 * the URL asks for, the map takes its colours (feature-states as `communeStates` writes them: a
 * hatch fill is n.d., the pending fill no state; the dashed outlines are `small`) and, at its
 * first idle, goes on screen in its place (`liveClass` on `<html>`): the territory can be moved
 * and zoomed before the framework has started, as on a bare MapLibre page. Hover comes with the
 * page; the last click on a commune is kept for the page to answer once it listens. Its first frame has the fills only, and the SVG map's lines, dashed
 * outlines of tiny denominators and territory outline stay over them (`linesClass`) until the
 * page has drawn the map's own, or a hand moves the map (it then draws them, `later`). Drawn at
 * once, they held the page's start about 0,4 s (one more pass over every commune per line layer in
 * software WebGL, README). `open` lets the framework start; `opened` tells whether it was
 * already let go (after `GATE_MAX_MS`): the page then hands over itself.
 */
export function showWhenIdle(
	started: Started,
	names: EarlyNames,
	open: () => void,
	opened: () => boolean
): void {
	const { map, maplibre } = started;
	const root = document.documentElement;
	/**
	 * Lays the map out at its box's size now, fitted as the SVG map is; true if it was already.
	 * The same test as `MapContext.fit`, written again: this script can import nothing.
	 */
	const fitted = () => {
		const box = map.getContainer();
		const canvas = map.getCanvas();
		if (box.clientWidth !== canvas.clientWidth || box.clientHeight !== canvas.clientHeight)
			map.resize();
		const fit = started.fit;
		const camera = fit?.bounds && map.cameraForBounds(fit.bounds, { padding: fit.padding });
		if (!camera?.center || camera.zoom === undefined) return true;
		const want = maplibre.LngLat.convert(camera.center);
		const now = map.getCenter();
		// Within a millionth of a zoom level or a degree: far below a pixel.
		const same =
			Math.abs(camera.zoom - map.getZoom()) < 1e-6 &&
			Math.abs(want.lng - now.lng) < 1e-6 &&
			Math.abs(want.lat - now.lat) < 1e-6;
		if (!same) map.jumpTo(camera);
		return same;
	};
	/** The map's own lines, dashes and outline, drawn when the SVG map's can no longer stand in. */
	const drawLines = () => {
		root.classList.remove(names.linesClass);
		for (const [id, spec] of Object.entries(started.later?.sources ?? {}))
			if (!map.getSource(id)) map.addSource(id, spec);
		for (const layer of started.later?.layers ?? [])
			if (!map.getLayer(layer.id)) map.addLayer(layer);
	};
	const show = () => {
		if (opened()) return;
		// The page's layout moved since the map was made (its box was taller while the HTML was
		// parsed on a slow computer): fitted again first, and shown at the next frame.
		if (!fitted()) return map.once('idle', show);
		// The page's gestures on a phone or in one column (create-map.ts's `finishMap` again).
		if (matchMedia('(pointer: coarse)').matches || matchMedia(names.oneColumn).matches)
			map.cooperativeGestures.enable();
		const c = map.getCenter();
		started.shown = { lng: c.lng, lat: c.lat, zoom: map.getZoom() };
		root.classList.add(names.liveClass, names.linesClass);
		// Moved by hand before the page has drawn its lines, the SVG map's no longer lie on the
		// communes; a gesture refused on a phone dims the map under its message, not under them.
		map.once('movestart', drawLines);
		map.once('cooperativegestureprevented', drawLines);
		// A commune clicked before the page can answer: the page answers once it listens.
		const clicks: EarlyClicks = { stop: () => map.off('click', clicked) };
		const clicked = (e: import('maplibre-gl').MapMouseEvent) => {
			const hit = map.queryRenderedFeatures(e.point, { layers: names.fills })[0];
			clicks.last = (hit?.properties?.code as string | undefined) ?? null;
		};
		map.on('click', clicked);
		started.clicks = clicks;
		// MapLibre idle with the choropleth, on screen (the benchmark's `map_interactive_ms`).
		performance.mark(names.mark);
		open();
	};
	// The SVG map's fills are read once the whole page is parsed: on a slow computer its last
	// communes were not there yet when MapLibre had parsed its style.
	const colour = () => {
		if (opened()) return;
		if (names.notShown.some((c) => root.classList.contains(c))) return open();
		const small = new Set(
			[...document.querySelectorAll<SVGPathElement>(names.small)].map((p) => p.dataset.code)
		);
		let coloured = false;
		for (const path of document.querySelectorAll<SVGPathElement>(names.communes)) {
			const fill = path.getAttribute('fill');
			const code = path.dataset.code;
			if (!fill || fill === names.pendingFill || !code) continue;
			const missing = fill === names.hatchFill;
			map.setFeatureState(
				{ source: names.source, id: code },
				{ fill: missing ? null : fill, missing, small: small.has(code) }
			);
			coloured = true;
		}
		if (!coloured) return open();
		map.once('idle', show);
	};
	if (document.readyState === 'loading')
		document.addEventListener('DOMContentLoaded', colour, { once: true });
	else colour();
}

/**
 * The inline script's body. Its source is written into the HTML (`earlyMapScript`), so it uses
 * nothing but its arguments and the browser: no import, no outside name.
 */
function boot(
	maplibreUrl: string,
	workerUrl: string,
	attr: string,
	preloads: string[],
	names: EarlyNames,
	gateMaxMs: number,
	live: typeof showWhenIdle
): void {
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
	// The framework starts once the map is on screen (its start, about 0,2 s of one core, would
	// hold MapLibre's worker handing its tiles back), or `gateMaxMs` after navigation at most.
	let gateOpen = false;
	let open = () => {};
	(window as unknown as EarlyWindow).atlasGate = new Promise<void>((resolve) => {
		open = () => {
			gateOpen = true;
			resolve();
		};
	});
	setTimeout(() => open(), Math.max(0, gateMaxMs - performance.now()));
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
			map.once('style.load', () => {
				const fit = {
					bounds: settings.map.bounds,
					padding: settings.map.fitBoundsOptions?.padding
				};
				const got: Started = { maplibre, map, later: settings.later, fit };
				live(got, names, open, () => gateOpen);
				resolve(got);
			})
		);
	});
	started.then((got) => got ?? open(), open);
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
			`(window.atlasMapModule || Promise.resolve()).then(() => window.atlasGate).then(() => Promise.all([${imports}]))`
	);
	return out.replace('</head>', `${earlyMapScript(preloads)}</head>`);
}

/** The inline script that starts the map (`boot`, with its arguments). */
export function earlyMapScript(preloads: string[] = []): string {
	const args = [
		MAPLIBRE_URL,
		MAPLIBRE_WORKER_URL,
		EARLY_MAP_ATTR,
		preloads,
		EARLY_NAMES,
		GATE_MAX_MS
	]
		.map((a) => JSON.stringify(a))
		.concat(showWhenIdle.toString());
	return `<script>(${boot.toString()})(${args.join(',')})</script>`;
}

/**
 * The map the inline script started in `container`, handed over once; null if there is none.
 * Should that start have failed, the map is created here instead. It is fitted again to
 * `options.bounds` (the layout may have moved since), unless it went on screen early and a hand
 * has moved it since.
 */
export function takeEarlyMap(
	container: HTMLElement,
	options: MapOptions
): Promise<MapContext> | null {
	const w = window as unknown as EarlyWindow;
	const early = w.atlasEarlyMap;
	if (!early || !container.hasAttribute(EARLY_MAP_ATTR)) return null;
	delete w.atlasEarlyMap;
	return early.then((got) => {
		if (!got) return createMap(container, options);
		const ctx = finishMap(got.maplibre, got.map);
		if (!got.shown || !movedSince(got.map, got.shown)) ctx.fit(options.bounds);
		if (got.clicks) ctx.keepEarlyClicks(got.clicks);
		return ctx;
	});
}

function movedSince(map: MlMap, view: View): boolean {
	const c = map.getCenter();
	return (
		Math.abs(map.getZoom() - view.zoom) > 1e-9 ||
		Math.abs(c.lng - view.lng) > 1e-9 ||
		Math.abs(c.lat - view.lat) > 1e-9
	);
}
