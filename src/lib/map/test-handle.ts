/**
 * The small handle browser tests and the benchmark read as `window.__atlasMap`: positions,
 * feature-states, painting, and the features of a source — never the MapLibre object itself.
 */
import type { Map as MlMap } from 'maplibre-gl';
import type { MapContext } from './map-context';

/** What browser tests may ask the map. */
export interface MapTestHandle {
	/** Screen position, in the map's container, of a longitude/latitude. */
	project(lngLat: [number, number]): { x: number; y: number };
	/** The feature-state of one commune (fill colour, missing, selected…). */
	stateOf(code: string): Record<string, unknown>;
	/** Resolves once the map has painted its current state. */
	painted(): Promise<void>;
	/** Properties of the features loaded in a source (e.g. `problems`). */
	sourceFeatures(source: string): Record<string, unknown>[];
	/** Ids of the layers in the style, bottom to top. */
	layers(): string[];
}

/** Builds the handle over `ctx`; `map` reads the live map (null once removed). */
export function createTestHandle(ctx: MapContext, map: () => MlMap | null): MapTestHandle {
	return {
		project: (lngLat) => ctx.project(lngLat),
		stateOf: (code) => ctx.stateOf(code),
		painted: () => ctx.painted(),
		sourceFeatures: (source) =>
			map()?.getSource(source)
				? map()!
						.querySourceFeatures(source)
						.map((f) => ({ ...f.properties }))
				: [],
		layers: () => (map()?.getStyle().layers ?? []).map((l) => l.id)
	};
}

/** Exposes the handle as `window.__atlasMap`; the cleanup withdraws it. */
export function exposeTestHandle(handle: MapTestHandle): () => void {
	const w = window as unknown as { __atlasMap?: MapTestHandle };
	w.__atlasMap = handle;
	return () => {
		if (w.__atlasMap === handle) delete w.__atlasMap;
	};
}
