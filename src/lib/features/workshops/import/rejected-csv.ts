/**
 * The lines an import left out, as a CSV for French Excel: line number, reason, then the line's
 * cells under the file's own headers, so the user can correct them and import them again.
 */
import { csvDocument } from '$lib/format/csv';
import type { RejectedRow } from './report';

/** The CSV text (BOM, « ; », CRLF) of the rejected lines, in file order. */
export function rejectedLinesCsv(headers: readonly string[], rows: readonly RejectedRow[]): string {
	// A loop, not Math.max(...): 200 000 arguments overflow the call stack.
	const width = rows.reduce((w, r) => Math.max(w, r.cells.length), headers.length);
	const names = Array.from({ length: width }, (_, i) => headers[i]?.trim() || `colonne ${i + 1}`);
	const lines = [...rows]
		.sort((a, b) => a.line - b.line)
		.map((r) => [
			String(r.line),
			r.reasons.join(' ; '),
			...Array.from({ length: width }, (_, i) => r.cells[i] ?? '')
		]);
	return csvDocument([['Ligne', 'Motif', ...names], ...lines]);
}

/** « forum-1-lignes-non-importees.csv » for « forum-1.xlsx ». */
export function rejectedFileName(fileName: string): string {
	const base = fileName.replace(/\.[^.]*$/, '').trim() || 'import';
	return `${base}-lignes-non-importees.csv`;
}
