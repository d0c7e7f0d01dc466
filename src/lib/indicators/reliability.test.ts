/** The flag's rule in the method notes, read from the catalogue (its one rate flagged by a count). */
import { describe, expect, it } from 'vitest';
import { indicators } from './catalogue';
import { smallDenominatorNote, smallFlagRule } from './reliability';

describe('smallDenominatorNote', () => {
	it('rates with their counts only: the denominator rule alone', () => {
		const counted = indicators.filter((i) => i.formula.kind === 'ratio');
		expect(counted.length).toBeGreaterThan(0);
		expect(smallDenominatorNote(counted)).toBe(
			'« Petit effectif » : taux calculé sur moins de 30 personnes, familles ou logements. À lire avec prudence.'
		);
	});

	it('the whole catalogue: the young people’s share adds its commune-count rule', () => {
		expect(smallDenominatorNote(indicators)).toBe(
			'« Petit effectif » : taux calculé sur moins de 30 personnes, familles ou logements ; ' +
				'pour l’indicateur « Part des jeunes non insérés (15-24 ans), 2018 », publié sans ses ' +
				'effectifs : commune comptant moins de 30 habitants de 15 à 29 ans (RP 2022). À lire avec prudence.'
		);
	});

	it('the poverty rate, published without counts and without a bound, adds nothing', () => {
		const poverty = indicators.filter((i) => i.id === 'taux_pauvrete_2021');
		expect(poverty).toHaveLength(1);
		expect(smallDenominatorNote(poverty)).toBe(
			'« Petit effectif » : taux calculé sur moins de 30 personnes, familles ou logements. À lire avec prudence.'
		);
	});

	it('the young people’s share alone: its commune-count rule alone', () => {
		const neet = indicators.filter((i) => i.id === 'jeunes_non_inseres_2018');
		expect(smallFlagRule(neet)).toBe(
			'pour l’indicateur « Part des jeunes non insérés (15-24 ans), 2018 », publié sans ses ' +
				'effectifs : commune comptant moins de 30 habitants de 15 à 29 ans (RP 2022)'
		);
	});
});
