/**
 * Rows of the indicator SQL (`src/lib/sql/indicators.ts`) turned into the shapes the app uses.
 * The pipeline (snapshot) and the browser (DuckDB-WASM) both go through these functions, so the
 * first paint and the engine show exactly the same numbers.
 */
import type {
	AggregateValue,
	IndicatorValues,
	MissingReason,
	ValueDetail
} from '$lib/indicators/types';
import type { Row } from './columns';

const REASONS: readonly MissingReason[] = [
	'secret',
	'non_publie',
	'fusion',
	'denominateur_nul',
	'rejete'
];

/**
 * Rounds to 6 decimal places: far below any displayed digit, keeps counts exact whatever their
 * size, drops floating-point noise and keeps the snapshot small.
 */
export function round6(v: unknown): number | null {
	return typeof v === 'number' && Number.isFinite(v) ? Math.round(v * 1e6) / 1e6 : null;
}

function reason(v: unknown): MissingReason | null {
	return REASONS.includes(v as MissingReason) ? (v as MissingReason) : null;
}

/** One row (value, numerator, denominator, missing, population) as a {@link ValueDetail}. */
export function toDetail(r: Row | undefined): ValueDetail {
	const value = round6(r?.value);
	const population = round6(r?.population);
	return {
		value,
		numerator: round6(r?.numerator),
		denominator: round6(r?.denominator),
		missing: value === null ? (reason(r?.missing) ?? 'non_publie') : null,
		...(population === null ? {} : { population })
	};
}

/** Rows of `buildCommuneValuesSql` as sparse {@link IndicatorValues}. */
export function toIndicatorValues(rows: Row[]): IndicatorValues {
	const out: IndicatorValues = { values: {}, counts: {}, missing: {} };
	for (const r of rows) {
		const code = String(r.code);
		const d = toDetail(r);
		out.values[code] = d.value;
		if (d.numerator !== null || d.denominator !== null) {
			out.counts[code] = [d.numerator, d.denominator];
		}
		if (d.missing) out.missing[code] = d.missing;
		if (d.population != null) (out.population ??= {})[code] = d.population;
	}
	return out;
}

/** The detail of one commune, read back from sparse {@link IndicatorValues}. */
export function detailOf(v: IndicatorValues | undefined, code: string): ValueDetail {
	const value = v?.values[code] ?? null;
	const [numerator, denominator] = v?.counts[code] ?? [null, null];
	const population = v?.population?.[code];
	return {
		value,
		numerator,
		denominator,
		missing: value === null ? (v?.missing[code] ?? 'non_publie') : null,
		...(population === undefined ? {} : { population })
	};
}

/** An aggregate over no commune: no value, no counts. */
export const EMPTY_AGGREGATE: AggregateValue = {
	value: null,
	numerator: null,
	denominator: null,
	missing: null,
	covered: 0,
	total: 0
};

/** Rows of `buildAggregatesSql`, by scope. */
export function toAggregates(rows: Row[]): {
	territory: AggregateValue;
	departement: AggregateValue;
} {
	const pick = (scope: string): AggregateValue => {
		const r = rows.find((x) => x.scope === scope);
		const value = round6(r?.value);
		return {
			value,
			numerator: round6(r?.numerator),
			denominator: round6(r?.denominator),
			// An aggregate's reason, when it has none, is the indicator's own (formula.aggregate).
			missing: null,
			covered: Number(r?.covered ?? 0),
			total: Number(r?.total ?? 0)
		};
	};
	return { territory: pick('territory'), departement: pick('departement') };
}
