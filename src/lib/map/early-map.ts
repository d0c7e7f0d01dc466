/**
 * A map started before the page's framework runs: the prerendered HTML of a page carries its
 * map's options on the map's container (`data-map-options`), and the page's module starts
 * MapLibre there as soon as it is evaluated, before hydration. MapLibre then loads and parses the
 * communes while the framework boots; the page's MapRoot adopts the map (`takeEarlyMap`).
 */
import { createMap, type MapOptions } from './create-map';
import type { MapContext } from './map-context';
import { hasWebGL2 } from './webgl';

/** Attribute of a prerendered map container holding its `MapOptions` as JSON. */
export const EARLY_MAP_ATTR = 'data-map-options';

let early: { slot: HTMLElement; map: Promise<MapContext> } | null = null;

/** Starts the map of the container matching `selector`, if the document has one (and WebGL). */
export function startEarlyMap(selector: string): void {
	if (early || typeof document === 'undefined') return;
	const slot = document.querySelector<HTMLElement>(`${selector}[${EARLY_MAP_ATTR}]`);
	if (!slot || !hasWebGL2()) return;
	const options = JSON.parse(slot.getAttribute(EARLY_MAP_ATTR)!) as MapOptions;
	// A child of its own: the framework keeps the container's attributes as it renders them.
	const inner = document.createElement('div');
	inner.style.cssText = 'position:absolute;inset:0';
	slot.append(inner);
	performance.mark('map:early'); // the benchmark's breakdown
	early = { slot, map: createMap(inner, options) };
	early.map.catch(() => undefined);
}

/** The map started early in `container`, handed over once; null if there is none. */
export function takeEarlyMap(container: HTMLElement): Promise<MapContext> | null {
	if (early?.slot !== container) return null;
	const { map } = early;
	early = null;
	return map;
}
