import { describe, expect, it } from 'vitest';
import { indicatorById } from '$lib/indicators/catalogue';
import { describeFormula } from './formula';

describe('describeFormula (the sources page’s « Calcul »)', () => {
	it('names the count that flags the young people’s share in a tiny commune', () => {
		// NEET 2018 is published without counts; P22_POP1529 (RP 2022) bounds its 15-24 year olds.
		expect(describeFormula(indicatorById('jeunes_non_inseres_2018')!.formula)).toBe(
			'Valeur publiée (neet18_part_non_inseres). Pas de valeur d’ensemble : Taux publié sans ses ' +
				'effectifs : on ne peut pas le recalculer pour un ensemble de communes. Signalée « petit ' +
				'effectif » si rp22_pop1529 < 30 (habitants de 15 à 29 ans, RP 2022).'
		);
	});

	it('says nothing of it for a published value without such a count (the poverty rate)', () => {
		expect(describeFormula(indicatorById('taux_pauvrete_2021')!.formula)).not.toMatch(
			/petit effectif/
		);
	});
});
