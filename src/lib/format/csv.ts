/**
 * CSV for French Excel, shared by every export (workshop problems, every table): « ; » between
 * fields, UTF-8 BOM (so Excel reads the accents), CRLF, quotes where needed, and text cells
 * protected against formula execution.
 */

// Excel runs a cell starting with = + - @ as a formula (CSV injection): such text is prefixed
// with an apostrophe, which the workshop importer removes again (see `unprotectCell`).
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** Protects a text cell against formula execution in Excel. */
export function protectCell(text: string): string {
	return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Undoes `protectCell` on import. */
export function unprotectCell(text: string): string {
	return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

/** Quotes a CSV field when it holds the separator, a quote, a line break or edge spaces. */
export function quoteField(text: string): string {
	return /[;"\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A number as French Excel reads it: decimal comma, no thousands separator (« -1234,5 »). */
export function csvNumber(value: number, digits: number): string {
	return value.toFixed(digits).replace('.', ',');
}

/**
 * The CSV text of rows of cells, BOM included: text cells are protected and quoted; cells
 * listed in `raw` (numbers already written by `csvNumber`) are written as they are.
 */
export function csvDocument(
	rows: readonly (readonly string[])[],
	raw?: (row: number, col: number) => boolean
): string {
	const lines = rows.map((cells, r) =>
		cells.map((c, k) => (raw?.(r, k) ? c : quoteField(protectCell(c)))).join(';')
	);
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}
