/**
 * The age structure of the compared communes against the Agglomération: the share of each of the
 * seven RP 2022 age bands. Each share is an indicator of its own (band ÷ sum of the seven bands),
 * computed by the one indicator SQL, so the Agglomération's share comes from summed counts.
 */
import { detailOf } from '$lib/data/indicator-values';
import { readIndicators, type Aggregates, type ValuesProvider } from '$lib/data/values';
import { AGE_BAND_LABELS, ageBandIndicators } from '$lib/indicators/catalogue-compare';
import type { IndicatorValues, ValueDetail } from '$lib/indicators/types';

export { AGE_BAND_LABELS, ageBandIndicators };

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
