import { describe, expect, it } from 'vitest';
import type { Indicator } from '$lib/indicators/types';
import { crossingModel, crossingStates } from './map-model';
import { crossNeeds } from './quadrants';

const ind = {
	id: 'x',
	label: 'Taux de pauvreté',
	definition: '',
	theme: 'jeunesse',
	unit: '%',
	digits: 1,
	sources: [{ id: 'f', file: 'f.csv', producer: 'Insee', vintage: 'Filosofi 2021', licence: '' }],
	polarity: 1,
	formula: { kind: 'value', column: 'x', aggregate: { kind: 'none', reason: '' } }
} satisfies Indicator;

/*
 * By hand. Values 1…6 (G secret). Need terciles of [1, 2, 3, 4, 5, 6] (simple-statistics'
 * quantileSorted: 6 × 1/3 = 2, a whole index of an even-length list, so (2 + 3) / 2 = 2,5; and
 * 6 × 2/3 = 4, so (4 + 5) / 2 = 4,5): A, B → 0; C, D → 1; E, F → 2.
 * Mentions: the median of the positive intensities [1, 2, 3, 4] is (2 + 3) / 2 = 2,5: A, B, D (0)
 * → 0; C (1) and F (2) → 1; E (4) and G (3) → 2.
 * Colours (BIVARIATE[need][expressed]): A → #e8e8e8, C → #a5add3, E → #3b4994, F → #8c62aa;
 * G (no value) and H (left out, « petit effectif ») → null, hatched.
 */
const values = { A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: null };
const intensity = { A: 0, B: 0, C: 1, D: 0, E: 4, F: 2, G: 3 };
const { rows } = crossNeeds(['A', 'B', 'C', 'D', 'E', 'F', 'G'], values, intensity, 1);
const states = crossingStates(rows, ['H']);
const model = crossingModel({
	indicator: ind,
	states,
	rows,
	example: true,
	territoryName: 'CA Alès Agglomération',
	date: new Date('2026-11-30T12:00:00Z')
});

describe('crossingModel', () => {
	it('gives the SVG map the fills MapLibre paints', () => {
		const byHand = { A: '#e8e8e8', C: '#a5add3', E: '#3b4994', F: '#8c62aa', G: null, H: null };
		for (const [code, fill] of Object.entries(byHand)) {
			expect(states[code]!.fill).toBe(fill);
			expect(model.fills[code]).toBe(fill);
		}
		expect(states.H!.missing).toBe(true);
	});

	it('counts each class in the legend and says the problems are an example', () => {
		const count = (label: string) => model.legend.find((e) => e.label === label)?.count;
		expect(count('besoin le plus marqué · beaucoup de mentions')).toBe(1); // E
		expect(count('besoin le plus marqué · quelques mentions')).toBe(1); // F
		expect(count('besoin le moins marqué · aucune mention')).toBe(2); // A, B
		expect(count('Secret, non disponible ou écartée (n.d.)')).toBe(2); // G, H
		expect(model.legend).toHaveLength(10);
		expect(model.title).toBe(
			'Besoin mesuré (Taux de pauvreté (%)) × besoin exprimé — CA Alès Agglomération'
		);
		expect(model.subtitle).toContain('exemple fictif');
		expect(model.source).toContain('Insee, ateliers CTG, exemple fictif');
		expect(model.vintage).toBe('Filosofi 2021, problématiques saisies');
		expect(model.date).toBe('30 novembre 2026');
	});
});
