/**
 * Highlights the neighbours of the selected commune with an extra line layer on the map's
 * `communes` source, driven by a `neighbour` feature-state (no GeoJSON re-parse). Works on
 * `MapContext.map` without changing MapContext itself.
 */
import type { Map as MlMap } from 'maplibre-gl';
import { stateSwitch } from '$lib/map/expressions';

const LAYER = 'neighbour-line';
/** Colour of the neighbour outlines (also used in the legend). */
export const NEIGHBOUR_COLOUR = '#6a1b9a';

/** Owner of the neighbour outlines. */
export class NeighbourHighlight {
	#codes: string[] = [];

	/** Adds the layer under the selection outline so that the selected commune stays on top. */
	constructor(private readonly map: MlMap) {
		if (map.getLayer(LAYER)) return;
		map.addLayer(
			{
				id: LAYER,
				type: 'line',
				source: 'communes',
				paint: { 'line-color': NEIGHBOUR_COLOUR, 'line-width': stateSwitch('neighbour', 2.6) }
			},
			map.getLayer('focus-line') ? 'focus-line' : undefined
		);
	}

	/** Outlines exactly these communes (previous ones are cleared). */
	set(codes: readonly string[]): void {
		for (const id of this.#codes)
			this.map.setFeatureState({ source: 'communes', id }, { neighbour: false });
		for (const id of codes)
			this.map.setFeatureState({ source: 'communes', id }, { neighbour: true });
		this.#codes = [...codes];
	}
}
