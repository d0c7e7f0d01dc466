/**
 * What the console shows of a query result: pages of rows, each column's kind and decimals, the
 * table as exported, and whether it can be mapped (a column of the territory's commune codes and
 * a numeric column, one row per commune). Pure: tested without a browser.
 */
import type { Row } from '$lib/data/columns';
import type { ExportTable } from '$lib/format/table-export';
import { formatNumber } from '$lib/format/number';

export const PAGE_SIZE = 50;

export interface ResultColumn {
	name: string;
	/** Number when every non-empty value is a number. */
	numeric: boolean;
	/** Decimals shown: those of the most precise value, at most 4. */
	digits: number;
}

function decimalsOf(n: number): number {
	if (Number.isInteger(n)) return 0;
	const text = String(n);
	const dot = text.indexOf('.');
	return dot < 0 || text.includes('e') ? 4 : Math.min(4, text.length - dot - 1);
}

/** Column kinds and decimals, read from the values. */
export function describeColumns(columns: readonly string[], rows: readonly Row[]): ResultColumn[] {
	return columns.map((name) => {
		let numeric = true;
		let seen = false;
		let digits = 0;
		for (const r of rows) {
			const value = r[name];
			if (value === null || value === undefined) continue;
			seen = true;
			if (typeof value !== 'number') {
				numeric = false;
				break;
			}
			digits = Math.max(digits, decimalsOf(value));
		}
		return { name, numeric: numeric && seen, digits };
	});
}

/** A cell as shown: numbers the French way, NULL as « NULL » (an empty value, never 0). */
export function cellText(value: Row[string] | undefined, column: ResultColumn): string {
	if (value === null || value === undefined) return 'NULL';
	if (typeof value === 'number') return formatNumber(value, column.digits);
	if (typeof value === 'boolean') return value ? 'vrai' : 'faux';
	return value;
}

/** Number of pages (at least 1). */
export function pageCount(rows: number, size = PAGE_SIZE): number {
	return Math.max(1, Math.ceil(rows / size));
}

/** The result as an exported table (CSV or XLSX). */
export function resultExport(
	columns: readonly ResultColumn[],
	rows: readonly Row[],
	title = 'Résultat de requête'
): ExportTable {
	return {
		title,
		columns: columns.map((c) =>
			c.numeric ? { header: c.name, digits: c.digits } : { header: c.name }
		),
		rows: rows.map((r) =>
			columns.map((c) => {
				const v = r[c.name];
				if (v === null || v === undefined) return null;
				if (typeof v === 'boolean') return v ? 'vrai' : 'faux';
				return v;
			})
		),
		indicators: []
	};
}

/** How a result can be mapped, or why it cannot (French). */
export type Mappable =
	{ ok: true; codeColumn: string; valueColumns: string[] } | { ok: false; reason: string };

const asCode = (v: Row[string] | undefined): string | null =>
	typeof v === 'string'
		? v.trim()
		: typeof v === 'number' && Number.isInteger(v)
			? String(v)
			: null;

/**
 * A result maps when one column holds commune codes of the territory (`code` is preferred) and
 * another is numeric, with at most one row per commune.
 */
export function mappable(
	columns: readonly ResultColumn[],
	rows: readonly Row[],
	territory: ReadonlySet<string>
): Mappable {
	const holdsCodes = (c: ResultColumn) => rows.some((r) => territory.has(asCode(r[c.name]) ?? ''));
	const candidates = columns.filter(holdsCodes);
	const codeColumn = (candidates.find((c) => c.name === 'code') ?? candidates[0])?.name;
	if (!codeColumn)
		return {
			ok: false,
			reason:
				'Pour afficher le résultat sur la carte, il faut une colonne de codes de commune du territoire (code Insee, par exemple « 30007 »).'
		};
	const valueColumns = columns.filter((c) => c.numeric && c.name !== codeColumn).map((c) => c.name);
	if (valueColumns.length === 0)
		return {
			ok: false,
			reason: 'Pour afficher le résultat sur la carte, il faut une colonne de nombres.'
		};
	const seen = new Set<string>();
	for (const r of rows) {
		const code = asCode(r[codeColumn]);
		if (code === null || !territory.has(code)) continue;
		if (seen.has(code))
			return {
				ok: false,
				reason: `La commune ${code} apparaît sur plusieurs lignes : regroupez le résultat par commune (GROUP BY) pour l’afficher sur la carte.`
			};
		seen.add(code);
	}
	return { ok: true, codeColumn, valueColumns };
}

/** Values of `valueColumn` by territory commune; a commune absent from the result is NULL. */
export function mapValues(
	rows: readonly Row[],
	codeColumn: string,
	valueColumn: string,
	territory: readonly string[]
): Record<string, number | null> {
	const out: Record<string, number | null> = Object.fromEntries(territory.map((c) => [c, null]));
	for (const r of rows) {
		const code = asCode(r[codeColumn]);
		const v = r[valueColumn];
		if (code !== null && code in out && typeof v === 'number') out[code] = v;
	}
	return out;
}

/**
 * A result's code and value columns as a table of text cells, one line per row, for
 * « Enregistrer comme indicateur » (the dataset import reads it like a file; NULL stays empty).
 */
export function resultTable(
	rows: readonly Row[],
	codeColumn: string,
	valueColumn: string
): { headers: string[]; rows: { line: number; cells: string[] }[] } {
	const text = (v: Row[string] | undefined) => (v === null || v === undefined ? '' : String(v));
	return {
		headers: [codeColumn, valueColumn],
		rows: rows.map((r, i) => ({
			line: i + 1,
			cells: [asCode(r[codeColumn]) ?? text(r[codeColumn]), text(r[valueColumn])]
		}))
	};
}
