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
import { COMMUNES_SOURCE, type MapContext } from './map-context';
import { HATCH_ID, PENDING_FILL } from './svg/markup';

/** Attribute of a prerendered map container holding its constructor settings as JSON. */
export const EARLY_MAP_ATTR = 'data-map-settings';

interface Started {
	maplibre: MapLibre;
	map: import('maplibre-gl').Map;
}
/**
 * What the inline script leaves on `window`: the map once its style is parsed, or null; and the
 * gate the framework's start waits on (`withEarlyMap`).
 */
type EarlyWindow = { atlasEarlyMap?: Promise<Started | null>; atlasGate?: Promise<void> };

/** The SVG map's commune paths, whose fills the early map copies (`SvgMap`, `markup.ts`). */
const SVG_COMMUNES = '[data-svg-map] path.t[data-code]';
/** At most this long after navigation, the framework starts even if the map is not idle. */
const GATE_MAX_MS = 2000;

/**
 * The inline script's body. Its source is written into the HTML (`earlyMapScript`), so it uses
 * nothing but its arguments and the browser: no import, no outside name.
 *
 * Once MapLibre has parsed its style, the map takes the SVG map's colours (feature-states, as
 * `communeStates` writes them: a hatch fill is n.d., the pending fill is no state), so that its
 * first frame is the view the SVG shows. The framework's start then waits for that first frame
 * (`atlasGate`, at most `GATE_MAX_MS` after navigation): starting it (one task of about 0,2 s
 * here) while MapLibre's worker hands its tiles back would hold them up.
 */
function boot(
	maplibreUrl: string,
	workerUrl: string,
	attr: string,
	svgCommunes: string,
	source: string,
	hatchFill: string,
	pendingFill: string,
	gateMaxMs: number
): void {
	let gl = false;
	try {
		gl = !!document.createElement('canvas').getContext('webgl2');
	} catch {
		gl = false;
	}
	if (!gl) return; // the page shows its SVG map and says why
	performance.mark('map:early'); // the benchmark's breakdown
	let open = () => {};
	(window as unknown as EarlyWindow).atlasGate = new Promise<void>((resolve) => (open = resolve));
	setTimeout(() => open(), Math.max(0, gateMaxMs - performance.now()));
	/** Copies the SVG map's fills; true when it showed a view's colours. */
	const colour = (map: import('maplibre-gl').Map) => {
		let painted = false;
		for (const path of document.querySelectorAll<SVGPathElement>(svgCommunes)) {
			const fill = path.getAttribute('fill');
			if (!fill || fill === pendingFill) continue;
			const missing = fill === hatchFill;
			map.setFeatureState(
				{ source, id: path.dataset.code! },
				{ fill: missing ? null : fill, missing }
			);
			painted = true;
		}
		return painted;
	};
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
				const coloured = colour(map);
				map.once('idle', () => {
					// MapLibre idle with the choropleth (the benchmark's `map_interactive_ms`).
					if (coloured) performance.mark('map:choropleth-idle');
					open();
				});
				resolve({ maplibre, map });
			})
		);
	});
	started.then((got) => got ?? open(), open);
	(window as unknown as EarlyWindow).atlasEarlyMap = started.catch(() => null);
}

/**
 * The map page's HTML as the browser should load it: MapLibre first. Its stylesheet (the only one
 * not inlined) and its module come before the framework's ~50 module preloads, which get a low
 * priority: on HTTP/1.1 a browser opens six connections to a host, and MapLibre's module used to
 * wait behind them. The head ends with the inline script that starts the map of its
 * `[data-map-settings]` container.
 */
export function withEarlyMap(html: string): string {
	const sheets: string[] = [];
	let out = html.replace(/<link href="[^"]+\.css" rel="stylesheet">/g, (link) => {
		sheets.push(link);
		return '';
	});
	out = out.replace(
		/<link href="([^"]+)" rel="modulepreload">/g,
		(_, href: string) => `<link href="${href}" rel="modulepreload" fetchpriority="low">`
	);
	const first = out.search(/<link href="[^"]+" rel="modulepreload"/);
	const mapFirst = `${sheets.join('')}<link rel="modulepreload" href="${MAPLIBRE_URL}">`;
	out =
		first < 0
			? out.replace('</head>', `${mapFirst}</head>`)
			: out.slice(0, first) + mapFirst + out.slice(first);
	out = out.replace(SVELTEKIT_START, GATED_START);
	return out.replace('</head>', `${earlyMapScript()}</head>`);
}

/** SvelteKit's inline start, once its modules are loaded (app.html's `%sveltekit.body%`). */
const SVELTEKIT_START = /\]\)\.then\(\(\[kit, app\]\) => \{/;
/** The same, waiting for the gate first (without WebGL there is none: `await` goes straight on). */
const GATED_START = ']).then(async ([kit, app]) => { await window.atlasGate;';

/** The inline script that starts the map (`boot`, with its arguments). */
export function earlyMapScript(): string {
	const args = [
		MAPLIBRE_URL,
		MAPLIBRE_WORKER_URL,
		EARLY_MAP_ATTR,
		SVG_COMMUNES,
		COMMUNES_SOURCE,
		`url(#${HATCH_ID})`,
		PENDING_FILL,
		GATE_MAX_MS
	].map((a) => JSON.stringify(a));
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
