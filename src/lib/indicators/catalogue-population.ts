/** Census indicators (RP 2022 and comparateur 2024): ages, families, births, population change. */
import { RP_CAVEAT, share } from './catalogue-shared';
import { source } from './sources';
import type { Indicator } from './types';

/** The 7 RP 2022 age bands: their sum is the population municipale 2022. */
export const RP22_AGE_BANDS = ['0014', '1529', '3044', '4559', '6074', '7589', '90p'].map(
	(b) => `rp22_pop${b}`
);
const FAMILIES = ['rp22_coupaenf', 'rp22_coupsenf', 'rp22_fammono'];
const RP = [source('rp2022')];

/** Age, families, activity and demography indicators. */
export const populationIndicators: Indicator[] = [
	{
		id: 'population_2022',
		label: 'Population 2022',
		definition:
			'Nombre d’habitants de la commune au recensement 2022 (population municipale), somme des sept tranches d’âge publiées par l’Insee.',
		theme: 'cadre_vie',
		unit: 'habitants',
		digits: 0,
		formula: {
			kind: 'value',
			column: 'rp22_pop',
			aggregate: { kind: 'sum' }
		},
		sources: RP,
		polarity: 0,
		caveats: ['Donnée de contexte, qui ne mesure pas un besoin.']
	},
	{
		id: 'evolution_population_2016_2022',
		label: 'Évolution annuelle de la population 2016-2022',
		definition:
			'Variation moyenne de la population chaque année entre les recensements 2016 et 2022 (sur 6 ans). Un chiffre négatif signifie que la commune perd des habitants.',
		theme: 'cadre_vie',
		unit: '% par an',
		digits: 2,
		formula: { kind: 'growth', from: 'rp16_pop', to: 'rp22_pop', years: 6 },
		sources: RP,
		polarity: 0,
		caveats: [RP_CAVEAT]
	},
	{
		id: 'part_0_14',
		label: 'Part des enfants de 0 à 14 ans',
		definition:
			'Part des habitants âgés de 0 à 14 ans. Plus elle est forte, plus les besoins en accueil du jeune enfant, en écoles et en loisirs sont importants.',
		theme: 'petite_enfance',
		unit: '%',
		digits: 1,
		formula: share(['rp22_pop0014'], RP22_AGE_BANDS),
		sources: RP,
		counted: {
			numerator: 'enfants de 0 à 14 ans',
			denominator: 'habitants',
			denominatorOne: 'habitant'
		},
		polarity: 1,
		caveats: [
			'Le recensement diffusé dans les données du projet ne détaille pas les 0-2 ans, 3-5 ans ou 6-10 ans.',
			RP_CAVEAT
		]
	},
	{
		id: 'part_15_29',
		label: 'Part des jeunes de 15 à 29 ans',
		definition: 'Part des habitants âgés de 15 à 29 ans, public des politiques jeunesse.',
		theme: 'jeunesse',
		unit: '%',
		digits: 1,
		formula: share(['rp22_pop1529'], RP22_AGE_BANDS),
		sources: RP,
		counted: {
			numerator: 'jeunes de 15 à 29 ans',
			denominator: 'habitants',
			denominatorOne: 'habitant'
		},
		polarity: 1,
		caveats: [RP_CAVEAT]
	},
	{
		id: 'part_75_plus',
		label: 'Part des personnes de 75 ans ou plus',
		definition:
			'Part des habitants âgés de 75 ans ou plus, plus exposés à l’isolement et à la perte d’autonomie.',
		theme: 'cadre_vie',
		unit: '%',
		digits: 1,
		formula: share(['rp22_pop7589', 'rp22_pop90p'], RP22_AGE_BANDS),
		sources: RP,
		counted: {
			numerator: 'personnes de 75 ans ou plus',
			denominator: 'habitants',
			denominatorOne: 'habitant'
		},
		polarity: 1,
		caveats: [RP_CAVEAT]
	},
	{
		id: 'part_familles_monoparentales',
		label: 'Part des familles monoparentales',
		definition:
			'Parmi les familles de la commune, part de celles où un parent vit seul avec ses enfants. Ces familles sont plus souvent exposées à la pauvreté.',
		theme: 'familles',
		unit: '%',
		digits: 1,
		formula: share(['rp22_fammono'], FAMILIES),
		sources: RP,
		counted: {
			numerator: 'familles monoparentales',
			denominator: 'familles',
			denominatorOne: 'famille'
		},
		polarity: 1,
		caveats: [
			'Familles = couples avec enfants + couples sans enfant + familles monoparentales (exploitation complémentaire du recensement).',
			RP_CAVEAT
		]
	},
	{
		id: 'part_couples_avec_enfants',
		label: 'Part des couples avec enfants',
		definition:
			'Parmi les familles de la commune, part des couples qui vivent avec au moins un enfant.',
		theme: 'familles',
		unit: '%',
		digits: 1,
		formula: share(['rp22_coupaenf'], FAMILIES),
		sources: RP,
		counted: {
			numerator: 'couples avec enfants',
			denominator: 'familles',
			denominatorOne: 'famille'
		},
		polarity: 0,
		caveats: [
			'Les familles nombreuses (3 enfants ou plus) ne sont pas disponibles par commune dans les données du projet.',
			RP_CAVEAT
		]
	},
	{
		id: 'naissances_pour_1000',
		label: 'Naissances pour 1\u202f000 habitants',
		definition:
			'Nombre d’enfants nés en 2022 de mères domiciliées dans la commune, pour 1 000 habitants (population 2021). Indique les besoins à venir en accueil du jeune enfant.',
		theme: 'petite_enfance',
		unit: '‰',
		digits: 1,
		formula: {
			kind: 'ratio',
			numerator: ['cmp24_naissances_2022'],
			denominator: ['cmp24_pop2021'],
			scale: 1000
		},
		sources: [source('cmp2024')],
		counted: {
			numerator: 'naissances',
			denominator: 'habitants',
			denominatorOne: 'habitant'
		},
		polarity: 1,
		events: true,
		caveats: [
			'Naissances 2022 rapportées à la population 2021 (les deux derniers millésimes du comparateur Insee 2024).',
			'Corbès et Thoiras sont additionnés pour Thoiras-Corbès.',
			'Petits effectifs : quelques naissances de plus ou de moins changent beaucoup le taux d’une petite commune.'
		]
	}
];
