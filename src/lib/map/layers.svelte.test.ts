import { flushSync, mount, unmount } from 'svelte';
import { describe, expect, it } from 'vitest';
import { MapContext } from './map-context';
import { LAYER_ORDER } from './layer-order';
import { fakeMap } from './testing/fake-map';
import LayersHarness from './testing/LayersHarness.svelte';

function setup(props: Record<string, unknown> = {}) {
	const fake = fakeMap();
	const ctx = new MapContext(fake.map);
	const target = document.createElement('div');
	const component = mount(LayersHarness, { target, props: { ctx, ...props } });
	flushSync();
	return { fake, ctx, target, component };
}

describe('layer components on a fake map', () => {
	it('add their layers in the stacking order, whatever the mounting order', () => {
		const { fake } = setup({ services: true });
		const expected = LAYER_ORDER.filter((id) => fake.layers.includes(id));
		expect(fake.layers).toEqual(expected);
		expect(fake.layers).toEqual([...LAYER_ORDER]);
	});

	it('remove every layer, source, image and listener they added, on destroy', () => {
		const { fake, component } = setup({ services: true });
		expect(fake.images.has('hatch')).toBe(true);
		unmount(component);
		flushSync();
		expect(fake.layers).toEqual(['background']);
		expect([...fake.sources]).toEqual(['communes']);
		expect(fake.images.size).toBe(0);
		for (const set of fake.listeners.values()) expect(set.size).toBe(0);
		const added = fake.log.filter((l) => l.startsWith('add')).length;
		const removed = fake.log.filter((l) => l.startsWith('remove')).length;
		expect(removed).toBe(added);
	});

	it('set the selection and neighbour flags, and clear them on destroy', () => {
		const { fake, component } = setup({ selected: 'A', neighbours: ['B', 'C'] });
		expect(fake.states.get('A')).toMatchObject({ selected: true });
		expect(fake.states.get('B')).toMatchObject({ neighbour: true });
		unmount(component);
		flushSync();
		expect(fake.states.get('A')).toMatchObject({ selected: false });
		expect(fake.states.get('C')).toMatchObject({ neighbour: false });
	});

	it('draws the commune names as HTML', () => {
		const { target } = setup();
		expect(target.querySelector('[data-testid="commune-labels"]')?.textContent).toContain('Alès');
	});
});

describe('MapContext', () => {
	it('paints feature-states and makes later cleanups harmless once destroyed', async () => {
		const fake = fakeMap();
		const ctx = new MapContext(fake.map);
		const cleanup = ctx.addLayer({ id: 'outline-line', type: 'line', source: 'communes' });
		await ctx.setChoropleth({ A: { fill: '#f00', missing: false, small: false } });
		expect(ctx.stateOf('A')).toEqual({ fill: '#f00', missing: false, small: false });
		ctx.destroy();
		expect(() => cleanup()).not.toThrow();
		expect(fake.log.at(-1)).toBe('remove');
	});
});

describe('MapContext.setChoropleth', () => {
	it('draws no frame for colours already set, and sets only the communes that change', async () => {
		const fake = fakeMap();
		const ctx = new MapContext(fake.map);
		const set: string[] = [];
		let repaints = 0;
		const setState = fake.map.setFeatureState.bind(fake.map);
		fake.map.setFeatureState = ((t: { id: string }, s: Record<string, unknown>) => {
			set.push(t.id);
			return setState(t as never, s);
		}) as unknown as typeof fake.map.setFeatureState;
		fake.map.triggerRepaint = () => void repaints++;
		const a = { fill: '#f00', missing: false, small: false };
		const b = { fill: null, missing: true, small: false };
		await ctx.setChoropleth({ A: a, B: b });
		expect([set, repaints]).toEqual([['A', 'B'], 1]);
		// The same colours again (the engine's values are the snapshot's): nothing set, no frame.
		await ctx.setChoropleth({ A: { ...a }, B: { ...b } });
		expect([set, repaints]).toEqual([['A', 'B'], 1]);
		// One commune flagged: it alone is set, and the map draws a frame.
		await ctx.setChoropleth({ A: a, B: { ...b, small: true } });
		expect([set, repaints]).toEqual([['A', 'B', 'B'], 2]);
		expect(ctx.stateOf('B')).toEqual({ fill: null, missing: true, small: true });
		// Asked again before that frame is drawn: the caller waits for the same frame.
		const first = ctx.setChoropleth({ A: { ...a, fill: '#00f' } });
		const second = ctx.setChoropleth({ A: { ...a, fill: '#00f' } });
		expect(second).toBe(first);
		await second;
		expect(repaints).toBe(3);
	});
});

describe('MapContext.fit', () => {
	const bounds: [number, number, number, number] = [3.5, 43.9, 4.3, 44.4];
	it('neither resizes nor moves a map that already has its size and view', () => {
		const fake = fakeMap();
		// The view fitBounds gives to a 1000 px wide canvas: centred, at log2(1000 / 0,8).
		fake.camera = { lng: 3.9, lat: 44.15, zoom: Math.log2(1000 / 0.8) };
		new MapContext(fake.map).fit(bounds);
		expect(fake.log).toEqual([]);
	});
	it('resizes a canvas its container outgrew, then fits the view to the new size', () => {
		const fake = fakeMap();
		fake.camera = { lng: 3.9, lat: 44.15, zoom: Math.log2(1000 / 0.8) };
		fake.container = { clientWidth: 1200, clientHeight: 1000 };
		new MapContext(fake.map).fit(bounds);
		expect(fake.log).toEqual(['resize', 'fitBounds']);
		expect(fake.camera.zoom).toBeCloseTo(Math.log2(1200 / 0.8), 9);
	});
	it('moves a map of the right size that shows another view', () => {
		const fake = fakeMap();
		new MapContext(fake.map).fit(bounds);
		expect(fake.log).toEqual(['fitBounds']);
		expect(fake.camera).toMatchObject({ lng: 3.9, lat: 44.15 });
	});
});

describe('MapContext.keepFitted', () => {
	const bounds: [number, number, number, number] = [3.5, 43.9, 4.3, 44.4];
	it('fits the bounds again when the box changes size', () => {
		const fake = fakeMap();
		new MapContext(fake.map).keepFitted(bounds);
		// The table opens under the map: MapLibre resizes its canvas, then fires « resize ».
		fake.canvas = { clientWidth: 600, clientHeight: 400 };
		fake.emit('resize');
		expect(fake.log).toEqual(['fitBounds']);
		// Centred on the bounds, at the zoom that fits their 0,8° width into 600 px.
		expect(fake.camera.lng).toBeCloseTo(3.9, 9);
		expect(fake.camera.lat).toBeCloseTo(44.15, 9);
		expect(fake.camera.zoom).toBeCloseTo(Math.log2(600 / 0.8), 9);
	});
	it('keeps fitting after each resize, and leaves a view moved by hand alone', () => {
		const fake = fakeMap();
		new MapContext(fake.map).keepFitted(bounds);
		fake.canvas = { clientWidth: 600, clientHeight: 400 };
		fake.emit('resize');
		fake.canvas = { clientWidth: 800, clientHeight: 400 };
		fake.emit('resize'); // the view is still the one fitted: fitted again
		expect(fake.log).toEqual(['fitBounds', 'fitBounds']);
		expect(fake.camera.zoom).toBeCloseTo(Math.log2(800 / 0.8), 9);
		// Zoomed in by hand (MapLibre's wheel passes no event on: only the view tells).
		fake.camera = { ...fake.camera, zoom: fake.camera.zoom + 1 };
		fake.canvas = { clientWidth: 1000, clientHeight: 400 };
		fake.emit('resize');
		expect(fake.log).toEqual(['fitBounds', 'fitBounds']);
		expect(fake.camera.zoom).toBeCloseTo(Math.log2(800 / 0.8) + 1, 9);
	});
	it('stops with its cleanup', () => {
		const fake = fakeMap();
		const stop = new MapContext(fake.map).keepFitted(bounds);
		stop();
		fake.emit('resize');
		expect(fake.log).toEqual([]);
		for (const set of fake.listeners.values()) expect(set.size).toBe(0);
	});
});

describe('MapContext.keepInSight', () => {
	// The fake projects [x, y] to (10x, 10y) whatever the view: [120, 50] is always right of it.
	it('reveals the point as the box changes size, until the view is moved by hand', () => {
		const fake = fakeMap();
		const ctx = new MapContext(fake.map);
		const stop = ctx.keepInSight([120, 50]);
		expect(fake.log).toEqual(['easeTo 120,50']);
		fake.emit('resize'); // the panel opens: the view is the one reveal left
		expect(fake.log).toEqual(['easeTo 120,50', 'easeTo 120,50']);
		fake.camera = { ...fake.camera, lng: 10 }; // panned away (a wheel: no browser event)
		fake.emit('resize'); // the table opens
		expect(fake.log).toHaveLength(2);
		stop();
		for (const set of fake.listeners.values()) expect(set.size).toBe(0);
	});
	it('stops at a gesture, even one that leaves the view where it was', () => {
		const fake = fakeMap();
		const ctx = new MapContext(fake.map);
		ctx.keepInSight([120, 50]);
		fake.emit('movestart', {}); // a move of the atlas's own: no browser event
		fake.emit('resize');
		expect(fake.log).toHaveLength(2);
		fake.emit('movestart', { originalEvent: new Event('mousedown') });
		fake.emit('resize');
		expect(fake.log).toHaveLength(2);
	});
	it('follows its own ease: the view it lands on is not a move of the user', () => {
		const fake = fakeMap();
		fake.slowEases = true;
		const ctx = new MapContext(fake.map);
		ctx.keepInSight([120, 50]);
		fake.camera = { ...fake.camera, lng: 80 }; // mid-ease
		fake.emit('resize'); // started again from where it is
		expect(fake.log).toEqual(['easeTo 120,50', 'easeTo 120,50']);
		fake.endMove(); // landed
		fake.emit('resize');
		expect(fake.log).toHaveLength(3);
	});
});

describe('MapContext.reveal', () => {
	// The fake projects [x, y] to (10x, 10y) in a 1 000 × 1 000 px container.
	it('leaves the view alone for a point in sight, margins included', () => {
		const fake = fakeMap();
		const ctx = new MapContext(fake.map);
		ctx.reveal([4, 4]); // (40, 40): on the margin, in sight
		ctx.reveal([96, 96]); // (960, 960)
		expect(fake.log).toEqual([]);
	});
	it('moves to a point out of sight or too near an edge, at the same zoom', () => {
		const fake = fakeMap();
		fake.camera = { lng: 1, lat: 2, zoom: 9 };
		const ctx = new MapContext(fake.map);
		ctx.reveal([120, 50]); // (1 200, 500): right of the map
		ctx.reveal([50, 3.9]); // (500, 39): 1 px inside the top margin
		expect(fake.log).toEqual(['easeTo 120,50', 'easeTo 50,3.9']);
		expect(fake.camera).toEqual({ lng: 50, lat: 3.9, zoom: 9 });
	});
	it('starts its ease again when the box changes size before it lands, not a move of the user', () => {
		const fake = fakeMap();
		fake.slowEases = true;
		const ctx = new MapContext(fake.map);
		ctx.reveal([120, 50]);
		// The panel narrows the map mid-ease: the point is in sight already, yet the ease would
		// land in the old size's pixels. It starts again.
		ctx.reveal([50, 50]);
		expect(fake.log).toEqual(['easeTo 120,50', 'easeTo 50,50']);
		fake.endMove(); // landed
		ctx.reveal([50, 50]);
		expect(fake.log).toHaveLength(2);
		// A move of the user's own (a drag) under way: a point in sight leaves it alone.
		fake.moving = true;
		ctx.reveal([50, 50]);
		expect(fake.log).toHaveLength(2);
	});
	it('is not fooled by the `moveend` of the resize it started in', () => {
		const fake = fakeMap();
		fake.slowEases = true;
		const ctx = new MapContext(fake.map);
		ctx.reveal([120, 50]); // started in a resize listener…
		fake.emit('moveend'); // …whose own moveend MapLibre fires next, the ease under way
		ctx.reveal([50, 50]); // the next resize, mid-ease: started again
		expect(fake.log).toEqual(['easeTo 120,50', 'easeTo 50,50']);
	});
	it('leaves a view kept fitted alone (the territory is whole), but not once moved by hand', () => {
		const fake = fakeMap();
		const ctx = new MapContext(fake.map);
		ctx.keepFitted([3.5, 43.9, 4.3, 44.4]);
		ctx.reveal([120, 50]);
		expect(fake.log).toEqual([]);
		fake.camera = { ...fake.camera, zoom: fake.camera.zoom + 1 };
		ctx.reveal([120, 50]);
		expect(fake.log).toEqual(['easeTo 120,50']);
	});
});
