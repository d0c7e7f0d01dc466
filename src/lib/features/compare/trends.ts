/**
 * Trends on /comparer: the population at the censuses 2011, 2016 and 2022 (counts: the
 * Agglomération's is their sum) and the share of NEET young people 2008, 2013, 2018 (published
 * rates without their counts: no Agglomération value). Each year is an indicator of its own,
 * computed by the one indicator SQL from `commune_values.csv`.
 */
import { detailOf } from '$lib/data/indicator-values';
import { readIndicators, type Aggregates, type ValuesProvider } from '$lib/data/values';
import { NEET_YEARS, POPULATION_YEARS, trendIndicators } from '$lib/indicators/catalogue-compare';
import type { IndicatorValues, ValueDetail } from '$lib/indicators/types';

export { NEET_YEARS, POPULATION_YEARS, trendIndicators };

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
