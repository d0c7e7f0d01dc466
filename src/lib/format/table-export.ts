/**
 * Every table of the atlas to Excel: one plain table model, written as CSV for French Excel
 * (`csv.ts`) or as an XLSX workbook whose second sheet lists the sources and vintages. exceljs
 * is loaded only when a workbook is asked for, so it is not part of any page's first paint.
 */
import type { Indicator, Source, ValueDetail } from '$lib/indicators/types';
import { csvDocument, csvNumber } from './csv';
import { missingWhy, reliabilityCell } from './indicator';

/** A column: text, or a number written with `digits` decimals. */
export interface ExportColumn {
	header: string;
	/** Decimal digits of a number column; absent for a text column. */
	digits?: number;
	/**
	 * Digits of each row, where rows hold different indicators (a long table: a population
	 * has none, a rate one): they replace `digits` for that row.
	 */
	rowDigits?: readonly number[];
	/**
	 * Counts kept as computed (a census count is an estimate with decimals): written in the CSV
	 * with up to `COUNT_DECIMALS` decimals, not rounded to `digits`, so that they give back the
	 * rate (rounded, 41 of the map table's 70 rows did not; the screen marks those « ≈ »). The
	 * workbook keeps every number whole anyway, shown with `digits`.
	 */
	counts?: boolean;
}

/** Decimals of a count written in the CSV (enough to give back a rate's shown digits). */
export const COUNT_DECIMALS = 4;

/** A count for the CSV: « 21 », « 9,4523 » (trailing zeros left out). */
export function csvCount(value: number): string {
	return csvNumber(value, COUNT_DECIMALS).replace(/,?0+$/, '');
}

/** The decimal digits of row `r`'s number in `col`. */
const digitsAt = (col: ExportColumn | undefined, r: number) =>
	col?.rowDigits?.[r] ?? col?.digits ?? 0;

/** An Excel number format with `digits` decimals. */
const numberFormat = (digits: number) => (digits > 0 ? `0.${'0'.repeat(digits)}` : '0');

/** A cell: text, a number, or null (an empty cell: its reason goes in a reason column). */
export type ExportCell = string | number | null;

/** A table as exported. */
export interface ExportTable {
	/** Title: the file name's stem and the first sheet's name. */
	title: string;
	columns: ExportColumn[];
	rows: ExportCell[][];
	/** The indicators whose numbers the table shows, for the « Sources » sheet. */
	indicators: Pick<Indicator, 'label' | 'sources'>[];
}

/** The CSV text, BOM included: numbers with a decimal comma, NULL as an empty cell. */
export function tableToCsv(t: ExportTable): string {
	const text = (c: ExportCell, col: ExportColumn | undefined, r: number): string => {
		if (c === null) return '';
		if (typeof c === 'number') return col?.counts ? csvCount(c) : csvNumber(c, digitsAt(col, r));
		return c;
	};
	const rows = t.rows.map((row, r) => row.map((c, k) => text(c, t.columns[k], r)));
	// Numbers are written as they are (a negative number is not a formula to protect).
	const isNumber = (r: number, k: number) => r > 0 && typeof t.rows[r - 1]?.[k] === 'number';
	return csvDocument([t.columns.map((c) => c.header), ...rows], isNumber);
}

/** One row per source and indicator, for the « Sources » sheet. */
export function sourceRows(t: Pick<ExportTable, 'indicators'>): string[][] {
	const rows: string[][] = [];
	for (const ind of t.indicators)
		for (const s of ind.sources as Source[])
			rows.push([ind.label, s.producer, s.vintage, s.file, s.licence]);
	return rows;
}

/**
 * Excel's rules for a sheet name: 31 characters at most, none of : \ / ? * [ ]. A longer title
 * is cut after its last whole word that fits (« Comparaison de communes, CA », not « …, CA Alè »).
 */
export function sheetName(title: string): string {
	const clean = title.replace(/[:\\/?*[\]]/g, ' ').trim();
	if (clean.length <= 31) return clean || 'Tableau';
	const cut = clean.slice(0, 32);
	const space = cut.lastIndexOf(' ');
	const words = space > 10 ? cut.slice(0, space) : cut.slice(0, 31);
	return words.replace(/[\s,;.–-]+$/, '') || 'Tableau';
}

/** The XLSX workbook's bytes: the table, then « Sources ». */
export async function tableToXlsx(t: ExportTable): Promise<ArrayBuffer> {
	const { default: ExcelJS } = await import('exceljs');
	const wb = new ExcelJS.Workbook();
	const sheet = wb.addWorksheet(sheetName(t.title));
	sheet.addRow(t.columns.map((c) => c.header)).font = { bold: true };
	for (const r of t.rows) sheet.addRow(r.map((c) => c ?? null));
	t.columns.forEach((c, k) => {
		const col = sheet.getColumn(k + 1);
		// As wide as its header and its texts (numbers fit in 12), up to 50.
		const longest = t.rows.reduce((w, r) => {
			const cell = r[k];
			return typeof cell === 'string' ? Math.max(w, cell.length) : w;
		}, c.header.length);
		col.width = Math.min(50, Math.max(12, longest + 2));
		if (c.digits !== undefined) col.numFmt = numberFormat(c.digits);
		c.rowDigits?.forEach((d, r) => (sheet.getRow(r + 2).getCell(k + 1).numFmt = numberFormat(d)));
	});
	sheet.views = [{ state: 'frozen', ySplit: 1 }];
	const src = wb.addWorksheet('Sources');
	src.addRow(['Indicateur', 'Producteur', 'Millésime', 'Fichier', 'Licence']).font = {
		bold: true
	};
	for (const row of sourceRows(t)) src.addRow(row);
	[40, 30, 30, 45, 30].forEach((w, k) => (src.getColumn(k + 1).width = w));
	return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
}

/** A file name from a title: « taux-de-chomage-des-15-24-ans-2026-11-30.csv ». */
export function exportFileName(title: string, date: string, extension: 'csv' | 'xlsx'): string {
	const stem = title
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 80);
	return `${stem || 'tableau'}-${date}.${extension}`;
}

/** The columns of one indicator's value: the value, its counts, its flag and its n.d. reason. */
export function valueColumns(ind: Pick<Indicator, 'label' | 'unit' | 'digits' | 'counted'>) {
	const unit = ind.unit ? ` (${ind.unit})` : '';
	const cols: ExportColumn[] = [{ header: `${ind.label}${unit}`, digits: ind.digits }];
	if (ind.counted)
		cols.push(
			{ header: `Numérateur : ${ind.counted.numerator}`, digits: 0, counts: true },
			{ header: `Dénominateur : ${ind.counted.denominator}`, digits: 0, counts: true }
		);
	cols.push({ header: 'Fiabilité' }, { header: 'Raison si non disponible' });
	return cols;
}

/** The cells of `valueColumns` for one value. */
export function valueCells(
	d: ValueDetail,
	ind: Pick<Indicator, 'counted' | 'formula' | 'unit'>
): ExportCell[] {
	const cells: ExportCell[] = [d.value];
	if (ind.counted) cells.push(d.numerator, d.denominator);
	cells.push(reliabilityCell(d, ind));
	cells.push(missingWhy(d, ind)?.label ?? '');
	return cells;
}
