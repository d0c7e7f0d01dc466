/** Creation of the one MapLibre map, in French, with no remote resource. */
import type { FeatureCollection } from 'geojson';
import { baseStyle } from './style';
import { FRENCH_LOCALE } from './locale';
import { MapContext } from './map-context';
import { boundsOf } from './bounds';

/** What the map is created with. */
export interface MapOptions {
	/** The communes, best as the URL of our own file (MapLibre's worker then parses it). */
	communes: FeatureCollection | string;
	/** [west, south, east, north] fitted on creation. */
	bounds: [number, number, number, number];
	attribution: string;
}

/**
 * Creates the map in `container` with the communes source in its style, fitted to `bounds`,
 * and resolves once the style is parsed: layers and colours are then added before the first
 * frame, so the first paint is also the first choropleth.
 */
export async function createMap(container: HTMLElement, options: MapOptions): Promise<MapContext> {
	const maplibre = await import('maplibre-gl');
	// Bundled maplibre cannot find its worker by itself (STACK.md): point it at our copy.
	const { default: workerUrl } = await import('maplibre-gl/dist/maplibre-gl-worker.mjs?url');
	maplibre.setWorkerUrl(workerUrl);
	// Keep MapLibre's workers when a page's map is removed: the next page's map (a slide change
	// while presenting) then starts without loading them again.
	maplibre.prewarm();
	const map = new maplibre.Map({
		container,
		style: baseStyle(options.communes),
		bounds: options.bounds,
		fitBoundsOptions: { padding: 40 },
		attributionControl: { compact: true, customAttribution: options.attribution },
		locale: FRENCH_LOCALE,
		// Needed for the PNG export: without it the canvas reads back transparent.
		canvasContextAttributes: { preserveDrawingBuffer: true },
		dragRotate: false,
		pitchWithRotate: false
	});
	map.touchZoomRotate.disableRotation();
	map.addControl(new maplibre.NavigationControl({ showCompass: false }), 'top-right');
	await new Promise<void>((resolve) => map.once('style.load', () => resolve()));
	return new MapContext(map);
}

/** Options of a map of `communes` (our file's URL) fitted to the territory's `outline`. */
export function mapOptions(
	communes: string,
	outline: FeatureCollection,
	attribution: string
): MapOptions {
	return { communes, bounds: boundsOf(outline), attribution };
}
