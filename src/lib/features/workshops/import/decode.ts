/** Turns file bytes into text: UTF-8 (with or without BOM), else Windows-1252 (French Excel). */

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
}

/** Decodes strictly as UTF-8 (a BOM is dropped), falling back to Windows-1252 on invalid bytes. */
export function decodeText(bytes: Uint8Array): DecodedText {
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
	} catch {
		const raw = new TextDecoder('windows-1252').decode(bytes);
		const text = raw.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
		return { text, encoding: 'windows-1252' };
	}
}
