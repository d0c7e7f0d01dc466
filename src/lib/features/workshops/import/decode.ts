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

function cp1252(bytes: Uint8Array): string {
	const raw = new TextDecoder('windows-1252').decode(bytes);
	return raw.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

/**
 * Whether `bytes[from, to)` are well-formed UTF-8 (no overlong form, no surrogate, nothing past
 * U+10FFFF), checked byte by byte: a Windows-1252 file of 100 000 accented lines would otherwise
 * throw 100 000 decoding errors.
 */
function isUtf8(bytes: Uint8Array, from: number, to: number): boolean {
	for (let i = from; i < to;) {
		const b = bytes[i]!;
		if (b < 0x80) {
			i++;
			continue;
		}
		const n =
			b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
		if (n < 0 || i + n >= to) return false;
		const second = bytes[i + 1]!;
		// The second byte's range excludes overlong forms and surrogates (RFC 3629).
		const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
		const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
		if (second < lo || second > hi) return false;
		for (let k = 2; k <= n; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return false;
		i += n + 1;
	}
	return true;
}

/**
 * Decodes as UTF-8 (a BOM is dropped). A file with invalid UTF-8 bytes is Windows-1252, unless
 * it has a BOM, or a line with accents that is whole, well-formed UTF-8 (which a Windows-1252
 * text almost never is): then each line is read as UTF-8 when it can be, else as Windows-1252,
 * and named in `latinLines`.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
	const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
	const from = bom ? 3 : 0;
	if (isUtf8(bytes, from, bytes.length))
		return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', latinLines: [] };
	// Each line (after each « \n »): well-formed UTF-8 or not, with accents or not.
	const lines: { start: number; end: number; utf8: boolean }[] = [];
	let utf8Accented = false;
	for (let start = from; start <= bytes.length;) {
		let end = bytes.indexOf(0x0a, start);
		if (end < 0) end = bytes.length;
		const utf8 = isUtf8(bytes, start, end);
		if (utf8 && !utf8Accented) utf8Accented = bytes.subarray(start, end).some((b) => b >= 0x80);
		lines.push({ start, end, utf8 });
		start = end + 1;
	}
	if (!bom && !utf8Accented)
		return { text: cp1252(bytes), encoding: 'windows-1252', latinLines: [] };
	const decoder = new TextDecoder('utf-8');
	const latinLines: number[] = [];
	const text = lines
		.map((l, i) => {
			const part = bytes.subarray(l.start, l.end);
			if (l.utf8) return decoder.decode(part);
			latinLines.push(i + 1);
			return cp1252(part);
		})
		.join('\n');
	return { text, encoding: 'utf-8', latinLines };
}

/** What a file's reader says of its lines read as Windows-1252 (`DecodedText.latinLines`). */
export function latinLinesNote(lines: readonly number[]): string {
	const which =
		lines.length === 1
			? `la ligne ${lines[0]} n’est pas`
			: `${lines.length} lignes (${lines.slice(0, 5).join(', ')}${lines.length > 5 ? '…' : ''}) ne sont pas`;
	return `Le fichier est en UTF-8, mais ${which} dans ce codage : ${lines.length === 1 ? 'elle a été lue' : 'elles ont été lues'} en Windows-1252 (Excel français). Vérifiez ${lines.length === 1 ? 'ses' : 'leurs'} accents ; pour les éviter, enregistrez le fichier entier en « CSV UTF-8 ».`;
}

/** The import report's remark on one line read as Windows-1252 in a UTF-8 file. */
export const LATIN_LINE_REMARK =
	'pas en UTF-8 comme le reste du fichier : lue en Windows-1252 (Excel français). Vérifiez ses accents ; pour les éviter, enregistrez le fichier entier en « CSV UTF-8 »';
