/**
 * Where indicator numbers come from: the precomputed snapshot first (instant), then DuckDB once
 * it has started. Both are the output of the same SQL (`src/lib/sql/indicators.ts`) read through
 * the same conversions (`indicator-values.ts`), so they give the same numbers.
 */
import type {
	AggregateValue,
	Indicator,
	IndicatorValues,
	Snapshot,
	ValueDetail
} from '$lib/indicators/types';
import {
	buildAggregatesSql,
	buildCommuneProfileSql,
	buildCommuneValuesSql
} from '$lib/sql/indicators';
import type { Engine } from './duckdb';
import {
	detailOf,
	EMPTY_AGGREGATE,
	toAggregates,
	toDetail,
	toIndicatorValues
} from './indicator-values';

/** Aggregates of one indicator. */
export interface Aggregates {
	territory: AggregateValue;
	departement: AggregateValue;
}

/** A source of indicator values. */
export interface ValuesProvider {
	readonly engine: 'snapshot' | 'duckdb';
	communeValues(indicator: Indicator): Promise<IndicatorValues>;
	aggregates(indicator: Indicator): Promise<Aggregates>;
	/** Every indicator of one commune, by indicator id. */
	profile(indicators: Indicator[], code: string): Promise<Record<string, ValueDetail>>;
}

const EMPTY_VALUES: IndicatorValues = { values: {}, counts: {}, missing: {} };

/** Values read from `snapshot.json`. */
export function snapshotProvider(snapshot: Snapshot): ValuesProvider {
	return {
		engine: 'snapshot',
		async communeValues(indicator) {
			return snapshot.indicators[indicator.id] ?? EMPTY_VALUES;
		},
		async aggregates(indicator) {
			const s = snapshot.indicators[indicator.id];
			return {
				territory: s?.territory ?? EMPTY_AGGREGATE,
				departement: s?.departement ?? EMPTY_AGGREGATE
			};
		},
		async profile(indicators, code) {
			const out: Record<string, ValueDetail> = {};
			for (const i of indicators) out[i.id] = detailOf(snapshot.indicators[i.id], code);
			return out;
		}
	};
}

/** Values computed by DuckDB-WASM from the commune counts. */
export function duckdbProvider(engine: Engine): ValuesProvider {
	return {
		engine: 'duckdb',
		async communeValues(indicator) {
			return toIndicatorValues(await engine.query(buildCommuneValuesSql(indicator)));
		},
		async aggregates(indicator) {
			return toAggregates(await engine.query(buildAggregatesSql(indicator)));
		},
		async profile(indicators, code) {
			const rows = await engine.query(buildCommuneProfileSql(indicators, code));
			const out: Record<string, ValueDetail> = {};
			indicators.forEach((i, k) => (out[i.id] = toDetail(rows.find((r) => r.k === k))));
			return out;
		}
	};
}

/** Every commune's values and the aggregates of each of `indicators`, in their order. */
export async function readIndicators(
	provider: ValuesProvider,
	indicators: readonly Indicator[]
): Promise<{ values: IndicatorValues[]; aggregates: Aggregates[] }> {
	const [values, aggregates] = await Promise.all([
		Promise.all(indicators.map((i) => provider.communeValues(i))),
		Promise.all(indicators.map((i) => provider.aggregates(i)))
	]);
	return { values, aggregates };
}
