/** The map shared through Svelte context by `MapRoot` with the layer components inside it. */
import { getContext, setContext } from 'svelte';
import type { MapContext } from './map-context';

const KEY = Symbol('atlas-map');

/** Provides the map to the components below (called by `MapRoot` once the map exists). */
export function setMapContext(ctx: MapContext): MapContext {
	return setContext(KEY, ctx);
}

/** The map of the enclosing `MapRoot`; layer components call it during initialisation. */
export function getMapContext(): MapContext {
	const ctx = getContext<MapContext | undefined>(KEY);
	if (!ctx) throw new Error('Ce calque doit être placé dans un composant MapRoot.');
	return ctx;
}
