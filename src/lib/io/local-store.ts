/**
 * Small documents kept in the browser's localStorage (a deck, saved queries, a flag): read through
 * a checker, and never overwritten without a word. A stored text that cannot be read is copied
 * aside, untouched, before anything is written over it; a refused write leaves the stored value
 * as it was and gives a French message.
 */

/** The storage calls used (localStorage, or a stand-in in tests). */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

/** The browser's localStorage, or null where it is missing or blocked (private browsing). */
export function browserStore(): KeyValueStore | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		return null;
	}
}

/** What a checker says of a stored document: its value (with parts left out), or why not. */
export type Reading<T> = { ok: true; value: T; dropped: string[] } | { ok: false; message: string };

/** French words of one kind of document (« la présentation », « les requêtes enregistrées »). */
export interface StoredWords {
	/** Said when the browser has no storage. */
	unavailable: string;
	/** Prefix of the message when the stored document cannot be read at all. */
	unreadable: string;
	/** Says where the text set aside can be downloaded. */
	aside: string;
}

export interface Loaded<T> {
	value: T;
	/** French lines: parts left out, a damaged document set aside, storage unavailable. */
	notes: string[];
}

/** Reads the document under `key`; a damaged one is copied under `damagedKey` first. */
export function loadChecked<T>(
	store: KeyValueStore | null,
	keys: { key: string; damagedKey: string },
	read: (raw: unknown) => Reading<T>,
	empty: T,
	words: StoredWords
): Loaded<T> {
	let text: string | null;
	try {
		if (!store) throw new Error('no storage');
		text = store.getItem(keys.key);
	} catch {
		return { value: empty, notes: [words.unavailable] };
	}
	if (text === null) return { value: empty, notes: [] };
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		raw = null;
	}
	const reading = read(raw);
	if (reading.ok && reading.dropped.length === 0) return { value: reading.value, notes: [] };
	try {
		store.setItem(keys.damagedKey, text);
	} catch {
		/* the copy failed: the stored text stays under its key until the next save */
	}
	if (!reading.ok)
		return { value: empty, notes: [`${words.unreadable} : ${reading.message} ${words.aside}`] };
	return { value: reading.value, notes: [...reading.dropped, words.aside] };
}

/** Writes a text; returns a French message when the browser refuses (full disk…), else null. */
export function saveText(
	store: KeyValueStore | null,
	key: string,
	text: string,
	words: { unavailable: string; full: string; refused: string }
): string | null {
	if (!store) return words.unavailable;
	try {
		store.setItem(key, text);
		return null;
	} catch (e) {
		return e instanceof DOMException && e.name === 'QuotaExceededError'
			? words.full
			: words.refused;
	}
}
