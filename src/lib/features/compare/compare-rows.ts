/** The comparison table: per indicator, each commune's value, rank and gap to the Agglomération. */
import { rankOf, type Rank } from '$lib/analysis/rank';
import { detailOf } from '$lib/data/indicator-values';
import type { Aggregates } from '$lib/data/values';
import { gapOf } from '$lib/format/gap';
import type { Indicator, IndicatorValues, ValueDetail } from '$lib/indicators/types';

/** One commune's figures for one indicator. */
export interface CompareCell {
	code: string;
	detail: ValueDetail;
	rank: Rank | null;
	/** Value minus the Agglomération's (null when either is n.d., or for a count). */
	gap: number | null;
}

/** One indicator's line. */
export interface CompareRow {
	indicator: Indicator;
	cells: CompareCell[];
	aggregates: Aggregates;
	/** Every territory commune's value (for the dot plot). */
	values: IndicatorValues;
}

/** A count (summed over communes) has no gap to the Agglomération's total worth showing. */
export const isCount = (i: Indicator) =>
	i.formula.kind === 'value' && i.formula.aggregate.kind === 'sum';

/** The lines for `indicators`, the values and aggregates coming from a values provider. */
export function compareRows(
	indicators: readonly Indicator[],
	selected: readonly string[],
	territory: readonly string[],
	values: Record<string, IndicatorValues>,
	aggregates: Record<string, Aggregates>
): CompareRow[] {
	return indicators.flatMap((indicator) => {
		const v = values[indicator.id];
		const agg = aggregates[indicator.id];
		if (!v || !agg) return [];
		const cells = selected.map((code) => {
			const detail = detailOf(v, code);
			return {
				code,
				detail,
				rank: rankOf(v.values, territory, code, indicator.polarity),
				gap: isCount(indicator) ? null : gapOf(detail.value, agg.territory.value)
			};
		});
		return [{ indicator, cells, aggregates: agg, values: v }];
	});
}
