/**
 * Reads the first worksheet of an .xlsx file into a table of strings. exceljs is loaded lazily:
 * it is large, and most sessions never import a workbook.
 */
import type { RawTable } from './csv-parse';

/** Converts one cell value of exceljs into the text a CSV would hold for it. */
export function cellText(value: unknown): string {
	if (value === null || value === undefined) return '';
	// exceljs returns date cells as JS Dates at UTC midnight: keep the calendar day.
	if (value instanceof Date)
		return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
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
		if (v.error) return '';
	}
	return String(value);
}

/** Reads the first non-empty worksheet; row numbers are Excel's, so the report matches the sheet. */
export async function readXlsxTable(bytes: Uint8Array): Promise<RawTable | null> {
	const { default: ExcelJS } = await import('exceljs');
	const workbook = new ExcelJS.Workbook();
	// exceljs types want a Node Buffer; an ArrayBuffer works in both Node and the browser build.
	const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
	await workbook.xlsx.load(buffer as ArrayBuffer as never);
	const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0);
	if (!sheet) return null;
	const records: { line: number; cells: string[] }[] = [];
	sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
		const cells: string[] = [];
		row.eachCell({ includeEmpty: true }, (c, col) => {
			cells[col - 1] = cellText(c.value).trim();
		});
		const filled = Array.from(cells, (c) => c ?? '');
		if (filled.some((c) => c !== '')) records.push({ line: rowNumber, cells: filled });
	});
	const [header, ...rows] = records;
	if (!header) return null;
	return { headers: header.cells, headerLine: header.line, rows };
}
