/** Creation of the one MapLibre map, in French, with no remote resource. */
import type { FeatureCollection } from 'geojson';
import { baseStyle } from './style';
import { FRENCH_LOCALE } from './locale';
import { HATCH_PIXEL_RATIO, hatchImage } from './hatch';
import {
	COMMUNE_LINE,
	HATCH_IMAGE,
	OUTLINE_SOURCE,
	choroplethLayers,
	firstFrameLayers,
	outlineLayer,
	smallLayer
} from './layer-specs';
import { MISSING_HATCH } from './palette';
import { MapContext } from './map-context';
import { boundsOf } from './bounds';
import { FIT_PADDING } from './svg/projection';
import { ONE_COLUMN } from '$lib/ui/breakpoints';
import { closeAttributionWhenSmall } from './attribution';
// MapLibre's own ES module, served as a file of the build (not a bundled chunk): a page can then
// `modulepreload` it from its HTML, so that it downloads while the page boots, as the floor's does.
import maplibreUrl from 'maplibre-gl/dist/maplibre-gl.mjs?url';
// Bundled maplibre cannot find its worker by itself (STACK.md): point it at our copy.
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

export type MapLibre = typeof import('maplibre-gl');
type MapLibreOptions = import('maplibre-gl').MapOptions;
type MlMap = import('maplibre-gl').Map;
type LayerSpecification = import('maplibre-gl').LayerSpecification;
type SourceSpecification = import('maplibre-gl').SourceSpecification;

/** URL of MapLibre's module, for a page's `<link rel="modulepreload">`. */
export const MAPLIBRE_URL = maplibreUrl;
/** URL of MapLibre's worker module. */
export const MAPLIBRE_WORKER_URL = workerUrl;

let loading: Promise<MapLibre> | null = null;

/** Loads MapLibre once (call it early: creating a map then waits for nothing). */
export function loadMapLibre(): Promise<MapLibre> {
	if (!loading) {
		loading = (import(/* @vite-ignore */ maplibreUrl) as Promise<MapLibre>).then((m) => {
			m.setWorkerUrl(workerUrl);
			// Keep MapLibre's workers when a page's map is removed: the next page's map (a slide
			// change while presenting) then starts without loading them again.
			m.prewarm();
			return m;
		});
		// A failed load is tried again by the next call.
		loading.catch(() => (loading = null));
	}
	return loading;
}

/** What the map is created with. */
export interface MapOptions {
	/** The communes, best as the URL of our own file (MapLibre's worker then parses it). */
	communes: FeatureCollection | string;
	/** [west, south, east, north] fitted on creation. */
	bounds: [number, number, number, number];
	attribution: string;
	/**
	 * The choropleth's first-frame layers and hatch image in the style from the start (the map
	 * page): MapLibre's worker then builds them as soon as the communes are parsed, instead of
	 * parsing the communes again when the page adds them.
	 */
	choropleth?: boolean;
	/**
	 * With `choropleth`: the URL of the territory's outline. The settings then also carry the
	 * rest of the map as the SVG map draws it (`later`: the commune lines, the dashed outlines of
	 * tiny denominators and this outline), added after the first frame by the map started from
	 * the HTML when it goes on screen before the page (early-map.ts).
	 */
	outline?: string;
}

/** An image added to the map on creation, as plain data. */
export interface MapImage {
	id: string;
	width: number;
	height: number;
	data: number[];
	pixelRatio: number;
}

/** What a map is built from, as plain data (the prerendered HTML carries it as JSON). */
export interface MapSettings {
	map: Omit<MapLibreOptions, 'container'>;
	images: MapImage[];
	/** Sources and layers (in their order) for after the first frame (`MapOptions.outline`). */
	later?: { sources: Record<string, SourceSpecification>; layers: LayerSpecification[] };
}

/** The map's constructor options and images, as plain data. */
export function mapSettings(options: MapOptions): MapSettings {
	const style = baseStyle(options.communes);
	const images: MapImage[] = [];
	if (options.choropleth) {
		style.layers.push(...(firstFrameLayers() as LayerSpecification[]));
		const hatch = hatchImage(MISSING_HATCH);
		images.push({
			id: HATCH_IMAGE,
			...hatch,
			data: [...hatch.data],
			pixelRatio: HATCH_PIXEL_RATIO
		});
	}
	const later = options.outline
		? {
				sources: { [OUTLINE_SOURCE]: { type: 'geojson' as const, data: options.outline } },
				// The order the page's layer components give them (layer-order.ts).
				layers: [
					choroplethLayers().find((l) => l.id === COMMUNE_LINE)!,
					smallLayer(),
					outlineLayer(OUTLINE_SOURCE)
				] as LayerSpecification[]
			}
		: undefined;
	return {
		...(later && { later }),
		map: {
			style,
			bounds: options.bounds,
			fitBoundsOptions: { padding: FIT_PADDING },
			attributionControl: { compact: true, customAttribution: options.attribution },
			locale: FRENCH_LOCALE,
			dragRotate: false,
			pitchWithRotate: false
		},
		images
	};
}

/** The controls every map gets once created, and its context. */
export function finishMap(maplibre: MapLibre, map: MlMap): MapContext {
	map.touchZoomRotate.disableRotation();
	// On a touch screen, one finger scrolls the page and two move the map: a map nearly as tall as
	// a phone's screen caught every swipe, and the page under it could not be reached. In a
	// window of one column (the window scrolls the page), the mouse's wheel likewise scrolls the
	// page, and zooms the map with Ctrl: the map as wide as the window caught the wheel.
	if (typeof matchMedia === 'function') {
		const touch = matchMedia('(pointer: coarse)');
		const oneColumn = matchMedia(ONE_COLUMN);
		const apply = () => {
			if (touch.matches || oneColumn.matches) map.cooperativeGestures.enable();
			else map.cooperativeGestures.disable();
		};
		apply();
		oneColumn.addEventListener('change', apply);
		map.once('remove', () => oneColumn.removeEventListener('change', apply));
	}
	map.addControl(new maplibre.NavigationControl({ showCompass: false }), 'top-right');
	closeAttributionWhenSmall(map);
	return new MapContext(map);
}

/**
 * Creates the map in `container` with the communes source in its style, fitted to `bounds`,
 * and resolves once the style is parsed: layers and colours are then added before the first
 * frame, so the first paint is also the first choropleth.
 */
export async function createMap(container: HTMLElement, options: MapOptions): Promise<MapContext> {
	const maplibre = await loadMapLibre();
	performance.mark('map:create');
	const settings = mapSettings(options);
	const map = new maplibre.Map({ container, ...settings.map });
	for (const { id, width, height, data, pixelRatio } of settings.images)
		map.addImage(id, { width, height, data: Uint8Array.from(data) }, { pixelRatio });
	// The benchmark's breakdown: when the communes source has been parsed by the worker.
	const parsed = () => {
		if (!map.isSourceLoaded('communes')) return;
		performance.mark('map:source-loaded');
		map.off('sourcedata', parsed);
	};
	map.on('sourcedata', parsed);
	await new Promise<void>((resolve) => map.once('style.load', () => resolve()));
	performance.mark('map:style');
	return finishMap(maplibre, map);
}

/** Options of a map of `communes` (our file's URL) fitted to the territory's `outline`. */
export function mapOptions(
	communes: string,
	outline: FeatureCollection,
	attribution: string
): MapOptions {
	return { communes, bounds: boundsOf(outline), attribution };
}
