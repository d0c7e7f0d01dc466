/**
 * Where indicator numbers come from: the precomputed snapshot first (instant), then DuckDB once
 * it has started. Both give the same numbers (checked in the browser tests).
 */
import type { AggregateValue, Indicator, Snapshot } from '$lib/indicators/types';
import {
	buildAggregatesSql,
	buildCommuneProfileSql,
	buildCommuneValuesSql
} from '$lib/sql/indicators';
import type { Engine } from './duckdb';

/** Aggregates of one indicator. */
export interface Aggregates {
	territory: AggregateValue;
	departement: AggregateValue;
}

/** A source of indicator values. */
export interface ValuesProvider {
	readonly engine: 'snapshot' | 'duckdb';
	communeValues(indicator: Indicator): Promise<Record<string, number | null>>;
	aggregates(indicator: Indicator): Promise<Aggregates>;
	/** Every indicator of one commune. */
	profile(indicators: Indicator[], code: string): Promise<Record<string, number | null>>;
}

const EMPTY: AggregateValue = { value: null, covered: 0, total: 0 };

/** Values read from `snapshot.json`. */
export function snapshotProvider(snapshot: Snapshot): ValuesProvider {
	return {
		engine: 'snapshot',
		async communeValues(indicator) {
			return snapshot.indicators[indicator.id]?.values ?? {};
		},
		async aggregates(indicator) {
			const s = snapshot.indicators[indicator.id];
			return { territory: s?.territory ?? EMPTY, departement: s?.departement ?? EMPTY };
		},
		async profile(indicators, code) {
			const out: Record<string, number | null> = {};
			for (const i of indicators) out[i.id] = snapshot.indicators[i.id]?.values[code] ?? null;
			return out;
		}
	};
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** Values computed by DuckDB-WASM from the commune counts. */
export function duckdbProvider(engine: Engine): ValuesProvider {
	return {
		engine: 'duckdb',
		async communeValues(indicator) {
			const rows = await engine.query(buildCommuneValuesSql(indicator));
			const out: Record<string, number | null> = {};
			for (const r of rows) out[String(r.code)] = num(r.value);
			return out;
		},
		async aggregates(indicator) {
			const rows = await engine.query(buildAggregatesSql(indicator));
			const pick = (scope: string): AggregateValue => {
				const r = rows.find((x) => x.scope === scope);
				return r
					? { value: num(r.value), covered: Number(r.covered), total: Number(r.total) }
					: EMPTY;
			};
			return { territory: pick('territory'), departement: pick('departement') };
		},
		async profile(indicators, code) {
			const [row] = await engine.query(buildCommuneProfileSql(indicators, code));
			const out: Record<string, number | null> = {};
			indicators.forEach((i, k) => (out[i.id] = num(row?.[`v${k}`])));
			return out;
		}
	};
}
