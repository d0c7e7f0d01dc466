/** Activity indicators: unemployment (RP 2022) and NEET youth (2018). */
import { MERGED_NULL, RP_CAVEAT, share } from './catalogue-shared';
import { SMALL_DENOMINATOR } from './reliability';
import { source } from './sources';
import type { Indicator } from './types';

const RP = [source('rp2022')];

/** Unemployment and NEET indicators. */
export const activityIndicators: Indicator[] = [
	{
		id: 'chomage_15_24',
		label: 'Taux de chômage des 15-24 ans',
		definition:
			'Parmi les jeunes de 15 à 24 ans actifs (en emploi ou qui en cherchent un), part de ceux qui se déclarent au chômage au recensement.',
		theme: 'jeunesse',
		unit: '%',
		digits: 1,
		formula: share(['rp22_chom1524'], ['rp22_act1524']),
		sources: RP,
		counted: {
			numerator: 'chômeurs de 15 à 24 ans',
			denominator: 'actifs de 15 à 24 ans',
			denominatorOne: 'actif de 15 à 24 ans'
		},
		polarity: 1,
		caveats: [
			'Chômage au sens du recensement (déclaratif), différent du chômage au sens du BIT et des inscrits à France Travail.',
			RP_CAVEAT
		]
	},
	{
		id: 'chomage_15_64',
		label: 'Taux de chômage des 15-64 ans',
		definition:
			'Parmi les actifs de 15 à 64 ans, part de ceux qui se déclarent au chômage au recensement.',
		theme: 'acces_droits',
		unit: '%',
		digits: 1,
		formula: share(
			['rp22_chom1524', 'rp22_chom2554', 'rp22_chom5564'],
			['rp22_act1524', 'rp22_act2554', 'rp22_act5564']
		),
		sources: RP,
		counted: {
			numerator: 'chômeurs de 15 à 64 ans',
			denominator: 'actifs de 15 à 64 ans',
			denominatorOne: 'actif de 15 à 64 ans'
		},
		polarity: 1,
		caveats: ['Chômage au sens du recensement (déclaratif).', RP_CAVEAT]
	},
	{
		id: 'jeunes_non_inseres_2018',
		label: 'Part des jeunes non insérés (15-24 ans), 2018',
		definition:
			'Part des jeunes de 15 à 24 ans qui ne sont ni en emploi, ni en études, ni en formation, publiée par l’Observatoire des territoires.',
		theme: 'jeunesse',
		unit: '%',
		digits: 1,
		formula: {
			kind: 'value',
			column: 'neet18_part_non_inseres',
			aggregate: {
				kind: 'none',
				reason:
					'Taux publié sans ses effectifs : on ne peut pas le recalculer pour un ensemble de communes.'
			},
			// Its 15-24 year olds are unknown; the commune's 15-29 year olds bound them.
			population: {
				column: 'rp22_pop1529',
				counted: 'habitants de 15 à 29 ans',
				countedOne: 'habitant de 15 à 29 ans',
				vintage: 'RP 2022'
			}
		},
		// The census count above flags a tiny commune only; the rate's one source stays its own (the
		// sources page names the column with the formula, the flag says « RP 2022 » beside the count).
		sources: [source('neet2018')],
		polarity: 1,
		caveats: [
			'Millésime 2018, plus ancien que les autres données du recensement.',
			'Producteur et définition déduits de la structure du fichier (export de l’Observatoire des territoires).',
			`Publié sans ses effectifs : signalé « petit effectif » quand la commune compte moins de ${SMALL_DENOMINATOR} habitants de 15 à 29 ans (recensement 2022).`,
			MERGED_NULL
		]
	}
];
