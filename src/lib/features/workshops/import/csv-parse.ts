/**
 * A small RFC 4180 CSV reader that remembers the physical line where each record starts, so the
 * report can say « Ligne 7 » even after a description spanning several lines.
 */

/** A table read from a file: headers, then records with their starting line (1-based). */
export interface RawTable {
	headers: string[];
	/** Line (CSV) or row (XLSX) of the header. */
	headerLine: number;
	rows: { line: number; cells: string[] }[];
}

const CANDIDATES = [';', ',', '\t'] as const;

/** Picks the delimiter occurring most often outside quotes on the first non-empty line. */
export function detectDelimiter(text: string): string {
	const firstLine = (text.split(/\r\n|\n|\r/).find((l) => l.trim() !== '') ?? '').replace(
		/"[^"]*"/g,
		''
	);
	let best: string = ';';
	let bestCount = 0;
	for (const d of CANDIDATES) {
		const count = firstLine.split(d).length - 1;
		if (count > bestCount) [best, bestCount] = [d, count];
	}
	return best;
}

/** Parses CSV text into records of cells, each with its first physical line. */
export function parseCsvRecords(
	text: string,
	delimiter: string
): { line: number; cells: string[] }[] {
	const records: { line: number; cells: string[] }[] = [];
	let cells: string[] = [];
	let cell = '';
	let quoted = false;
	let line = 1;
	let recordLine = 1;
	let i = 0;
	const endRecord = () => {
		cells.push(cell);
		records.push({ line: recordLine, cells });
		cells = [];
		cell = '';
	};
	// Length of the line break at i (CRLF, LF or CR), 0 when there is none.
	const breakAt = (at: number) =>
		text[at] === '\r' ? (text[at + 1] === '\n' ? 2 : 1) : text[at] === '\n' ? 1 : 0;
	while (i < text.length) {
		const c = text[i];
		const lineBreak = breakAt(i);
		if (quoted && c === '"' && text[i + 1] === '"') {
			cell += '"';
			i += 2;
		} else if (quoted && c === '"') {
			quoted = false;
			i++;
		} else if (quoted && lineBreak) {
			// A line break inside quotes belongs to the cell (as \n) but still moves the line count.
			cell += '\n';
			line++;
			i += lineBreak;
		} else if (!quoted && c === '"' && cell.trim() === '') {
			quoted = true;
			cell = '';
			i++;
		} else if (!quoted && c === delimiter) {
			cells.push(cell);
			cell = '';
			i++;
		} else if (!quoted && lineBreak) {
			endRecord();
			i += lineBreak;
			line++;
			recordLine = line;
		} else {
			cell += c;
			i++;
		}
	}
	if (cell !== '' || cells.length > 0) endRecord();
	return records;
}

const isBlank = (cells: string[]) => cells.every((c) => c.trim() === '');

/** Reads a CSV file's text into a table; blank lines are skipped (their numbers still count). */
export function readCsvTable(text: string): RawTable | null {
	const records = parseCsvRecords(text, detectDelimiter(text)).filter((r) => !isBlank(r.cells));
	const [header, ...rows] = records;
	if (!header) return null;
	return { headers: header.cells.map((h) => h.trim()), headerLine: header.line, rows };
}
