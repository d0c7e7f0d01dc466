/**
 * SQL for indicator values, built from the catalogue's `Formula` (never from user text). This is
 * the ONE computation of every indicator: the pipeline runs it in DuckDB at build time to write
 * `snapshot.json` (first paint), and the browser runs it in DuckDB-WASM afterwards.
 */
import type { Formula, Indicator } from '$lib/indicators/types';
import { ident, literal } from './ident';

/** The table loaded from `static/data/commune_values.csv`: one row of counts per commune. */
export const VALUES_TABLE = 'commune_values';
/** The table loaded from `static/data/value_gaps.csv`: why a cell is NULL (code, column, reason). */
export const GAPS_TABLE = 'value_gaps';

/** Columns a formula's value reads (a NULL value's reason is looked for among them). */
function valueColumns(formula: Formula): string[] {
	switch (formula.kind) {
		case 'ratio':
			return [...formula.numerator, ...formula.denominator];
		case 'growth':
			return [formula.from, formula.to];
		case 'value':
			return formula.aggregate.kind === 'weighted'
				? [formula.column, formula.aggregate.weight]
				: [formula.column];
	}
}

/** Columns a formula reads (for the CSV header and for checks), its population bound included. */
export function formulaColumns(formula: Formula): string[] {
	const bound = formula.kind === 'value' && formula.population ? [formula.population.column] : [];
	return [...valueColumns(formula), ...bound];
}

/** A numeric column; the cast keeps an all-empty CSV column (inferred as text) usable. */
function num(column: string): string {
	return `CAST(${ident(column)} AS DOUBLE)`;
}

/** Sum of columns for one row; NULL as soon as one of them is NULL (a partial sum is not a count). */
function rowSum(columns: string[]): string {
	return `(${columns.map(num).join(' + ')})`;
}

/** Row-level expressions: the value and, for a ratio, the counts it divides. */
function rowExpressions(formula: Formula): {
	value: string;
	numerator: string;
	denominator: string;
} {
	const none = 'CAST(NULL AS DOUBLE)';
	switch (formula.kind) {
		case 'ratio': {
			const n = rowSum(formula.numerator);
			const d = rowSum(formula.denominator);
			return {
				value: `${n} / NULLIF(${d}, 0) * ${literal(formula.scale)}`,
				numerator: n,
				denominator: d
			};
		}
		case 'growth':
			return {
				value: `(POWER(${num(formula.to)} / NULLIF(${num(formula.from)}, 0), 1.0 / ${literal(formula.years)}) - 1) * 100`,
				numerator: none,
				denominator: none
			};
		case 'value':
			return { value: num(formula.column), numerator: none, denominator: none };
	}
}

/**
 * The reason of a NULL value: the gravest gap among the columns it reads (a merge, then secrecy,
 * then absence from the file); with no gap, a NULL ratio or growth has a zero denominator.
 */
function missingReason(formula: Formula): string {
	const columns = valueColumns(formula).map(literal).join(', ');
	const fallback = formula.kind === 'value' ? 'non_publie' : 'denominateur_nul';
	const gap = `(SELECT g.reason FROM ${ident(GAPS_TABLE)} g WHERE g.code = v.code AND g."column" IN (${columns}) ORDER BY CASE g.reason WHEN 'fusion' THEN 0 WHEN 'secret' THEN 1 ELSE 2 END LIMIT 1)`;
	return `COALESCE(${gap}, ${literal(fallback)})`;
}

/** The count bounding an uncounted rate's denominator (`Formula`'s `population`), else NULL. */
function populationExpression(formula: Formula): string {
	return formula.kind === 'value' && formula.population
		? num(formula.population.column)
		: 'CAST(NULL AS DOUBLE)';
}

/**
 * One indicator for every commune (no ORDER BY): code, value, numerator, denominator, missing,
 * population.
 */
function indicatorSelect(indicator: Indicator): string {
	const e = rowExpressions(indicator.formula);
	return [
		`SELECT code, value, numerator, denominator, CASE WHEN value IS NULL THEN missing END AS missing, population FROM (`,
		`  SELECT v.code, ${e.value} AS value, ${e.numerator} AS numerator, ${e.denominator} AS denominator,`,
		`    ${missingReason(indicator.formula)} AS missing, ${populationExpression(indicator.formula)} AS population`,
		`  FROM ${ident(VALUES_TABLE)} v)`
	].join('\n');
}

/** Values of one indicator for every commune: code, value, numerator, denominator, missing, population. */
export function buildCommuneValuesSql(indicator: Indicator): string {
	return `${indicatorSelect(indicator)}\nORDER BY code`;
}

/**
 * Every indicator of one commune, one row each: `k` (position in `indicators`, so ids never
 * need to be SQL identifiers), value, numerator, denominator, missing, population.
 */
export function buildCommuneProfileSql(indicators: Indicator[], code: string): string {
	return indicators
		.map(
			(i, k) =>
				`SELECT ${k} AS k, value, numerator, denominator, missing, population FROM (${indicatorSelect(i)}) WHERE code = ${literal(code)}`
		)
		.join('\nUNION ALL\n');
}

/**
 * Aggregate expressions over a set of communes: value, summed counts, and the number of communes
 * that entered them. Rates come from summed counts (Σ numerator / Σ denominator), never averaged.
 */
function aggregateExpressions(formula: Formula): {
	value: string;
	numerator: string;
	denominator: string;
	covered: string;
} {
	const none = 'CAST(NULL AS DOUBLE)';
	const known = (cols: string[]) => cols.map((c) => `${ident(c)} IS NOT NULL`).join(' AND ');
	const sumIf = (ok: string, e: string) => `SUM(CASE WHEN ${ok} THEN ${e} END)`;
	const count = (ok: string) => `COUNT(CASE WHEN ${ok} THEN 1 END)`;
	switch (formula.kind) {
		case 'ratio': {
			const ok = known([...formula.numerator, ...formula.denominator]);
			const n = sumIf(ok, rowSum(formula.numerator));
			const d = sumIf(ok, rowSum(formula.denominator));
			return {
				value: `${n} / NULLIF(${d}, 0) * ${literal(formula.scale)}`,
				numerator: n,
				denominator: d,
				covered: count(ok)
			};
		}
		case 'growth': {
			const ok = known([formula.from, formula.to]);
			const to = sumIf(ok, num(formula.to));
			const from = sumIf(ok, num(formula.from));
			return {
				value: `(POWER(${to} / NULLIF(${from}, 0), 1.0 / ${literal(formula.years)}) - 1) * 100`,
				numerator: none,
				denominator: none,
				covered: count(ok)
			};
		}
		case 'value': {
			const a = formula.aggregate;
			if (a.kind === 'none')
				return { value: none, numerator: none, denominator: none, covered: '0' };
			if (a.kind === 'sum') {
				const ok = known([formula.column]);
				return {
					value: sumIf(ok, num(formula.column)),
					numerator: none,
					denominator: none,
					covered: count(ok)
				};
			}
			const ok = known([formula.column, a.weight]);
			return {
				value: `${sumIf(ok, `${num(formula.column)} * ${num(a.weight)}`)} / NULLIF(${sumIf(ok, num(a.weight))}, 0)`,
				numerator: none,
				denominator: none,
				covered: count(ok)
			};
		}
	}
}

/**
 * The territory (`in_territory = 1`) and the whole département aggregates of one indicator:
 * scope ('territory' | 'departement'), value, numerator, denominator, covered, total.
 */
export function buildAggregatesSql(indicator: Indicator): string {
	const e = aggregateExpressions(indicator.formula);
	const cols = `${e.value} AS value, ${e.numerator} AS numerator, ${e.denominator} AS denominator, ${e.covered} AS covered, COUNT(*) AS total`;
	const from = ident(VALUES_TABLE);
	return [
		`SELECT 'territory' AS scope, ${cols} FROM ${from} WHERE in_territory = 1`,
		`UNION ALL`,
		`SELECT 'departement' AS scope, ${cols} FROM ${from}`
	].join('\n');
}
