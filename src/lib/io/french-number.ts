/**
 * Numbers as partners' files write them: « 1 234,5 » (French thousands and decimal comma), « 1.234,5 »,
 * « 1234.5 », « 12 % »; « s », « secret », « nc » for a secret cell. Nothing is guessed: a cell
 * that is none of these is reported, never read as 0.
 */

/** What a cell holds. */
export type NumberCell =
	| { kind: 'number'; value: number }
	| { kind: 'empty' }
	| { kind: 'secret' }
	| { kind: 'invalid'; text: string };

const SECRET = new Set(['s', 'secret', 'nc', 'n.c.', 'nd', 'n.d.', 'n.d', 'c', 'conf']);
/** Spaces used as thousands separators: space, no-break space, narrow no-break space, apostrophe. */
const GROUP = /[\s\u00a0\u202f']/g;
const PLAIN = /^[+-]?\d+(\.\d+)?$/;
/**
 * « 1.234.567 » or « 1.234,5 »: dots group thousands when there are two groups or more, or a
 * decimal comma follows. A single dot (« 0.125 », « 1.234 ») is a decimal point.
 */
const DOT_GROUPS = /^[+-]?\d{1,3}((\.\d{3}){2,}(,\d+)?|\.\d{3},\d+)$/;

/** Reads one cell; see the module comment. */
export function readNumberCell(raw: string): NumberCell {
	const text = raw.trim();
	if (text === '' || text === '-' || text === '—') return { kind: 'empty' };
	if (SECRET.has(text.toLowerCase())) return { kind: 'secret' };
	let t = text.replace(/\s*%$/, '').replace(GROUP, '');
	if (DOT_GROUPS.test(t)) t = t.replace(/\./g, '');
	if (/^[+-]?\d+,\d+$/.test(t)) t = t.replace(',', '.');
	if (!PLAIN.test(t)) return { kind: 'invalid', text };
	const value = Number(t);
	return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'invalid', text };
}
