/**
 * « Communes similaires » on the comparison page: the indicator set, the rule for n.d. values,
 * and the method in plain French. The computation is `$lib/analysis/similarity`.
 */
import { similarCommunes, zTable, type SimilarityResult } from '$lib/analysis/similarity';
import type { IndicatorValues } from '$lib/indicators/types';

/**
 * The indicators compared: the population's ages, families, work, income, housing and change.
 * Left out: counts (size would dominate), the poverty rate (secret for most small communes),
 * youth unemployment (too few active young people in most villages) and the distances.
 */
export const SIMILARITY_INDICATORS = [
	'part_0_14',
	'part_15_29',
	'part_75_plus',
	'part_familles_monoparentales',
	'part_couples_avec_enfants',
	'chomage_15_64',
	'jeunes_non_inseres_2018',
	'niveau_vie_median_2021',
	'part_logements_vacants',
	'part_proprietaires',
	'evolution_population_2016_2022'
];
/** A pair is compared only on at least this many indicators that both communes have. */
export const MIN_SHARED = 9;
/** Neighbours shown per commune. */
export const SIMILAR_K = 5;

/** How to read a distance (0 identical, about √2 at random: a root mean square of z-score gaps). */
export const DISTANCE_READING =
	'0 pour deux communes identiques, autour de 1,4 pour deux communes prises au hasard';

/** The method, for the page (plain French). */
export const SIMILARITY_METHOD =
	`Pour chaque indicateur, chaque commune reçoit un score standardisé : son écart à la moyenne des communes de l’Agglomération, ` +
	`divisé par l’écart type. Un score de 1 veut dire « un écart type au-dessus de la moyenne » ; les indicateurs en %, en € ou en années pèsent ainsi autant. ` +
	`La distance entre deux communes est la racine de la moyenne des carrés des différences de scores (distance euclidienne divisée par la racine du nombre d’indicateurs) : ${DISTANCE_READING}. ` +
	`Une valeur non disponible n’est jamais remplacée : la distance se calcule sur les indicateurs que les deux communes ont, ` +
	`et seulement s’ils sont au moins ${MIN_SHARED} sur ${SIMILARITY_INDICATORS.length}. Les indicateurs « les plus proches » sont ceux où les deux scores diffèrent le moins. ` +
	`Dans les petites communes, les taux varient beaucoup d’un recensement à l’autre : une ressemblance y est indicative.`;

/** The closest communes of each of `selected`, among the `territory` communes. */
export function similarFor(
	selected: readonly string[],
	territory: readonly string[],
	values: Record<string, IndicatorValues>
): Record<string, SimilarityResult> {
	const z = zTable(
		SIMILARITY_INDICATORS.filter((id) => values[id]).map((id) => ({
			id,
			values: values[id]!.values
		})),
		territory
	);
	return Object.fromEntries(
		selected.map((code) => [
			code,
			similarCommunes(code, territory, z, { k: SIMILAR_K, minShared: MIN_SHARED })
		])
	);
}
