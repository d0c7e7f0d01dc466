import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { boundsOf } from './bounds';
import { baseStyle } from './style';
import {
	choroplethLayers,
	COMMUNE_LINE,
	focusCasingLayer,
	focusLayer,
	neighbourLayer,
	outlineLayer
} from './layer-specs';
import { LAYER_ORDER } from './layer-order';
import { problemsLayer, servicesLayer } from './layer-specs';
import { SERVICE_KINDS } from './services';

const square: FeatureCollection = {
	type: 'FeatureCollection',
	features: [
		{
			type: 'Feature',
			properties: { code: 'A', territory: true },
			geometry: {
				type: 'Polygon',
				coordinates: [
					[
						[3, 43],
						[4.5, 43],
						[4.5, 44.2],
						[3, 43]
					]
				]
			}
		}
	]
};

const allLayers = [
	...choroplethLayers(),
	outlineLayer('outline'),
	focusCasingLayer(),
	focusLayer(),
	neighbourLayer(),
	problemsLayer('problems', 10),
	servicesLayer('services', SERVICE_KINDS)
];

describe('baseStyle', () => {
	it('loads nothing from anywhere: every source is inline data, no glyphs, no sprite', () => {
		const style = baseStyle(square);
		expect(style.glyphs).toBeUndefined();
		expect(style.sprite).toBeUndefined();
		for (const src of Object.values(style.sources))
			expect(typeof (src as { data: unknown }).data).toBe('object');
		expect(JSON.stringify(style)).not.toMatch(/https?:/);
	});

	it("takes the communes as a URL of our own file, for MapLibre's worker to fetch", () => {
		const style = baseStyle('./data/communes.geojson');
		expect(style.sources.communes).toMatchObject({ data: './data/communes.geojson' });
	});

	it('keys communes by INSEE code for feature-state', () => {
		expect(baseStyle(square).sources.communes).toMatchObject({ promoteId: 'code' });
	});
});

describe('layer specs', () => {
	it('ask for no text, glyph, sprite or remote resource', () => {
		const text = JSON.stringify(allLayers);
		expect(text).not.toMatch(/https?:|text-field|icon-image/);
	});

	it.each([
		{ id: 'territory-fill', key: 'fill-color', expected: ['feature-state', 'fill'] },
		{ id: 'missing-hatch', key: 'fill-opacity', expected: ['feature-state', 'missing'] },
		{ id: 'focus-line', key: 'line-width', expected: ['feature-state', 'selected'] },
		{ id: 'focus-casing', key: 'line-width', expected: ['feature-state', 'selected'] },
		{ id: 'neighbour-line', key: 'line-width', expected: ['feature-state', 'neighbour'] }
	])('$id reads its $key from feature-state', ({ id, key, expected }) => {
		const layer = allLayers.find((l) => l.id === id) as { paint: Record<string, unknown> };
		expect(JSON.stringify(layer.paint[key])).toContain(JSON.stringify(expected));
	});

	it('draws the chosen commune in blue over a white band 2 px wider each side, under it', () => {
		const line = focusLayer() as { paint: Record<string, unknown> };
		const casing = focusCasingLayer() as { paint: Record<string, unknown> };
		expect(casing.paint['line-color']).toBe('#ffffff');
		// ['case', selected, width, …]: the widths when selected.
		const width = (p: Record<string, unknown>) => (p['line-width'] as unknown[])[2];
		expect(width(line.paint)).toBe(3);
		expect(width(casing.paint)).toBe(7);
		expect(LAYER_ORDER.indexOf('focus-casing')).toBe(LAYER_ORDER.indexOf('focus-line') - 1);
	});

	it('gives every layer a distinct id', () => {
		const ids = allLayers.map((l) => l.id);
		expect(new Set(ids).size).toBe(ids.length);
	});
});

describe('boundsOf', () => {
	it('returns west, south, east, north', () => {
		expect(boundsOf(square)).toEqual([3, 43, 4.5, 44.2]);
	});
});

describe('commune lines', () => {
	it('outline a white commune in grey, every other one in white', async () => {
		const { expression } = await import('@maplibre/maplibre-gl-style-spec');
		const line = choroplethLayers().find((l) => l.id === COMMUNE_LINE) as {
			paint: Record<string, unknown>;
		};
		const parsed = expression.createExpression(line.paint['line-color'], {
			type: 'color',
			'property-type': 'data-driven',
			expression: { interpolated: false, parameters: ['zoom', 'feature', 'feature-state'] },
			transition: false
		} as never);
		if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
		const colourFor = (state: Record<string, unknown>) =>
			String(
				parsed.value.evaluate(
					{ zoom: 8 },
					{ type: 'Polygon', properties: {} } as never,
					state as never
				)
			);
		// « Non significatif » (#ffffff on /concentrations): grey.
		expect(colourFor({ fill: '#ffffff' })).toBe('#aab4bf');
		// A class colour, a hatched n.d. (null) and a commune with no state yet: white.
		expect(colourFor({ fill: '#d7191c' })).toBe('#ffffff');
		expect(colourFor({ fill: null, missing: true })).toBe('#ffffff');
		expect(colourFor({})).toBe('#ffffff');
	});
});
