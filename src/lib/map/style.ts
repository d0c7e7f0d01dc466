/**
 * The map's whole style as data: a background and our own GeoJSON sources, nothing remote
 * (no tiles, glyphs, sprites or fonts). Colours come from feature-state, set per commune.
 */
import type { FeatureCollection } from 'geojson';
import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import { stateFillColor, stateSwitch } from './expressions';
import { CONTEXT_FILL, MISSING_FILL } from './palette';

const IN_TERRITORY: ExpressionSpecification = ['==', ['get', 'territory'], true];

/**
 * Style with the communes (`promoteId: code`, for feature-state) and the territory outline.
 * `communes` is best given as the URL of our own GeoJSON file: MapLibre's worker then fetches and
 * parses it itself, instead of the main thread copying 100 000 coordinates to the worker.
 */
export function communeStyle(
	communes: FeatureCollection | string,
	outline: FeatureCollection
): StyleSpecification {
	return {
		version: 8,
		sources: {
			communes: { type: 'geojson', data: communes, promoteId: 'code' },
			outline: { type: 'geojson', data: outline }
		},
		// No antialiasing pass on fills: with software WebGL each pass costs a full-canvas raster,
		// and the white commune lines drawn on top hide the edges anyway.
		layers: [
			{ id: 'background', type: 'background', paint: { 'background-color': '#f6f4ef' } },
			{
				id: 'context-fill',
				type: 'fill',
				source: 'communes',
				filter: ['!', IN_TERRITORY],
				paint: { 'fill-color': CONTEXT_FILL, 'fill-antialias': false }
			},
			{
				id: 'territory-fill',
				type: 'fill',
				source: 'communes',
				filter: IN_TERRITORY,
				paint: { 'fill-color': stateFillColor(MISSING_FILL), 'fill-antialias': false }
			},
			{
				id: 'missing-hatch',
				type: 'fill',
				source: 'communes',
				filter: IN_TERRITORY,
				paint: {
					'fill-pattern': 'hatch',
					'fill-opacity': stateSwitch('missing', 1),
					'fill-antialias': false
				}
			},
			{
				id: 'commune-line',
				type: 'line',
				source: 'communes',
				paint: { 'line-color': '#ffffff', 'line-width': 0.6 }
			},
			{
				id: 'outline-line',
				type: 'line',
				source: 'outline',
				paint: { 'line-color': '#1f2933', 'line-width': 2.2 }
			},
			{
				// Hover and selection share one layer: one less pass over every commune per frame.
				id: 'focus-line',
				type: 'line',
				source: 'communes',
				paint: {
					'line-color': [
						'case',
						['boolean', ['feature-state', 'selected'], false],
						'#0b57d0',
						'#1f2933'
					],
					'line-width': [
						'case',
						['boolean', ['feature-state', 'selected'], false],
						3,
						['boolean', ['feature-state', 'hover'], false],
						2,
						0
					]
				}
			}
		]
	};
}
