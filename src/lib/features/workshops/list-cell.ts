/**
 * Multi-valued cells (subjects, publics, communes) of the CSV export and import, one encoding for
 * both ways. Values are joined with « | »; a value that holds a separator (« | », « ; », « , », a
 * line break) or starts with « is written between French quotes, « Logement, hébergement »,
 * with a closing quote inside doubled (»»). That reads well in Excel, and a file typed by hand
 * with « ; » or « , » between plain values is still split as before.
 */

/** Separator of multi-valued cells in the export. */
export const LIST_SEPARATOR = ' | ';

const OPEN = '«';
const CLOSE = '»';
const NEEDS_QUOTES = /[|;,\n\r]/;

/** True when a cell holds a character that splits a list (« | », « ; », « , », a line break). */
export const hasListSeparator = (text: string): boolean => NEEDS_QUOTES.test(text);

/** One value as written in a cell: quoted only when it could be cut or unwrapped on import. */
export function quoteListValue(value: string): string {
	if (!NEEDS_QUOTES.test(value) && !value.trimStart().startsWith(OPEN)) return value;
	return `${OPEN} ${value.replaceAll(CLOSE, CLOSE + CLOSE)} ${CLOSE}`;
}

/** The cell of a list of values. */
export function joinList(values: readonly string[]): string {
	return values.map(quoteListValue).join(LIST_SEPARATOR);
}

type IsSeparator = (c: string) => boolean;
const ANY_SEPARATOR: IsSeparator = hasListSeparator;
const PIPE: IsSeparator = (c) => c === '|';

/**
 * Reads the quoted value opening at `start` (on «): its text, and the index of the separator
 * after it (or the end). Null when it is no quoted value: no closing », or text follows it.
 */
function readQuoted(text: string, start: number, isSep: IsSeparator) {
	let value = '';
	for (let i = start + 1; i < text.length; i++) {
		if (text[i] !== CLOSE) value += text[i];
		else if (text[i + 1] === CLOSE) {
			value += CLOSE;
			i++;
		} else {
			let end = i + 1;
			while (text[end] === ' ' || text[end] === '\t') end++;
			const next = text[end];
			return next === undefined || isSep(next) ? { value: value.trim(), end } : null;
		}
	}
	return null;
}

/** The values of a cell and the separators met, for one set of separators. */
function tokens(text: string, isSep: IsSeparator): { values: string[]; seps: string[] } {
	const values: string[] = [];
	const seps: string[] = [];
	let i = 0;
	while (i < text.length) {
		while (text[i] === ' ' || text[i] === '\t') i++;
		const quoted = text[i] === OPEN ? readQuoted(text, i, isSep) : null;
		let end = quoted ? quoted.end : i;
		if (!quoted) while (end < text.length && !isSep(text[end]!)) end++;
		values.push(quoted ? quoted.value : text.slice(i, end).trim());
		if (end < text.length) seps.push(text[end]!);
		i = end + 1;
	}
	return { values: values.filter((v) => v.length > 0), seps };
}

/**
 * Splits a multi-valued cell. « | » is the export's separator: when a cell holds one (outside
 * quotes), only « | » splits it. Files typed by hand use « ; », « , » or line breaks, which never
 * occur inside a built-in label. A value between « » is kept whole, separators included.
 */
export function splitList(text: string): string[] {
	const broad = tokens(text, ANY_SEPARATOR);
	return broad.seps.includes('|') ? tokens(text, PIPE).values : broad.values;
}
