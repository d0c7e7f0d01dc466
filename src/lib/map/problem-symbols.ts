/** The workshop-problems layer: proportional circles above the choropleth. */
import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource, Map as MlMap } from 'maplibre-gl';

/** Largest circle radius, in pixels. */
export const MAX_RADIUS = 24;

/**
 * Draws (or updates) circles whose area is proportional to the weighted mentions. `points`
 * carry `weight`; `maxWeight` fixes the scale so that the largest circle is `MAX_RADIUS`.
 * Only this small source is re-parsed on a filter change, never the commune polygons.
 */
export function setProblemSymbols(
	map: MlMap,
	points: FeatureCollection,
	maxWeight: number,
	visible: boolean
): void {
	const source = map.getSource('problems') as GeoJSONSource | undefined;
	if (source) source.setData(points);
	else {
		map.addSource('problems', { type: 'geojson', data: points });
		map.addLayer({
			id: 'problems-circle',
			type: 'circle',
			source: 'problems',
			paint: {
				'circle-color': '#3b2f8f',
				'circle-opacity': 0.55,
				'circle-stroke-color': '#ffffff',
				'circle-stroke-width': 1.2
			}
		});
	}
	const k = MAX_RADIUS / Math.sqrt(Math.max(1, maxWeight));
	map.setPaintProperty('problems-circle', 'circle-radius', ['*', k, ['sqrt', ['get', 'weight']]]);
	map.setLayoutProperty('problems-circle', 'visibility', visible ? 'visible' : 'none');
}
