/**
 * The map's base style as data: a background and the communes source, nothing remote (no
 * tiles, glyphs, sprites or fonts). Layers are added by the layer components.
 */
import type { FeatureCollection } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';

/** Background colour of the map (the sea of nothing around the département). */
export const BACKGROUND = '#f6f4ef';

/** The communes' GeoJSON source, keyed by commune code. */
export const COMMUNES_SOURCE = 'communes';

/**
 * Style with the communes source (`promoteId: code`, for feature-state). `communes` is best
 * given as the URL of our own GeoJSON file: MapLibre's worker then fetches and parses it
 * itself, instead of the main thread copying 100 000 coordinates to the worker.
 */
export function baseStyle(communes: FeatureCollection | string): StyleSpecification {
	return {
		version: 8,
		sources: { [COMMUNES_SOURCE]: { type: 'geojson', data: communes, promoteId: 'code' } },
		layers: [{ id: 'background', type: 'background', paint: { 'background-color': BACKGROUND } }]
	};
}
