/**
 * Turns file bytes into text: UTF-8 (with or without BOM), else Windows-1252 (French Excel). A
 * UTF-8 file with a few lines in Windows-1252 (a line pasted from another file) is read line by
 * line, and those lines are named: read as one encoding, the whole file came out garbled
 * (« AlÃ¨s ») and was stored so without a word.
 */

// Node's TextDecoder('windows-1252') decodes 0x80–0x9F as Latin-1 control characters
// (nodejs/node#56542); browsers follow the WHATWG table. Patch those 32 code points so
// « € », « œ » and the typographic apostrophe « ’ » come out right everywhere.
const CP1252_HIGH =
	'\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
	'\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Decoded text and the encoding that was recognised. */
export interface DecodedText {
	text: string;
	encoding: 'utf-8' | 'windows-1252';
	/** In a UTF-8 file, the lines (1-based) that were not UTF-8, read as Windows-1252. */
	latinLines: number[];
}

const utf8 = () => new TextDecoder('utf-8', { fatal: true });

function cp1252(bytes: Uint8Array): string {
	const raw = new TextDecoder('windows-1252').decode(bytes);
	return raw.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

/** The file's lines (split after each « \n »), each with its UTF-8 text or null when it is not. */
function utf8Lines(bytes: Uint8Array, from: number): { bytes: Uint8Array; text: string | null }[] {
	const lines: { bytes: Uint8Array; text: string | null }[] = [];
	for (let start = from; start <= bytes.length;) {
		let end = bytes.indexOf(0x0a, start);
		if (end < 0) end = bytes.length;
		const line = bytes.subarray(start, end);
		let text: string | null;
		try {
			text = utf8().decode(line);
		} catch {
			text = null;
		}
		lines.push({ bytes: line, text });
		start = end + 1;
	}
	return lines;
}

/**
 * Decodes as UTF-8 (a BOM is dropped). A file with invalid UTF-8 bytes is Windows-1252, unless
 * it has a BOM, or a line with accents that is whole, well-formed UTF-8 (which a Windows-1252
 * text almost never is): then each line is read as UTF-8 when it can be, else as Windows-1252,
 * and named in `latinLines`.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
	try {
		return { text: utf8().decode(bytes), encoding: 'utf-8', latinLines: [] };
	} catch {
		const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
		const lines = utf8Lines(bytes, bom ? 3 : 0);
		const accented = (l: { bytes: Uint8Array }) => l.bytes.some((b) => b >= 0x80);
		if (!bom && !lines.some((l) => l.text !== null && accented(l)))
			return { text: cp1252(bytes), encoding: 'windows-1252', latinLines: [] };
		const latinLines: number[] = [];
		const text = lines
			.map((l, i) => {
				if (l.text !== null) return l.text;
				latinLines.push(i + 1);
				return cp1252(l.bytes);
			})
			.join('\n');
		return { text, encoding: 'utf-8', latinLines };
	}
}

/** What a file's reader says of its lines read as Windows-1252 (`DecodedText.latinLines`). */
export function latinLinesNote(lines: readonly number[]): string {
	const which =
		lines.length === 1
			? `la ligne ${lines[0]} n'est pas`
			: `${lines.length} lignes (${lines.slice(0, 5).join(', ')}${lines.length > 5 ? '…' : ''}) ne sont pas`;
	return `Le fichier est en UTF-8, mais ${which} dans ce codage : ${lines.length === 1 ? 'elle a été lue' : 'elles ont été lues'} en Windows-1252 (Excel français). Vérifiez ${lines.length === 1 ? 'ses' : 'leurs'} accents ; pour les éviter, enregistrez le fichier entier en « CSV UTF-8 ».`;
}

/** The import report's remark on one line read as Windows-1252 in a UTF-8 file. */
export const LATIN_LINE_REMARK =
	'pas en UTF-8 comme le reste du fichier : lue en Windows-1252 (Excel français). Vérifiez ses accents ; pour les éviter, enregistrez le fichier entier en « CSV UTF-8 »';
