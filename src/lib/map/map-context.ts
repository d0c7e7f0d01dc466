/**
 * The one object that owns the MapLibre map. Layer components add their sources and layers
 * through it and get back a cleanup; nothing outside `src/lib/map` sees the MapLibre object.
 * No tile, glyph, sprite or font is ever requested: the style has no remote resource at all.
 */
import type {
	AddLayerObject,
	GeoJSONSource,
	GeoJSONSourceSpecification,
	LngLatLike,
	Map as MlMap,
	MapMouseEvent
} from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { CommuneState } from './feature-states';
import { FIT_PADDING } from './svg/projection';
import { beforeIdFor } from './layer-order';
import { createTestHandle, type MapTestHandle } from './test-handle';
import { COMMUNES_SOURCE } from './style';

/** Events the page listens to. */
export interface MapCallbacks {
	onHover(code: string | null, x: number, y: number): void;
	onSelect(code: string | null): void;
}

/** The fill layers a click or the pointer reads a commune from (also the early map's, early-map.ts). */
export const FILL_LAYERS = ['territory-fill', 'context-fill'];

/**
 * Clicks on a map shown before the page could answer them (early-map.ts): the commune of the
 * last one (null outside the communes; undefined if none), and how to stop recording them.
 */
export interface EarlyClicks {
	last?: string | null;
	stop(): void;
}

const COMMUNES = COMMUNES_SOURCE;

/** Longitude and latitude of any of MapLibre's ways to write them. */
function lngLatOf(c: LngLatLike): { lng: number; lat: number } {
	if (Array.isArray(c)) return { lng: c[0], lat: c[1] };
	return 'lng' in c ? { lng: c.lng, lat: c.lat } : { lng: c.lon, lat: c.lat };
}

export class MapContext {
	#map: MlMap | null;
	#hovered: string | null = null;
	/** Codes whose feature-state flag is on, per flag (selection, neighbours…). */
	#flags = new Map<string, readonly string[]>();
	/** The frame `painted` waits for, until it is drawn (null: none pending). */
	#painting: Promise<void> | null = null;
	/** The view last fitted by `keepFitted`; null when none is kept. */
	#fitted: { lng: number; lat: number; zoom: number } | null = null;
	/** Clicks recorded before the page listened, handed to its first `listen`. */
	#earlyClicks: EarlyClicks | null = null;

	/** Wraps an existing map (tests pass a fake one). */
	constructor(map: MlMap) {
		this.#map = map;
	}

	/** Adds a GeoJSON source; the cleanup removes it. */
	addSource(id: string, spec: GeoJSONSourceSpecification): () => void {
		// A source the map was created with (the map page's outline, create-map.ts) is kept.
		if (!this.#map?.getSource(id)) this.#map?.addSource(id, spec);
		return () => {
			if (this.#map?.getSource(id)) this.#map.removeSource(id);
		};
	}

	/**
	 * Adds a layer at its place in `LAYER_ORDER`; the cleanup removes it. A layer the map was
	 * created with (its first frame's, see create-map.ts) is kept as it is.
	 */
	addLayer(layer: AddLayerObject): () => void {
		const map = this.#map;
		if (!map) return () => undefined;
		const present = (map.getStyle().layers ?? []).map((l) => l.id);
		if (!present.includes(layer.id)) map.addLayer(layer, beforeIdFor(layer.id, present));
		return () => {
			if (this.#map?.getLayer(layer.id)) this.#map.removeLayer(layer.id);
		};
	}

	/** Adds an image (patterns drawn in code); the cleanup removes it. */
	addImage(
		id: string,
		image: { width: number; height: number; data: Uint8Array },
		pixelRatio = 1
	): () => void {
		if (!this.#map?.hasImage(id)) this.#map?.addImage(id, image, { pixelRatio });
		return () => {
			if (this.#map?.hasImage(id)) this.#map.removeImage(id);
		};
	}

	/** Replaces the data of a GeoJSON source added by a layer. */
	setData(source: string, data: FeatureCollection | string): void {
		(this.#map?.getSource(source) as GeoJSONSource | undefined)?.setData(data);
	}

	/** Sets one paint property of a layer. */
	setPaint(
		layer: string,
		property: Parameters<MlMap['setPaintProperty']>[1],
		value: Parameters<MlMap['setPaintProperty']>[2]
	): void {
		if (this.#map?.getLayer(layer)) this.#map.setPaintProperty(layer, property, value);
	}

	/** Recolours communes; resolves when the map has painted the new colours. */
	setChoropleth(states: Record<string, CommuneState>): Promise<void> {
		const map = this.#map;
		if (!map) return Promise.resolve();
		// Feature-state only: a filter or setData would make MapLibre re-parse the polygons. A
		// commune already in that state is left alone, and colours already set draw no frame: the
		// engine's values, once started, are the snapshot's, and repainting them cost a frame in
		// software WebGL (140 to 190 ms of the page's thread, traced on 6 Dec 2026).
		let changed = false;
		for (const [id, state] of Object.entries(states)) {
			const now = map.getFeatureState({ source: COMMUNES, id });
			if (now.fill === state.fill && now.missing === state.missing && now.small === state.small)
				continue;
			map.setFeatureState({ source: COMMUNES, id }, { ...state });
			changed = true;
		}
		return changed ? this.painted() : (this.#painting ?? Promise.resolve());
	}

	/** Turns the feature-state flag `key` on for exactly `codes` (and off for the others). */
	setFlag(key: string, codes: readonly string[]): void {
		const map = this.#map;
		if (!map) return;
		const before = this.#flags.get(key) ?? [];
		for (const id of before)
			if (!codes.includes(id)) map.setFeatureState({ source: COMMUNES, id }, { [key]: false });
		for (const id of codes) map.setFeatureState({ source: COMMUNES, id }, { [key]: true });
		this.#flags.set(key, [...codes]);
	}

	/**
	 * Fits the view to `bounds` at once, for the container's current size. A map that already has
	 * that size and that view (the map page's, started from its HTML with the same bounds) is left
	 * alone: resizing its canvas and jumping to the same view drew one more frame while the page
	 * starts, at a cost in software WebGL (README, issue 10).
	 */
	fit(bounds: [number, number, number, number]): void {
		const map = this.#map;
		if (!map) return;
		const container = map.getContainer();
		const canvas = map.getCanvas();
		if (
			container.clientWidth !== canvas.clientWidth ||
			container.clientHeight !== canvas.clientHeight
		)
			map.resize();
		const camera = map.cameraForBounds(bounds, { padding: FIT_PADDING });
		const target = camera?.center ? lngLatOf(camera.center) : null;
		const center = map.getCenter();
		const same =
			target !== null &&
			camera?.zoom !== undefined &&
			Math.abs(camera.zoom - map.getZoom()) < 1e-9 &&
			Math.abs(target.lng - center.lng) < 1e-9 &&
			Math.abs(target.lat - center.lat) < 1e-9;
		if (!same) map.fitBounds(bounds, { padding: FIT_PADDING, animate: false });
	}

	/**
	 * Keeps `bounds` fitted each time the map's box changes size (the commune panel or the
	 * communes' table opening beside or under it, a window moved to a projector), as long as the
	 * view is the one last fitted. MapLibre alone keeps the centre and the zoom, which cut the
	 * territory's edges and could leave the chosen commune out of sight. A view moved by hand
	 * (drag, wheel, keys, buttons) is kept: MapLibre's wheel zoom does not pass its event on, so
	 * the view itself is compared. Call it once the map shows `bounds`; the cleanup stops it.
	 */
	keepFitted(bounds: [number, number, number, number]): () => void {
		const map = this.#map;
		if (!map) return () => undefined;
		this.#fitted = this.#view();
		const resized = () => {
			if (!this.#untouched()) return;
			map.fitBounds(bounds, { padding: FIT_PADDING, animate: false });
			this.#fitted = this.#view();
		};
		map.on('resize', resized);
		return () => {
			this.#map?.off('resize', resized);
			this.#fitted = null;
		};
	}

	#view(): { lng: number; lat: number; zoom: number } {
		const map = this.#map!;
		return { ...lngLatOf(map.getCenter()), zoom: map.getZoom() };
	}

	/** True while the view is still `view` (not moved since, by hand or otherwise). */
	#still(view: { lng: number; lat: number; zoom: number } | null): boolean {
		if (!view || !this.#map) return false;
		const now = this.#view();
		return (
			Math.abs(now.zoom - view.zoom) < 1e-9 &&
			Math.abs(now.lng - view.lng) < 1e-9 &&
			Math.abs(now.lat - view.lat) < 1e-9
		);
	}

	/** True while the view is the one `keepFitted` last fitted (not moved by hand since). */
	#untouched(): boolean {
		return this.#still(this.#fitted);
	}

	/**
	 * Brings `lngLat` (a chosen commune's label point) into sight when the view, zoomed or moved by
	 * hand, has left it out, or put it within `margin` px of an edge: the map moves there at the
	 * same zoom. A point in sight, or a view kept fitted (`keepFitted`), is left alone. MapLibre
	 * itself moves at once for a reader who asked for reduced motion.
	 */
	reveal(lngLat: [number, number], margin = 40): void {
		const map = this.#map;
		if (!map) return;
		// A view kept fitted shows the whole territory (and is fitted again as the panel opens).
		if (this.#untouched()) return void (this.#revealed = this.#view());
		const p = map.project(lngLat);
		const { width, height } = this.size();
		const inSight =
			p.x >= margin && p.y >= margin && p.x <= width - margin && p.y <= height - margin;
		// An ease of ours still under way when the box changes size (the panel opening as the
		// commune is chosen) would land off target: MapLibre goes on in the old size's pixels, and
		// left Bonnevaux out of sight on a loaded machine. It starts again from where it is.
		const easing = this.#revealing !== null && map.isMoving();
		if (!inSight || easing) this.#easeTo(lngLat);
		// Under way, the view it leaves is known when it lands.
		this.#revealed = this.#revealing === null ? this.#view() : null;
	}

	/**
	 * Reveals `lngLat` (a chosen commune's label point) now, and again each time the map's box
	 * changes size: the commune's panel, opening beside the map as it is chosen, narrows the map
	 * during or after the move, and could leave the commune out again. Only until the view is
	 * moved by hand: a reader who has panned away from the commune keeps her view when the table
	 * or the window then resizes the map. A gesture's events carry the browser's event; MapLibre's
	 * wheel zoom passes none on, so the view is also compared with the one `reveal` left. The
	 * cleanup stops it.
	 */
	keepInSight(lngLat: [number, number], margin = 40): () => void {
		const map = this.#map;
		if (!map) return () => undefined;
		let byHand = false;
		const gesture = (e?: { originalEvent?: unknown }) => {
			if (e?.originalEvent) byHand = true;
		};
		const resized = () => {
			// Our ease under way is started again (see `reveal`); a view moved since it is not ours.
			if (byHand || (this.#revealing === null && !this.#still(this.#revealed))) return;
			this.reveal(lngLat, margin);
		};
		this.reveal(lngLat, margin);
		map.on('movestart', gesture);
		map.on('resize', resized);
		return () => {
			this.#map?.off('movestart', gesture);
			this.#map?.off('resize', resized);
		};
	}

	/** The ease `reveal` started, until it lands or is stopped (a drag, another move). */
	#revealing: object | null = null;
	/** The view `reveal` last left (null while its ease is under way). */
	#revealed: { lng: number; lat: number; zoom: number } | null = null;

	#easeTo(lngLat: [number, number]): void {
		const map = this.#map!;
		// Stopping the ease under way fires its `moveend` here, which clears its token.
		map.easeTo({ center: lngLat, duration: 400 });
		// Reduced motion: MapLibre has already landed; nothing is under way.
		if (!map.isMoving()) return;
		const token = {};
		this.#revealing = token;
		const landed = () => {
			// Started in a `resize` listener, the ease is followed by that resize's own `moveend`
			// (MapLibre fires it after its listeners): not landed yet.
			if (map.isMoving()) return;
			if (this.#revealing === token) {
				this.#revealing = null;
				this.#revealed = this.#view();
			}
			map.off('moveend', landed);
		};
		map.on('moveend', landed);
	}

	/** Listens to a map event; the cleanup stops listening. */
	on(type: 'move' | 'resize' | 'idle', listener: () => void): () => void {
		this.#map?.on(type, listener);
		return () => this.#map?.off(type, listener);
	}

	/** Clicks the map recorded before the page listened: the first `listen` answers the last. */
	keepEarlyClicks(clicks: EarlyClicks): void {
		this.#earlyClicks = clicks;
	}

	/**
	 * Wires hover and click on the communes to the page; the cleanup unwires them. A click made
	 * on the map before (`keepEarlyClicks`) is answered now, the last one only.
	 */
	listen(cb: MapCallbacks): () => void {
		const map = this.#map;
		if (!map) return () => undefined;
		const early = this.#earlyClicks;
		this.#earlyClicks = null;
		early?.stop();
		if (early && early.last !== undefined) cb.onSelect(early.last);
		const codeAt = (e: MapMouseEvent): string | null => {
			const layers = FILL_LAYERS.filter((l) => map.getLayer(l));
			const f = layers.length ? map.queryRenderedFeatures(e.point, { layers })[0] : undefined;
			return (f?.properties?.code as string | undefined) ?? null;
		};
		const move = (e: MapMouseEvent) => {
			const code = codeAt(e);
			this.setHover(code);
			map.getCanvas().style.cursor = code ? 'pointer' : '';
			cb.onHover(code, e.point.x, e.point.y);
		};
		const out = () => {
			this.setHover(null);
			cb.onHover(null, 0, 0);
		};
		const click = (e: MapMouseEvent) => cb.onSelect(codeAt(e));
		map.on('mousemove', move);
		map.on('mouseout', out);
		map.on('click', click);
		return () => {
			this.#map?.off('mousemove', move);
			this.#map?.off('mouseout', out);
			this.#map?.off('click', click);
		};
	}

	private setHover(code: string | null): void {
		if (code === this.#hovered) return;
		this.setFlag('hover', code ? [code] : []);
		this.#hovered = code;
	}

	/** Screen position, in the map's container, of a longitude/latitude. */
	project(lngLat: [number, number]): { x: number; y: number } {
		const p = this.#map?.project(lngLat);
		return { x: p?.x ?? NaN, y: p?.y ?? NaN };
	}

	/** Size in pixels of the map's container. */
	size(): { width: number; height: number } {
		const c = this.#map?.getContainer();
		return { width: c?.clientWidth ?? 0, height: c?.clientHeight ?? 0 };
	}

	/** The feature-state of one commune. */
	stateOf(code: string): Record<string, unknown> {
		return this.#map?.getFeatureState({ source: COMMUNES, id: code }) ?? {};
	}

	/** Resolves once the map has finished rendering the current state. */
	painted(): Promise<void> {
		const map = this.#map;
		if (!map) return Promise.resolve();
		const painting: Promise<void> = new Promise((resolve) => {
			map.once('idle', () => {
				// Read by the transition probe (tests/e2e/tools/probe-transitions.ts).
				performance.mark('map:painted');
				if (this.#painting === painting) this.#painting = null;
				resolve();
			});
			map.triggerRepaint();
		});
		this.#painting = painting;
		return painting;
	}

	/** The small handle that browser tests and the benchmark read (never the map itself). */
	testHandle(): MapTestHandle {
		return createTestHandle(this, () => this.#map);
	}

	/** Removes the map; later cleanups of layer components do nothing. */
	destroy(): void {
		this.#map?.remove();
		this.#map = null;
	}
}
