import { describe, expect, it } from 'vitest';
import type { Indicator } from '$lib/indicators/types';
import { concentrationsModel } from './map-model';
import { viewStates, type ViewClasses } from './map-view';
import { clusterColours } from './map-colours';

const ind = {
	id: 'x',
	label: 'Part des 15-29 ans',
	definition: '',
	theme: 'jeunesse',
	unit: '%',
	digits: 1,
	sources: [{ id: 'rp', file: 'f.csv', producer: 'Insee', vintage: 'RP 2022', licence: '' }],
	polarity: 1,
	formula: { kind: 'value', column: 'x', aggregate: { kind: 'none', reason: '' } }
} satisfies Indicator;

/*
 * LISA classes by hand: A high-high (1) → red #d7191c, B not significant (0) → white #ffffff,
 * C no value (null) → hatched, D low-low (2) → blue #2c7bb6 (GeoDa's colours, map-colours.ts).
 */
const codes = ['A', 'B', 'C', 'D'];
const vc: ViewClasses = { classes: [1, 0, null, 2], colours: clusterColours, breaks: [] };
const states = viewStates(codes, vc)!;
const model = concentrationsModel({
	view: 'lisa',
	vc,
	states,
	variable: { label: ind.label, digits: 1 },
	indicators: [ind],
	territoryName: 'CA Alès Agglomération',
	date: new Date('2026-11-30T12:00:00Z')
});

describe('concentrationsModel', () => {
	it('gives the SVG map the fills MapLibre paints', () => {
		const byHand = { A: '#d7191c', B: '#ffffff', C: null, D: '#2c7bb6' };
		for (const [code, fill] of Object.entries(byHand)) {
			expect(states[code]!.fill).toBe(fill);
			expect(model.fills[code]).toBe(fill);
		}
	});

	it('takes the page legend, title and sources', () => {
		const counts = model.legend.filter((e) => e.count).map((e) => [e.colour, e.count]);
		expect(counts).toEqual([
			['#d7191c', 1],
			['#2c7bb6', 1],
			['#ffffff', 1]
		]);
		expect(model.title).toBe('Regroupements de communes voisines (LISA) — CA Alès Agglomération');
		expect(model.source).toContain('Source : Insee (RP 2022)');
	});
});
