/**
 * Inputs of empirical Bayes smoothing for a ratio indicator: events = Σ numerator columns,
 * population = Σ denominator columns, read from `commune_values.csv`. A sum with a NULL column is
 * NULL (a partial sum is not the count), as in the indicator computation.
 */
import Papa from 'papaparse';
import type { ColumnRow } from '$lib/indicators/compute';
import type { Indicator } from '$lib/indicators/types';

/** Rows of `commune_values.csv` by commune code; empty cells are NULL. */
export function parseCommuneValues(text: string): Record<string, ColumnRow> {
	const parsed = Papa.parse<Record<string, string>>(text.trim(), {
		header: true,
		skipEmptyLines: true
	});
	const out: Record<string, ColumnRow> = {};
	for (const raw of parsed.data) {
		const code = raw.code;
		if (!code) continue;
		const row: ColumnRow = {};
		for (const [key, cell] of Object.entries(raw)) {
			if (key === 'code' || key === 'nom') continue;
			const v = cell === '' || cell === undefined ? NaN : Number(cell);
			row[key] = Number.isFinite(v) ? v : null;
		}
		out[code] = row;
	}
	return out;
}

/** Events and populations aligned on `codes`, and the scale of the rate (e.g. 100 for a %). */
export interface EbInputs {
	events: (number | null)[];
	population: (number | null)[];
	scale: number;
}

function sum(row: ColumnRow | undefined, columns: readonly string[]): number | null {
	if (!row) return null;
	let s = 0;
	for (const c of columns) {
		const v = row[c];
		if (v === undefined || v === null || !Number.isFinite(v)) return null;
		s += v;
	}
	return s;
}

/** Whether an indicator is a rate that can be smoothed (a ratio of counts). */
export function isSmoothable(indicator: Indicator): boolean {
	return indicator.formula.kind === 'ratio';
}

/** EB inputs of a ratio indicator, or null for any other kind of indicator. */
export function ebInputs(
	indicator: Indicator,
	rows: Record<string, ColumnRow>,
	codes: readonly string[]
): EbInputs | null {
	const f = indicator.formula;
	if (f.kind !== 'ratio') return null;
	return {
		events: codes.map((c) => sum(rows[c], f.numerator)),
		population: codes.map((c) => sum(rows[c], f.denominator)),
		scale: f.scale
	};
}
