/**
 * SQL for indicator values, built from the catalogue's `Formula` (never from user text).
 * The same arithmetic as `indicators/compute.ts`, which paints the first map from the snapshot:
 * a test checks both give identical numbers.
 */
import type { Formula, Indicator } from '$lib/indicators/types';
import { ident, literal } from './ident';

/** The table loaded from `static/data/commune_values.csv`. */
export const VALUES_TABLE = 'commune_values';

/** A numeric column; the cast keeps an all-empty CSV column (inferred as text) usable. */
function num(column: string): string {
	return `CAST(${ident(column)} AS DOUBLE)`;
}

/** Sum of columns for one row; NULL as soon as one of them is NULL (a partial sum is not a count). */
function rowSum(columns: string[]): string {
	return columns.map(num).join(' + ');
}

/** Row-level expression of an indicator for one commune. */
export function communeExpression(formula: Formula): string {
	switch (formula.kind) {
		case 'ratio':
			return `(${rowSum(formula.numerator)}) / NULLIF(${rowSum(formula.denominator)}, 0) * ${literal(formula.scale)}`;
		case 'growth':
			return `(POWER(${num(formula.to)} / NULLIF(${num(formula.from)}, 0), 1.0 / ${literal(formula.years)}) - 1) * 100`;
		case 'value':
			return num(formula.column);
	}
}

/**
 * Aggregate expressions over a set of communes: value, plus the number of communes whose
 * counts entered it. Rates come from summed counts (Σ numerator / Σ denominator), never averaged.
 */
export function aggregateExpressions(formula: Formula): { value: string; covered: string } {
	switch (formula.kind) {
		case 'ratio': {
			const num = `(${rowSum(formula.numerator)})`;
			const den = `(${rowSum(formula.denominator)})`;
			const ok = `${num} IS NOT NULL AND ${den} IS NOT NULL`;
			return {
				value: `SUM(CASE WHEN ${ok} THEN ${num} END) / NULLIF(SUM(CASE WHEN ${ok} THEN ${den} END), 0) * ${literal(formula.scale)}`,
				covered: `COUNT(CASE WHEN ${ok} THEN 1 END)`
			};
		}
		case 'growth': {
			const ok = `${ident(formula.from)} IS NOT NULL AND ${ident(formula.to)} IS NOT NULL`;
			return {
				value: `(POWER(SUM(CASE WHEN ${ok} THEN ${num(formula.to)} END) / NULLIF(SUM(CASE WHEN ${ok} THEN ${num(formula.from)} END), 0), 1.0 / ${literal(formula.years)}) - 1) * 100`,
				covered: `COUNT(CASE WHEN ${ok} THEN 1 END)`
			};
		}
		case 'value': {
			if (formula.aggregate.kind === 'none') {
				return { value: 'CAST(NULL AS DOUBLE)', covered: '0' };
			}
			if (formula.aggregate.kind === 'sum') {
				return {
					value: `SUM(${num(formula.column)})`,
					covered: `COUNT(${ident(formula.column)})`
				};
			}
			const v = num(formula.column);
			const w = num(formula.aggregate.weight);
			const ok = `${ident(formula.column)} IS NOT NULL AND ${ident(formula.aggregate.weight)} IS NOT NULL`;
			return {
				value: `SUM(CASE WHEN ${ok} THEN ${v} * ${w} END) / NULLIF(SUM(CASE WHEN ${ok} THEN ${w} END), 0)`,
				covered: `COUNT(CASE WHEN ${ok} THEN 1 END)`
			};
		}
	}
}

/** Values of one indicator for every commune: columns `code`, `value`. */
export function buildCommuneValuesSql(indicator: Indicator): string {
	return `SELECT code, ${communeExpression(indicator.formula)} AS value FROM ${ident(VALUES_TABLE)} ORDER BY code`;
}

/**
 * The territory (`in_territory = 1`) and the whole département aggregates of one indicator:
 * columns `scope` ('territory' | 'departement'), `value`, `covered`, `total`.
 */
export function buildAggregatesSql(indicator: Indicator): string {
	const { value, covered } = aggregateExpressions(indicator.formula);
	const from = ident(VALUES_TABLE);
	return [
		`SELECT 'territory' AS scope, ${value} AS value, ${covered} AS covered, COUNT(*) AS total FROM ${from} WHERE in_territory = 1`,
		`UNION ALL`,
		`SELECT 'departement' AS scope, ${value} AS value, ${covered} AS covered, COUNT(*) AS total FROM ${from}`
	].join('\n');
}

/**
 * Every indicator of one commune in one row: column `code`, then `v0`, `v1`… in the order of
 * `indicators` (positional aliases, so indicator ids never need to be SQL identifiers).
 */
export function buildCommuneProfileSql(indicators: Indicator[], code: string): string {
	const cols = indicators.map((i, k) => `${communeExpression(i.formula)} AS v${k}`);
	return `SELECT code, ${cols.join(', ')} FROM ${ident(VALUES_TABLE)} WHERE code = ${literal(code)}`;
}
