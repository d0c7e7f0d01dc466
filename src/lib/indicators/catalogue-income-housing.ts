/** Indicators from Filosofi 2021 (published values) and RP 2018 housing counts. */
import { MERGED_NULL, share } from './catalogue-shared';
import { source } from './sources';
import type { Indicator } from './types';

/** Income and housing indicators (published values and RP 2018 housing counts). */
export const incomeHousingIndicators: Indicator[] = [
	{
		id: 'niveau_vie_median_2021',
		label: 'Niveau de vie médian 2021',
		definition:
			'Revenu disponible par unité de consommation qui partage les habitants en deux moitiés : la moitié vit avec moins. Plus il est bas, plus les ménages sont modestes.',
		theme: 'acces_droits',
		unit: '€ par an',
		digits: 0,
		formula: {
			kind: 'value',
			column: 'filo21_med21',
			aggregate: {
				kind: 'none',
				reason: 'Une médiane ne se calcule pas à partir des médianes des communes.'
			}
		},
		sources: [source('filo2021')],
		polarity: -1,
		caveats: ['Non diffusé (secret statistique) pour les plus petites communes.', MERGED_NULL]
	},
	{
		id: 'taux_pauvrete_2021',
		label: 'Taux de pauvreté 2021',
		definition:
			'Part des habitants dont le niveau de vie est inférieur à 60 % du niveau de vie médian national (seuil de pauvreté).',
		theme: 'acces_droits',
		unit: '%',
		// Filosofi publishes this rate in whole points (all 74 published values of the Gard are
		// whole): « 30,0 % » would claim a precision the source does not have.
		digits: 0,
		formula: {
			kind: 'value',
			column: 'filo21_tp6021',
			aggregate: {
				kind: 'none',
				reason:
					'Taux publié sans ses effectifs, et secret dans la plupart des communes : pas d’agrégat honnête.'
			}
		},
		sources: [source('filo2021')],
		polarity: 1,
		caveats: [
			'Secret statistique : publié seulement pour les communes les plus peuplées (74 communes du Gard sur 351 dans le fichier Filosofi 2021).',
			MERGED_NULL
		]
	},
	{
		id: 'part_logements_vacants',
		label: 'Part des logements vacants',
		definition:
			'Part des logements inoccupés (à vendre, à louer, en attente ou hors d’usage). Une vacance forte peut signaler des logements dégradés ou une perte d’attractivité, mais aussi une offre disponible.',
		theme: 'logement',
		unit: '%',
		digits: 1,
		formula: share(['cmp22_p18_logvac'], ['cmp22_p18_log']),
		sources: [source('cmp2022')],
		counted: {
			numerator: 'logements vacants',
			denominator: 'logements',
			denominatorOne: 'logement'
		},
		polarity: 0,
		caveats: [
			'Recensement 2018 : seul millésime logement disponible dans les données du projet.',
			'Corbès et Thoiras sont additionnés pour Thoiras-Corbès.'
		]
	},
	{
		id: 'part_proprietaires',
		label: 'Part des ménages propriétaires',
		definition: 'Parmi les résidences principales, part de celles occupées par leur propriétaire.',
		theme: 'logement',
		unit: '%',
		digits: 1,
		formula: share(['cmp22_p18_rp_prop'], ['cmp22_p18_rp']),
		sources: [source('cmp2022')],
		counted: {
			numerator: 'résidences principales occupées par leur propriétaire',
			denominator: 'résidences principales',
			denominatorOne: 'résidence principale'
		},
		polarity: 0,
		caveats: [
			'Recensement 2018.',
			'Les logements sociaux (HLM) ne sont pas disponibles par commune dans les données du projet.'
		]
	}
];
