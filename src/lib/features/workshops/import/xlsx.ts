/**
 * Reads the first worksheet of an .xlsx file into a table of strings. exceljs is loaded lazily:
 * it is large, and most sessions never import a workbook.
 */
import type { RawRecord, RawTable } from './csv-parse';
import { guessMapping } from './fields';
import { fileNote, type ImportIssue } from './report';

/**
 * Converts one cell value of exceljs into the text a French CSV would hold for it: a number keeps
 * its decimal comma (1,5), as the spreadsheet showed it, so that a refusal quotes what was typed.
 */
export function cellText(value: unknown): string {
	if (value === null || value === undefined) return '';
	// exceljs returns date cells as JS Dates at UTC midnight: keep the calendar day.
	if (value instanceof Date)
		return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
	if (typeof value === 'number') return String(value).replace('.', ',');
	if (typeof value === 'boolean') return String(value);
	if (typeof value === 'string') return value;
	if (typeof value === 'object') {
		const v = value as {
			richText?: { text: string }[];
			text?: unknown;
			result?: unknown;
			error?: string;
		};
		if (v.richText) return v.richText.map((r) => r.text).join('');
		if (v.result !== undefined) return cellText(v.result);
		if (v.text !== undefined) return cellText(v.text);
		// An error, or a formula without a calculated value: nothing to read (`unreadableCell`).
		return '';
	}
	return String(value);
}

/**
 * Why a cell holds no value to read, in French, or null when it holds one: a formula that was
 * never calculated (a workbook written by a program, not saved by a spreadsheet), or an error
 * (#N/A, #REF!…), whether typed or the result of a formula.
 */
export function unreadableCell(value: unknown): string | null {
	if (value === null || typeof value !== 'object' || value instanceof Date) return null;
	const v = value as {
		formula?: unknown;
		sharedFormula?: unknown;
		result?: unknown;
		error?: unknown;
	};
	const error = (x: unknown) =>
		x !== null && typeof x === 'object' && typeof (x as { error?: unknown }).error === 'string'
			? (x as { error: string }).error
			: null;
	const failed = error(v) ?? error(v.result);
	if (failed) return `erreur « ${failed} »`;
	if ((v.formula !== undefined || v.sharedFormula !== undefined) && v.result === undefined)
		return 'formule sans valeur calculée';
	return null;
}

/**
 * A formula cell's value with its calculated result: exceljs leaves a result of 0, FALSE or ""
 * out of the value (`{ formula }` alone), but keeps it as the cell's `result`.
 */
function withResult(value: unknown, result: unknown): unknown {
	if (value === null || typeof value !== 'object' || value instanceof Date) return value;
	const v = value as { formula?: unknown; sharedFormula?: unknown; result?: unknown };
	const formula = v.formula !== undefined || v.sharedFormula !== undefined;
	return formula && v.result === undefined && result !== undefined ? { ...v, result } : value;
}

/** A worksheet's name and its non-empty rows. */
export type Sheet = { name: string; records: RawRecord[] };

/** How many fields the best of a sheet's first rows names: the data sheet names the most. */
const score = (sheet: Sheet) =>
	Math.max(0, ...sheet.records.slice(0, 6).map((r) => Object.keys(guessMapping(r.cells)).length));

/**
 * Reads the worksheet that holds the table: the one whose first rows name the most known columns
 * (a first sheet of instructions is passed over), the first non-empty one when none does. Row
 * numbers are Excel's, so the report matches the sheet.
 */
export async function readXlsxTable(bytes: Uint8Array): Promise<RawTable | null> {
	const sheets = await readXlsxSheets(bytes);
	const best = sheets.reduce<Sheet | null>((a, b) => (!a || score(b) > score(a) ? b : a), null);
	if (!best) return null;
	const others = sheets.filter((s) => s !== best).map((s) => s.name);
	return sheetTable(best, others);
}

/** Every non-empty worksheet of a workbook, as records of text cells (Excel's row numbers). */
export async function readXlsxSheets(bytes: Uint8Array): Promise<Sheet[]> {
	const { default: ExcelJS } = await import('exceljs');
	const workbook = new ExcelJS.Workbook();
	// exceljs types want a Node Buffer; an ArrayBuffer works in both Node and the browser build.
	const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
	await workbook.xlsx.load(buffer as ArrayBuffer as never);
	return workbook.worksheets
		.filter((ws) => ws.actualRowCount > 0)
		.map((ws) => ({ name: ws.name, records: sheetRecords(ws) }))
		.filter((s) => s.records.length > 0);
}

/** One worksheet as a table: its first row is the header. */
export function sheetTable(sheet: Sheet, others: string[]): RawTable | null {
	const [header, ...rows] = sheet.records;
	if (!header) return null;
	// A value right of the header is an unnamed column (reported), not a shifted row.
	const width = sheet.records.reduce((w, r) => Math.max(w, r.cells.length), 0);
	const headers = Array.from({ length: width }, (_, i) => header.cells[i] ?? '');
	return { headers, headerLine: header.line, rows, sheet: { name: sheet.name, others } };
}

function sheetRecords(sheet: import('exceljs').Worksheet): RawRecord[] {
	const records: RawRecord[] = [];
	sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
		const cells: string[] = [];
		const unreadable: { cell: number; reason: string }[] = [];
		row.eachCell({ includeEmpty: true }, (c, col) => {
			const value = withResult(c.value, c.result);
			cells[col - 1] = cellText(value).trim();
			const reason = unreadableCell(value);
			if (reason) unreadable.push({ cell: col - 1, reason });
		});
		const filled = Array.from(cells, (c) => c ?? '');
		if (filled.some((c) => c !== '') || unreadable.length)
			records.push({
				line: rowNumber,
				cells: filled,
				...(unreadable.length ? { unreadable } : {}),
				...(row.hidden ? { hidden: true } : {})
			});
	});
	return records;
}

/** Says which worksheet was read, and which were not, when the workbook has several. */
export function sheetNote(sheet: { name: string; others: string[] }): ImportIssue {
	const others = sheet.others.map((n) => `« ${n} »`).join(', ');
	const not = sheet.others.length > 1 ? 'feuilles non lues' : 'feuille non lue';
	return fileNote(
		'warning',
		`Feuille « ${sheet.name} » lue (${not} : ${others}). Pour importer une autre feuille, enregistrez-la seule au format CSV et importez ce fichier.`
	);
}
