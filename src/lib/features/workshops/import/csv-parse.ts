/**
 * A small RFC 4180 CSV reader that remembers the physical line where each record starts, so the
 * report can say « Ligne 7 » even after a description spanning several lines.
 */

/** One record: its first physical line (1-based) and its cells. */
export interface RawRecord {
	line: number;
	cells: string[];
	/** Set when the record could not be read safely (an unclosed quote): it is rejected. */
	broken?: { cell: number; reason: 'unclosed-quote'; closedLine?: number };
	/**
	 * Workbook cells with no value to read (a formula never calculated, an error such as #N/A),
	 * each with its reason in French; their text is empty. A row is rejected when one of them is
	 * in a column the import reads.
	 */
	unreadable?: { cell: number; reason: string }[];
	/**
	 * A quoted cell that runs over several lines, closed where it should be, one of whose lines
	 * holds as many delimiters as a whole record: perhaps records swallowed between two stray
	 * quotes. The record is read, with a remark (`lastLine`: where the quote closed).
	 */
	swallowed?: { cell: number; lastLine: number };
	/** A workbook row hidden (or filtered out) in the spreadsheet: read, and said so. */
	hidden?: boolean;
}

/** A table read from a file: headers, then records with their starting line (1-based). */
export interface RawTable {
	headers: string[];
	/** Line (CSV) or row (XLSX) of the header. */
	headerLine: number;
	rows: RawRecord[];
	/** Name of the worksheet read, and of the other sheets (XLSX only). */
	sheet?: { name: string; others: string[] };
}

/** A quote that opened a cell and swallowed what follows (never closed, or closed records later). */
interface RunawayQuote {
	at: number;
	line: number;
	cell: number;
	/** Where a quote closed in the middle of a text (the opening quote of a later cell). */
	closedLine?: number;
}

const CANDIDATES = [';', ',', '\t'] as const;

/** The first non-empty line, quoted parts removed (the header, for counting its delimiters). */
function firstLine(text: string): string {
	const line = /^[^\S\r\n]*\S[^\r\n]*/m.exec(text)?.[0] ?? '';
	return line.replace(/"[^"]*"/g, '');
}

/** Picks the delimiter occurring most often outside quotes on the first non-empty line. */
export function detectDelimiter(text: string): string {
	const line = firstLine(text);
	let best: string = ';';
	let bestCount = 0;
	for (const d of CANDIDATES) {
		const count = line.split(d).length - 1;
		if (count > bestCount) [best, bestCount] = [d, count];
	}
	return best;
}

/** Parses CSV text into records of cells, each with its first physical line. */
export function parseCsvRecords(text: string, delimiter: string): RawRecord[] {
	return parseWithRunaway(text, delimiter, new Set()).records;
}

/**
 * One pass of the parser. Quotes at positions in `literal` are read as plain characters. Also
 * returns the first runaway quote: one still open at the end of the text, or one that spans a
 * line break and is closed by a quote followed by something other than a delimiter or a line end.
 * That closing quote is then the opening quote of a later cell, and the records between were
 * swallowed into one text. A quoted cell that spans lines and closes properly is kept as written,
 * whatever it holds (« Concerne : Alès ; Salindres » on its second line).
 */
function parseWithRunaway(
	text: string,
	delimiter: string,
	literal: ReadonlySet<number>,
	fullRecord = Infinity
): { records: RawRecord[]; runaway: RunawayQuote | null } {
	const records: RawRecord[] = [];
	let cells: string[] = [];
	let cell = '';
	let quoted = false;
	let opened: RunawayQuote | null = null;
	let runaway: RunawayQuote | null = null;
	// Delimiters on the current line of an open quoted cell, and the most on any of its lines.
	let inner = 0;
	let mostInner = 0;
	let swallowed: RawRecord['swallowed'];
	let line = 1;
	let recordLine = 1;
	let i = 0;
	const endRecord = () => {
		cells.push(cell);
		records.push({ line: recordLine, cells, ...(swallowed ? { swallowed } : {}) });
		cells = [];
		cell = '';
		swallowed = undefined;
	};
	// Length of the line break at i (CRLF, LF or CR), 0 when there is none.
	const breakAt = (at: number) =>
		text[at] === '\r' ? (text[at + 1] === '\n' ? 2 : 1) : text[at] === '\n' ? 1 : 0;
	// True when a quote closing at `at` ends its cell: spaces, then a delimiter, a line end or
	// the end of the text.
	const endsCell = (at: number) => {
		let j = at + 1;
		while (text[j] === ' ' || text[j] === '\t') j++;
		return j >= text.length || text[j] === delimiter || breakAt(j) > 0;
	};
	while (i < text.length) {
		const c = text[i];
		const lineBreak = breakAt(i);
		if (quoted && c === '"' && text[i + 1] === '"') {
			cell += '"';
			i += 2;
		} else if (quoted && c === '"') {
			const spans = line > (opened?.line ?? line);
			if (spans && !endsCell(i) && opened) runaway ??= { ...opened, closedLine: line };
			else if (spans && Math.max(mostInner, inner) >= fullRecord && opened)
				swallowed ??= { cell: opened.cell, lastLine: line };
			quoted = false;
			i++;
		} else if (quoted && lineBreak) {
			// A line break inside quotes belongs to the cell (as \n) but still moves the line count.
			if (line > (opened?.line ?? line)) mostInner = Math.max(mostInner, inner);
			inner = 0;
			cell += '\n';
			line++;
			i += lineBreak;
		} else if (quoted) {
			if (c === delimiter) inner++;
			cell += c;
			i++;
		} else if (c === '"' && cell.trim() === '' && !literal.has(i)) {
			quoted = true;
			opened = { at: i, line, cell: cells.length };
			inner = 0;
			mostInner = 0;
			cell = '';
			i++;
		} else if (c === delimiter) {
			cells.push(cell);
			cell = '';
			i++;
		} else if (lineBreak) {
			endRecord();
			i += lineBreak;
			line++;
			recordLine = line;
		} else {
			cell += c;
			i++;
		}
	}
	if (quoted) runaway ??= opened;
	if (cell !== '' || cells.length > 0) endRecord();
	return { records, runaway };
}

/**
 * Parses the whole text, reading each runaway quote as a plain character so that it cannot swallow
 * the following records; the records where such a quote opened are marked `broken`.
 */
function parseGuarded(text: string, delimiter: string): RawRecord[] {
	const literal = new Set<number>();
	const broken: RunawayQuote[] = [];
	// A header of n columns has n − 1 delimiters: a quoted line holding as many is a record.
	const fullRecord = Math.max(2, firstLine(text).split(delimiter).length - 1);
	for (;;) {
		const { records, runaway } = parseWithRunaway(text, delimiter, literal, fullRecord);
		if (!runaway || literal.size >= 200) {
			for (const b of broken) {
				const record = records.find((r) => r.line === b.line);
				if (record)
					record.broken = {
						cell: b.cell,
						reason: 'unclosed-quote',
						...(b.closedLine ? { closedLine: b.closedLine } : {})
					};
			}
			return records;
		}
		literal.add(runaway.at);
		broken.push(runaway);
	}
}

const isBlank = (cells: string[]) => cells.every((c) => c.trim() === '');

/** Reads a CSV file's text into a table; blank lines are skipped (their numbers still count). */
export function readCsvTable(text: string): RawTable | null {
	const records = parseGuarded(text, detectDelimiter(text)).filter((r) => !isBlank(r.cells));
	const [header, ...rows] = records;
	if (!header) return null;
	return { headers: header.cells.map((h) => h.trim()), headerLine: header.line, rows };
}
