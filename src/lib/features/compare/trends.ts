/**
 * Trends on /comparer: the population at the censuses 2011, 2016 and 2022 (counts: the
 * Agglomération's is their sum) and the share of NEET young people 2008, 2013, 2018 (published
 * rates without their counts: no Agglomération value). Each year is an indicator of its own,
 * computed by the one indicator SQL from `commune_values.csv`.
 */
import { detailOf } from '$lib/data/indicator-values';
import { readIndicators, type Aggregates, type ValuesProvider } from '$lib/data/values';
import { MERGED_NULL } from '$lib/indicators/catalogue-shared';
import { source } from '$lib/indicators/sources';
import type { Indicator, IndicatorValues, ValueDetail } from '$lib/indicators/types';

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

/** Values and aggregates of `trendIndicators`, in their order. */
export interface TrendData {
	values: IndicatorValues[];
	aggregates: Aggregates[];
}

/** Reads the trend indicators from `provider` (`compare-snapshot.json`'s, else DuckDB's). */
export function loadTrendData(provider: ValuesProvider): Promise<TrendData> {
	return readIndicators(provider, trendIndicators);
}

/** One line: a commune (or the Agglomération) over the years. */
export interface TrendLine {
	code: string | null;
	label: string;
	points: ValueDetail[];
}

/** The population lines (communes, then the Agglomération's sums) and the NEET lines (communes). */
export function trendLines(
	data: TrendData,
	communes: readonly string[],
	names: Record<string, string>,
	territoryLabel: string
): { population: TrendLine[]; neet: TrendLine[] } {
	const n = POPULATION_YEARS.length;
	const lines = (from: number, to: number) =>
		communes.map((code) => ({
			code,
			label: names[code] ?? code,
			points: data.values.slice(from, to).map((v) => detailOf(v, code))
		}));
	return {
		population: [
			...lines(0, n),
			{
				code: null,
				label: territoryLabel,
				points: data.aggregates.slice(0, n).map((a) => a.territory)
			}
		],
		neet: lines(n, n + NEET_YEARS.length)
	};
}
