/**
 * Pure computation of indicator values from commune columns. The pipeline uses it for
 * `snapshot.json`; the browser computes the same numbers in SQL from the same `Formula`.
 */
import type { AggregateValue, Formula, Indicator } from './types';

/** The columns of one commune (a row of `commune_values.csv`); null = secret / missing. */
export type ColumnRow = Record<string, number | null | undefined>;

function num(row: ColumnRow, column: string): number | null {
	const v = row[column];
	return v === undefined || v === null || !Number.isFinite(v) ? null : v;
}

/** Sum of columns, or null as soon as one is NULL (a partial sum is not the count). */
function sumColumns(row: ColumnRow, columns: readonly string[]): number | null {
	let s = 0;
	for (const c of columns) {
		const v = num(row, c);
		if (v === null) return null;
		s += v;
	}
	return s;
}

/** Annual growth in % from `from` to `to` over `years` years; null when `from` is not > 0. */
export function annualGrowth(from: number, to: number, years: number): number | null {
	if (from <= 0 || to < 0 || years <= 0) return null;
	return ((to / from) ** (1 / years) - 1) * 100;
}

/** Columns a formula reads (for the CSV header and for checks). */
export function formulaColumns(formula: Formula): string[] {
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

/** Value of an indicator for one commune; null when an input is NULL or a denominator is 0. */
export function computeCommuneValue(indicator: Indicator, row: ColumnRow): number | null {
	const f = indicator.formula;
	switch (f.kind) {
		case 'ratio': {
			const n = sumColumns(row, f.numerator);
			const d = sumColumns(row, f.denominator);
			return n === null || d === null || d === 0 ? null : (n / d) * f.scale;
		}
		case 'growth': {
			const a = num(row, f.from);
			const b = num(row, f.to);
			return a === null || b === null ? null : annualGrowth(a, b, f.years);
		}
		case 'value':
			return num(row, f.column);
	}
}

/**
 * Aggregate over several communes from summed counts: ratio = Σnum/Σden over communes where both
 * are known; growth from summed populations; value: none, or Σ(v·w)/Σw. `covered` counts the
 * communes that entered the sums.
 */
export function computeAggregate(indicator: Indicator, rows: ColumnRow[]): AggregateValue {
	const f = indicator.formula;
	const total = rows.length;
	let a = 0;
	let b = 0;
	let covered = 0;
	for (const row of rows) {
		let x: number | null;
		let y: number | null;
		if (f.kind === 'ratio') {
			x = sumColumns(row, f.numerator);
			y = sumColumns(row, f.denominator);
		} else if (f.kind === 'growth') {
			x = num(row, f.to);
			y = num(row, f.from);
		} else if (f.aggregate.kind === 'weighted') {
			const v = num(row, f.column);
			y = num(row, f.aggregate.weight);
			x = v === null || y === null ? null : v * y;
		} else if (f.aggregate.kind === 'sum') {
			x = num(row, f.column);
			y = 1;
		} else {
			return { value: null, covered: 0, total };
		}
		if (x === null || y === null) continue;
		a += x;
		b += y;
		covered++;
	}
	let value: number | null = null;
	if (covered > 0 && b !== 0) {
		if (f.kind === 'ratio') value = (a / b) * f.scale;
		else if (f.kind === 'growth') value = annualGrowth(b, a, f.years);
		else if (f.aggregate.kind === 'sum') value = a;
		else value = a / b;
	}
	return { value, covered, total };
}

/** Rounds to 6 significant digits (enough for display, smaller JSON). */
export function round6(v: number | null): number | null {
	return v === null ? null : Number(v.toPrecision(6));
}
