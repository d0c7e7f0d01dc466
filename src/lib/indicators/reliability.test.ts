/** The flag's rule in the method notes, read from the catalogue (its one rate flagged by a count). */
import { describe, expect, it } from 'vitest';
import { indicators } from './catalogue';
import {
	isFragile,
	rareEventCodes,
	rareLegend,
	rareMarkClause,
	smallDenominatorNote,
	smallFlagRule
} from './reliability';

describe('smallDenominatorNote', () => {
	it('rates with their counts only, no birth rate: the denominator rule alone', () => {
		const counted = indicators.filter((i) => i.formula.kind === 'ratio' && !i.events);
		expect(counted.length).toBeGreaterThan(0);
		expect(smallDenominatorNote(counted)).toBe(
			'« Petit effectif » : taux calculé sur moins de 30 personnes, familles ou logements. À lire avec prudence.'
		);
	});

	it('with the birth rate: « peu de naissances » said after it', () => {
		const counted = indicators.filter((i) => i.formula.kind === 'ratio');
		expect(smallDenominatorNote(counted)).toBe(
			'« Petit effectif » : taux calculé sur moins de 30 personnes, familles ou logements. À lire avec prudence.' +
				' « Peu de naissances » : taux calculé sur moins de 20 naissances dans l’année, que le hasard fait beaucoup varier d’une année à l’autre.'
		);
	});

	it('the whole catalogue: the young people’s share adds its commune-count rule', () => {
		expect(smallDenominatorNote(indicators)).toBe(
			'« Petit effectif » : taux calculé sur moins de 30 personnes, familles ou logements ; ' +
				'pour l’indicateur « Part des jeunes non insérés (15-24 ans), 2018 », publié sans ses ' +
				'effectifs : commune comptant moins de 30 habitants de 15 à 29 ans (RP 2022). À lire avec prudence.' +
				' « Peu de naissances » : taux calculé sur moins de 20 naissances dans l’année, que le hasard fait beaucoup varier d’une année à l’autre.'
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

describe('rates of rare events', () => {
	const v = {
		values: { a: 24.8, b: 30, c: 0, d: null },
		counts: {
			a: [3, 121],
			b: [20, 667],
			c: [0, 168],
			d: [null, 50]
		} as Record<string, [number | null, number | null]>
	};
	it('names the communes whose rate rests on fewer than 20 events, for an events indicator only', () => {
		expect(rareEventCodes({ events: true }, v, ['a', 'b', 'c', 'd'])).toEqual(['a', 'c']);
		expect(rareEventCodes({}, v, ['a', 'b', 'c', 'd'])).toEqual([]);
		// Births are the one events indicator of the catalogue.
		expect(indicators.filter((i) => i.events).map((i) => i.id)).toEqual(['naissances_pour_1000']);
	});

	it('the legend row says how many, agreed in number', () => {
		expect(rareLegend(58)).toBe(
			'Taux calculé sur moins de 20 naissances, à lire avec prudence (58 communes)'
		);
		expect(rareLegend(1)).toBe(
			'Taux calculé sur moins de 20 naissances, à lire avec prudence (1 commune)'
		);
	});
});

describe('isFragile and rareMarkClause: the charts’ hollow marks', () => {
	const births = { events: true };
	const rate = {};
	it('hollow for a tiny denominator, or for a birth rate on fewer than 20 births', () => {
		// 19 births for 800 inhabitants: a birth rate under 20 events, not a tiny denominator.
		const d = { value: 23.75, numerator: 19, denominator: 800, population: null };
		expect(isFragile(d, births)).toBe(true);
		expect(isFragile(d, rate)).toBe(false);
		expect(isFragile({ ...d, numerator: 20, value: 25 }, births)).toBe(false);
		// 5 of 29: a tiny denominator, whatever the indicator.
		expect(isFragile({ value: 17.2, numerator: 5, denominator: 29, population: null }, rate)).toBe(
			true
		);
		// No value: nothing drawn, nothing flagged.
		expect(isFragile({ ...d, value: null }, births)).toBe(false);
	});

	it('the caption names « peu de naissances » only when a birth rate is shown', () => {
		expect(rareMarkClause([rate, births])).toBe(
			' ou, pour la natalité, un taux calculé sur moins de 20 naissances (« peu de naissances »)'
		);
		expect(rareMarkClause([rate])).toBe('');
	});
});
