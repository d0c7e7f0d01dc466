/**
 * The indicators of /comparer's age structure and trends: not in the catalogue (they serve those
 * charts only), computed by the one indicator SQL like the catalogue's. The pipeline runs them at
 * build time into `compare-snapshot.json` (beside `snapshot.json`), so the page shows them with its
 * table, without waiting for DuckDB (8 s on this machine). Relative imports only: the pipeline
 * (tsx, before `svelte-kit sync` on a fresh clone) reads this file.
 */
import { MERGED_NULL, RP_CAVEAT, share } from './catalogue-shared';
import { RP22_AGE_BANDS } from './catalogue-population';
import { source } from './sources';
import type { Indicator } from './types';

/** The file the pipeline writes them into. */
export const COMPARE_SNAPSHOT = 'compare-snapshot.json';

/** French labels of the seven bands, in the order of `RP22_AGE_BANDS`. */
export const AGE_BAND_LABELS = [
	'0 à 14 ans',
	'15 à 29 ans',
	'30 à 44 ans',
	'45 à 59 ans',
	'60 à 74 ans',
	'75 à 89 ans',
	'90 ans ou plus'
];

/** One band's share as an indicator (not in the catalogue: it only serves this chart). */
export const ageBandIndicators: Indicator[] = RP22_AGE_BANDS.map((column, i) => ({
	id: `age_band_${column}`,
	label: `Part des ${AGE_BAND_LABELS[i]}`,
	definition: `Part des habitants âgés de ${AGE_BAND_LABELS[i]} au recensement 2022.`,
	theme: 'cadre_vie',
	unit: '%',
	digits: 1,
	formula: share([column], RP22_AGE_BANDS),
	sources: [source('rp2022')],
	counted: {
		numerator: 'habitants de cet âge',
		denominator: 'habitants',
		denominatorOne: 'habitant'
	},
	polarity: 0,
	caveats: [RP_CAVEAT]
}));

export const POPULATION_YEARS = ['2011', '2016', '2022'];
export const NEET_YEARS = ['2008', '2013', '2018'];

const population = (year: string): Indicator => ({
	id: `population_${year}`,
	label: `Population ${year}`,
	definition: `Population municipale au recensement ${year}, dans les limites communales de 2025.`,
	theme: 'cadre_vie',
	unit: 'habitants',
	digits: 0,
	formula: { kind: 'value', column: `rp${year.slice(2)}_pop`, aggregate: { kind: 'sum' } },
	sources: [source('rp2022')],
	polarity: 0
});

const neet = (year: string): Indicator => ({
	id: `jeunes_non_inseres_${year}`,
	label: `Part des jeunes non insérés (15-24 ans), ${year}`,
	definition:
		'Part des jeunes de 15 à 24 ans ni en emploi, ni en études, ni en formation, publiée par l’Observatoire des territoires.',
	theme: 'jeunesse',
	unit: '%',
	digits: 1,
	formula: {
		kind: 'value',
		column: `neet${year.slice(2)}_part_non_inseres`,
		aggregate: { kind: 'none', reason: 'Taux publié sans ses effectifs.' }
	},
	sources: [{ ...source('neet2018'), vintage: `RP ${year}` }],
	polarity: 1,
	caveats: [MERGED_NULL]
});

/** The six indicators, population years first. */
export const trendIndicators: Indicator[] = [
	...POPULATION_YEARS.map(population),
	...NEET_YEARS.map(neet)
];

/** The age bands' and the trends' indicators, in that order. */
export const compareFigureIndicators: readonly Indicator[] = [
	...ageBandIndicators,
	...trendIndicators
];
