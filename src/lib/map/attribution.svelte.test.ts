import { describe, expect, it } from 'vitest';
import type { Map as MlMap } from 'maplibre-gl';
import { attributionClosed, closeAttributionWhenSmall } from './attribution';

/**
 * A map's container `height` px high holding MapLibre's open compact attribution, its text
 * `lines` lines of 20 px (jsdom lays nothing out: the sizes are given).
 */
function fakeMap(height: number, lines: number) {
	const size = { height, lines };
	const box = document.createElement('div');
	Object.defineProperty(box, 'clientHeight', { get: () => size.height });
	const attribution = document.createElement('details');
	attribution.className =
		'maplibregl-ctrl maplibregl-ctrl-attrib maplibregl-compact maplibregl-compact-show';
	const inner = document.createElement('div');
	inner.className = 'maplibregl-ctrl-attrib-inner';
	inner.style.lineHeight = '20px';
	Object.defineProperty(inner, 'offsetHeight', { get: () => 20 * size.lines });
	attribution.append(inner);
	box.append(attribution);
	const handlers: (() => void)[] = [];
	const map = {
		getContainer: () => box,
		on: (type: string, handler: () => void) => type === 'resize' && handlers.push(handler)
	} as unknown as MlMap;
	const resize = (height: number, lines: number) => {
		Object.assign(size, { height, lines });
		handlers.forEach((h) => h());
	};
	const open = () => attribution.classList.contains('maplibregl-compact-show');
	const reopen = () => attribution.classList.add('maplibregl-compact-show');
	return { map, resize, open, reopen };
}

describe('attributionClosed', () => {
	it('is closed on a map under 420 px high or when its text wraps, open otherwise', () => {
		expect(attributionClosed(419, 1)).toBe(true);
		expect(attributionClosed(900, 2)).toBe(true);
		expect(attributionClosed(420, 1)).toBe(false);
		// The map page at 1280 × 720 with its table and a panel: about 310 px high.
		expect(attributionClosed(310, 1)).toBe(true);
	});
});

describe('closeAttributionWhenSmall', () => {
	it('leaves it open over a tall map where it holds on one line', () => {
		const m = fakeMap(600, 1);
		closeAttributionWhenSmall(m.map);
		expect(m.open()).toBe(true);
	});

	it('closes it where its text wraps, and when a tall map becomes short', () => {
		const narrow = fakeMap(550, 3);
		closeAttributionWhenSmall(narrow.map);
		expect(narrow.open()).toBe(false);

		const tall = fakeMap(600, 1);
		closeAttributionWhenSmall(tall.map);
		tall.resize(310, 1);
		expect(tall.open()).toBe(false);
	});

	it('keeps it open when the reader opened it on a short map, until the map becomes short again', () => {
		const m = fakeMap(300, 1);
		closeAttributionWhenSmall(m.map);
		expect(m.open()).toBe(false);
		m.reopen();
		m.resize(320, 1);
		expect(m.open()).toBe(true);
		m.resize(600, 1);
		m.resize(300, 1);
		expect(m.open()).toBe(false);
	});
});
