import { describe, expect, it } from 'vitest';
import type { Indicator } from '$lib/indicators/types';
import { buildChoropleth } from '$lib/features/atlas/choropleth';
import { choroplethModel } from './choropleth-model';
import { fillOf, HATCH_ID } from './svg/markup';

const ind = {
	id: 'x',
	label: 'Part des jeunes',
	definition: '',
	theme: 'jeunesse',
	unit: '%',
	digits: 1,
	sources: [
		{ id: 'rp', file: 'f.csv', producer: 'INSEE', vintage: 'RP 2022', licence: 'LO 2.0' },
		{ id: 'rp2', file: 'g.csv', producer: 'INSEE', vintage: 'RP 2022', licence: 'LO 2.0' }
	],
	polarity: 1,
	formula: { kind: 'value', column: 'x', aggregate: { kind: 'none', reason: '' } }
} satisfies Indicator;

/*
 * Equal intervals in 5 classes over 0…50: breaks 0, 10, 20, 30, 40, 50 (classes (lo, hi], the
 * first also holding 0). ColorBrewer YlOrRd with 5 classes, light to dark:
 * #ffffb2 #fecc5c #fd8d3c #f03b20 #bd0026. So A (0) and B (10) → #ffffb2, C (25) → #fd8d3c,
 * D (35) → #f03b20, E (50) → #bd0026, F (secret) → no colour, hatched.
 */
const values = { A: 0, B: 10, C: 25, D: 35, E: 50, F: null };
const territory = ['A', 'B', 'C', 'D', 'E', 'F'];
const choropleth = buildChoropleth(ind, values, territory, 'equal', 5);
const model = choroplethModel({
	indicator: ind,
	choropleth,
	methodLabel: 'Intervalles égaux',
	territoryName: 'CA Alès Agglomération',
	date: new Date('2026-11-30T12:00:00Z')
});

describe('choroplethModel', () => {
	it('colours five communes as MapLibre does (the feature-state its fill-color reads)', () => {
		const byHand = { A: '#ffffb2', B: '#ffffb2', C: '#fd8d3c', D: '#f03b20', E: '#bd0026' };
		for (const [code, colour] of Object.entries(byHand)) {
			expect(model.fills[code]).toBe(colour);
			expect(choropleth.states[code]!.fill).toBe(colour);
			expect(fillOf(model.fills, code)).toBe(colour);
		}
	});

	it('says when the rate is published without its counts (no commune can be outlined)', () => {
		// `ind` is a published percentage, as the NEET share: its value comes without counts.
		expect(model.uncounted).toMatch(/^Taux publié sans ses effectifs/);
		const counted = choroplethModel({
			indicator: {
				...ind,
				formula: { kind: 'ratio', numerator: ['n'], denominator: ['d'], scale: 100 }
			},
			choropleth,
			methodLabel: 'Intervalles égaux',
			territoryName: 'CA Alès Agglomération',
			date: new Date('2026-11-30T12:00:00Z')
		});
		expect(counted.uncounted).toBeUndefined();
	});

	it('draws a secret value hatched, never in the colour of 0', () => {
		expect(model.fills.F).toBeNull();
		expect(fillOf(model.fills, 'F')).toBe(`url(#${HATCH_ID})`);
	});

	it('says what the map is: title, legend, source, vintage, date', () => {
		expect(model.title).toBe('Part des jeunes (%) — CA Alès Agglomération');
		expect(model.subtitle).toBe(
			'Intervalles égaux · plus foncé = valeur plus élevée = besoin plus marqué'
		);
		expect(model.legend.map((e) => [e.label, e.count])).toEqual([
			['de 0,0 à 10,0', 2],
			['plus de 10,0 à 20,0', 0],
			['plus de 20,0 à 30,0', 1],
			['plus de 30,0 à 40,0', 1],
			['plus de 40,0 à 50,0', 1],
			['Secret ou non disponible (n.d.)', 1],
			['Reste du département (contexte)', undefined]
		]);
		expect(model.vintage).toBe('RP 2022');
		expect(model.source).toContain('Source : INSEE (RP 2022)');
		expect(model.date).toBe('30 novembre 2026');
	});
});
