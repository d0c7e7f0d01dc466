/**
 * A small stand-in for MapLibre's map, for testing the layer model without WebGL: it keeps the
 * style's layers in order, the sources, images, listeners and feature-states, and records calls.
 */
import type { Map as MlMap } from 'maplibre-gl';

/** The fake and what it recorded. */
export interface FakeMap {
	map: MlMap;
	layers: string[];
	sources: Set<string>;
	images: Set<string>;
	listeners: Map<string, Set<(e?: unknown) => void>>;
	states: Map<string, Record<string, unknown>>;
	log: string[];
	/** The container's size; the canvas takes it on `resize()`. */
	container: { clientWidth: number; clientHeight: number };
	canvas: { clientWidth: number; clientHeight: number };
	/** The view: `cameraForBounds` centres the bounds, at a zoom that fits their width. */
	camera: { lng: number; lat: number; zoom: number };
	/** Calls the listeners of `type` with `event`, as MapLibre fires its events. */
	emit(type: string, event?: unknown): void;
	/** True: `easeTo` moves over time, until `endMove()` (false: it lands at once). */
	slowEases: boolean;
	/** True while an ease is under way (`isMoving()`). */
	moving: boolean;
	/** Ends the ease under way, as MapLibre does once it lands or when stopped (`moveend`). */
	endMove(): void;
}

/** A fresh fake map with only a background layer and the communes source. */
export function fakeMap(): FakeMap {
	const f: FakeMap = {
		map: undefined as unknown as MlMap,
		layers: ['background'],
		sources: new Set(['communes']),
		images: new Set(),
		listeners: new Map(),
		states: new Map(),
		log: [],
		container: { clientWidth: 1000, clientHeight: 1000 },
		canvas: { clientWidth: 1000, clientHeight: 1000 },
		camera: { lng: 0, lat: 0, zoom: 0 },
		emit: (type, event = {}) => {
			for (const fn of [...(f.listeners.get(type) ?? [])]) fn(event);
		},
		slowEases: false,
		moving: false,
		endMove: () => {
			if (!f.moving) return;
			f.moving = false;
			f.emit('moveend');
		}
	};
	const cameraFor = ([w, s, e, n]: [number, number, number, number]) => ({
		center: [(w + e) / 2, (s + n) / 2] as [number, number],
		zoom: Math.log2(f.canvas.clientWidth / (e - w))
	});
	const impl = {
		addSource: (id: string) => (f.log.push(`addSource ${id}`), f.sources.add(id)),
		getSource: (id: string) => (f.sources.has(id) ? { setData: () => undefined } : undefined),
		removeSource: (id: string) => (f.log.push(`removeSource ${id}`), f.sources.delete(id)),
		addLayer: (l: { id: string }, before?: string) => {
			if (f.layers.includes(l.id)) throw new Error(`layer ${l.id} already exists`);
			const i = before ? f.layers.indexOf(before) : -1;
			f.layers.splice(i < 0 ? f.layers.length : i, 0, l.id);
			f.log.push(`addLayer ${l.id}`);
		},
		getLayer: (id: string) => (f.layers.includes(id) ? { id } : undefined),
		removeLayer: (id: string) => {
			f.layers = f.layers.filter((l) => l !== id);
			f.log.push(`removeLayer ${id}`);
		},
		getStyle: () => ({ layers: f.layers.map((id) => ({ id })) }),
		hasImage: (id: string) => f.images.has(id),
		addImage: (id: string) => f.images.add(id),
		removeImage: (id: string) => f.images.delete(id),
		setFeatureState: (t: { id: string }, s: Record<string, unknown>) =>
			f.states.set(t.id, { ...f.states.get(t.id), ...s }),
		getFeatureState: (t: { id: string }) => f.states.get(t.id) ?? {},
		setPaintProperty: () => undefined,
		on: (type: string, fn: (e?: unknown) => void) => {
			if (!f.listeners.has(type)) f.listeners.set(type, new Set());
			f.listeners.get(type)!.add(fn);
		},
		off: (type: string, fn: (e?: unknown) => void) => f.listeners.get(type)?.delete(fn),
		once: (_: string, fn: () => void) => queueMicrotask(fn),
		triggerRepaint: () => undefined,
		project: ([x, y]: [number, number]) => ({ x: x * 10, y: y * 10 }),
		getContainer: () => f.container,
		getCanvas: () => f.canvas,
		resize: () => {
			f.log.push('resize');
			f.canvas = { ...f.container };
		},
		cameraForBounds: cameraFor,
		getCenter: () => ({ lng: f.camera.lng, lat: f.camera.lat }),
		getZoom: () => f.camera.zoom,
		fitBounds: (b: [number, number, number, number]) => {
			f.log.push('fitBounds');
			const { center, zoom } = cameraFor(b);
			f.camera = { lng: center[0], lat: center[1], zoom };
		},
		easeTo: (o: { center: [number, number] }) => {
			f.endMove(); // MapLibre stops the ease under way first
			f.log.push(`easeTo ${o.center.join(',')}`);
			f.camera = { ...f.camera, lng: o.center[0], lat: o.center[1] };
			f.moving = f.slowEases;
		},
		isMoving: () => f.moving,
		remove: () => f.log.push('remove')
	};
	f.map = impl as unknown as MlMap;
	return f;
}
