import { describe, expect, it } from 'vitest';
import { indicatorById } from '$lib/indicators/catalogue';
import type { AggregateValue, ValueDetail } from '$lib/indicators/types';
import {
	formatAggregate,
	formatCounts,
	formatDetail,
	formatDetailLine,
	formatValue,
	reliabilityCell,
	smallFlag,
	uncountedFlag
} from './indicator';

const pct = { digits: 1, unit: '%' };
const agg = (value: number | null, covered: number): AggregateValue => ({
	value,
	numerator: null,
	denominator: null,
	missing: null,
	covered,
	total: 71
});
const detail = (d: Partial<ValueDetail>): ValueDetail => ({
	value: null,
	numerator: null,
	denominator: null,
	missing: null,
	...d
});

describe('formatValue', () => {
	it('writes French numbers with their unit', () => {
		expect(formatValue(12345.67, pct)).toBe('12\u202f345,7\u00a0%');
		expect(formatValue(3.25, { digits: 1, unit: 'km' })).toBe('3,3\u00a0km');
	});
	it('shows NULL as n.d., never as 0', () => {
		expect(formatValue(null, pct)).toBe('n.d.');
	});
});

describe('formatDetail: « n.d. » says why', () => {
	it.each([
		{ missing: 'secret', expected: 'n.d. (secret statistique)' },
		{ missing: 'non_publie', expected: 'n.d. (non publié)' },
		{ missing: 'fusion', expected: 'n.d. (non calculable pour une commune fusionnée)' },
		{ missing: 'denominateur_nul', expected: 'n.d. (dénominateur nul)' }
	] as const)('$missing', ({ missing, expected }) => {
		expect(formatDetail(detail({ missing }), pct)).toBe(expected);
	});
	it('a rate on nobody names who is missing (Sénéchas: P22_ACT1524 = 0)', () => {
		const youth = indicatorById('chomage_15_24')!;
		const d = detail({ missing: 'denominateur_nul', numerator: 0, denominator: 0 });
		expect(formatDetail(d, youth)).toBe('n.d. (0 actif de 15 à 24 ans, pas de taux calculable)');
	});
});

describe('counts and small-number flag', () => {
	const youth = indicatorById('chomage_15_24')!;
	const eaje = indicatorById('eaje_pour_1000_enfants')!;

	it('Saint-Hippolyte-de-Caton: « ≈ 5 sur 8 » when the rounded counts do not give the rate', () => {
		// data/commune_values.csv: 4,6646 unemployed of 8,3270 active: 56,0 %, but 5 / 8 = 62,5 %.
		const d = detail({ value: 56.018, numerator: 4.66462617, denominator: 8.32704106 });
		expect(formatDetailLine(d, youth)).toBe(
			'56,0\u00a0% (≈ 5 sur 8 actifs de 15 à 24 ans ; petit effectif)'
		);
		// Alès: 761,97 of 1 939,48 is 39,3 %, and so is 762 / 1 939: no « ≈ ».
		const ales = detail({ value: 39.287, numerator: 761.968333, denominator: 1939.480534 });
		expect(formatDetailLine(ales, youth)).toBe(
			'39,3\u00a0% (762 sur 1\u202f939 actifs de 15 à 24 ans)'
		);
	});

	it('Bonnevaux: « 100,0 % (2 sur 2 actifs de 15 à 24 ans ; petit effectif) »', () => {
		const d = detail({ value: 100, numerator: 2, denominator: 2 });
		expect(formatDetailLine(d, youth)).toBe(
			'100,0\u00a0% (2 sur 2 actifs de 15 à 24 ans ; petit effectif)'
		);
	});

	it('a rate published without its counts says so: Bonnevaux, young people not in work or training, 2018', () => {
		// jeunes_non_inseres_communes_gard.csv: « 30044,Bonnevaux,2018,0.00 », no head count.
		const neet = indicatorById('jeunes_non_inseres_2018')!;
		expect(formatDetailLine(detail({ value: 0 }), neet)).toBe('0,0\u00a0% (effectifs non publiés)');
		// A missing value has its reason, not this label; a counted rate has its counts instead.
		expect(uncountedFlag({ value: null }, neet)).toBeNull();
		expect(formatDetailLine(detail({ value: 25, numerator: 10, denominator: 40 }), youth)).toBe(
			'25,0\u00a0% (10 sur 40 actifs de 15 à 24 ans)'
		);
		// A published median in euros is no rate: nothing to flag.
		expect(uncountedFlag({ value: 21000 }, indicatorById('niveau_vie_median_2021')!)).toBeNull();
	});

	it('says « peu de naissances » beside a birth rate on fewer than 20 births, and in the exports', () => {
		// Soustelle 30323 (comparateur Insee 2024): 3 births for 121 inhabitants, 24,79 ‰.
		const births = indicatorById('naissances_pour_1000')!;
		const soustelle = detail({ value: 24.793, numerator: 3, denominator: 121 });
		expect(formatDetailLine(soustelle, births)).toBe(
			'24,8\u00a0‰ (naissances : 3 pour 121 habitants ; peu de naissances)'
		);
		expect(reliabilityCell(soustelle, births)).toBe('peu de naissances');
		// Bagard 30027: 20 births for 2 577 inhabitants.
		expect(
			reliabilityCell(detail({ value: 7.761, numerator: 20, denominator: 2577 }), births)
		).toBe('');
	});

	it('flags such a rate where the commune has under 30 inhabitants aged 15–29, and says so', () => {
		// Bonnevaux 30044: « 30044,Bonnevaux,2018,0.00 »; P22_POP1529 = 5.0 (RP 2022).
		const neet = indicatorById('jeunes_non_inseres_2018')!;
		const bonnevaux = detail({ value: 0, population: 5 });
		expect(formatDetailLine(bonnevaux, neet)).toBe(
			'0,0 % (petit effectif ; effectifs non publiés ; 5 habitants de 15 à 29 ans, RP 2022)'
		);
		expect(reliabilityCell(bonnevaux, neet)).toBe(
			'petit effectif (5 habitants de 15 à 29 ans, RP 2022)'
		);
		// Sainte-Croix-de-Caderle 30246: 25,00 %, P22_POP1529 = 4,72 → « 5 », rounded as counts are.
		expect(formatDetailLine(detail({ value: 25, population: 4.72215 }), neet)).toMatch(
			/; 5 habitants de 15 à 29 ans, RP 2022\)$/
		);
		// One inhabitant: singular. La Grand-Combe 30132 (778,3): neither flag nor count.
		expect(formatDetailLine(detail({ value: 10, population: 1 }), neet)).toMatch(
			/; 1 habitant de 15 à 29 ans, RP 2022\)$/
		);
		const grandCombe = detail({ value: 37.8, population: 778.285757 });
		expect(formatDetailLine(grandCombe, neet)).toBe('37,8 % (effectifs non publiés)');
		expect(reliabilityCell(grandCombe, neet)).toBe('effectifs non publiés');
	});

	it('flags below 30 in the denominator only', () => {
		expect(smallFlag({ value: 10, denominator: 29.9 })).toBe('petit effectif');
		expect(smallFlag({ value: 10, denominator: 30 })).toBeNull();
		expect(smallFlag({ value: null, denominator: 2 })).toBeNull();
		expect(smallFlag({ value: 10, denominator: null })).toBeNull();
	});

	it('a zero count says what it counts (establishments, not places)', () => {
		// La Grand-Combe: 0 EAJE in BPE 2019 for 836,85 children aged 0–14.
		const d = detail({ value: 0, numerator: 0, denominator: 836.85 });
		expect(formatCounts(d, eaje)).toBe(
			'aucun établissement d’accueil du jeune enfant recensé (BPE 2019) ; ce sont des établissements, pas des places, pour 837 enfants de 0 à 14 ans'
		);
	});

	it('a school count of 0 says which schools count (the annuaire’s « hors contrat » do not)', () => {
		// Anduze (30010): the annuaire's one lycée there is « hors contrat »; 432,84 people aged
		// 15-29 in RP 2022 (commune_values.csv).
		const lycees = indicatorById('lycees_pour_1000_jeunes')!;
		expect(formatCounts(detail({ value: 0, numerator: 0, denominator: 432.835 }), lycees)).toBe(
			'aucun lycée public ou privé sous contrat dans la commune (annuaire de l’éducation 2024), pour 433 jeunes de 15 à 29 ans'
		);
	});

	it('one counted person is written in the singular, as the count is shown', () => {
		// Saint-Bonnet-de-Salendrinque (30236), RP 2022: 0,96 active person aged 15-24, 0,96
		// unemployed (weighted estimates), shown « 1 sur 1 ».
		const chomage = indicatorById('chomage_15_24')!;
		expect(
			formatCounts(detail({ value: 100, numerator: 0.96124, denominator: 0.96124 }), chomage)
		).toBe('1 sur 1 actif de 15 à 24 ans');
		expect(formatCounts(detail({ value: 50, numerator: 1, denominator: 2 }), chomage)).toBe(
			'1 sur 2 actifs de 15 à 24 ans'
		);
	});

	it('a per-1 000 ratio names what it counts', () => {
		expect(formatCounts(detail({ value: 2, numerator: 1, denominator: 500 }), eaje)).toBe(
			'établissements d’accueil du jeune enfant : 1 pour 500 enfants de 0 à 14 ans'
		);
	});
});

describe('formatAggregate', () => {
	it('states the coverage of a partial aggregate', () => {
		expect(formatAggregate(agg(20, 69), pct)).toBe('20,0\u00a0% (69 communes sur 71)');
		expect(formatAggregate(agg(20, 71), pct)).toBe('20,0\u00a0%');
		// French agreement: « 1 commune », not « 1 communes ».
		expect(formatAggregate(agg(20, 1), pct)).toBe('20,0\u00a0% (1 commune sur 71)');
	});

	it('says why an aggregate is n.d.', () => {
		// A median has no value for a set of communes (the catalogue's `aggregate: none`).
		const median = indicatorById('niveau_vie_median_2021')!;
		expect(formatAggregate(agg(null, 0), median)).toBe('n.d. (pas de valeur d’ensemble)');
		expect(formatAggregate(agg(null, 0), pct)).toBe('n.d. (aucune commune renseignée)');
		expect(formatAggregate(agg(null, 71), pct)).toBe('n.d. (dénominateur nul)');
		expect(formatAggregate(undefined, pct)).toBe('n.d.');
	});
});
