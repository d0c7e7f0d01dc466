/**
 * The age structure of the compared communes against the Agglomération: the share of each of the
 * seven RP 2022 age bands. Each share is an indicator of its own (band ÷ sum of the seven bands),
 * computed by the one indicator SQL, so the Agglomération's share comes from summed counts.
 */
import { detailOf } from '$lib/data/indicator-values';
import { readIndicators, type Aggregates, type ValuesProvider } from '$lib/data/values';
import { share, RP_CAVEAT } from '$lib/indicators/catalogue-shared';
import { RP22_AGE_BANDS } from '$lib/indicators/catalogue-population';
import { source } from '$lib/indicators/sources';
import type { Indicator, IndicatorValues, ValueDetail } from '$lib/indicators/types';

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

/** Each band's values and aggregates, read from a provider (`compare-snapshot.json`'s, else DuckDB's). */
export interface AgeData {
	values: IndicatorValues[];
	aggregates: Aggregates[];
}

/** Reads the seven bands from `provider`. */
export function loadAgeData(provider: ValuesProvider): Promise<AgeData> {
	return readIndicators(provider, ageBandIndicators);
}

/** One series of the chart: a commune or the Agglomération, one detail per band. */
export interface AgeSeries {
	code: string | null;
	label: string;
	bands: ValueDetail[];
}

/** The series of `communes`, then the Agglomération's. */
export function ageSeries(
	data: AgeData,
	communes: readonly string[],
	names: Record<string, string>,
	territoryLabel: string
): AgeSeries[] {
	return [
		...communes.map((code) => ({
			code,
			label: names[code] ?? code,
			bands: data.values.map((v) => detailOf(v, code))
		})),
		{ code: null, label: territoryLabel, bands: data.aggregates.map((a) => a.territory) }
	];
}
