/**
 * The last comparison, kept in this browser (localStorage) so that a planner who goes to a
 * portrait or the map and back finds her communes again: « Comparer » in the menu reopens it,
 * and a portrait's « Comparer » adds its commune to it. Only its URL query is kept
 * (« communes=30007%2C30132&theme=jeunesse »); what is read back is checked as a URL is, by the
 * page's own decoding (unknown codes and themes are reported, never used), and anything that is
 * not such a query is ignored. Nothing else is stored: losing it loses a selection, not data.
 */
import { MAX_COMMUNES } from './view';

const KEY = 'atlas-derniere-comparaison';
/** Longer than any comparison's query (six codes and a theme): anything longer is not one. */
const MAX_LENGTH = 300;

/** The kept query, or null (none, unreadable, or not a comparison's query). */
export function readLastComparison(
	storage: Pick<Storage, 'getItem'> | null = safeStorage()
): string | null {
	try {
		const raw = storage?.getItem(KEY) ?? null;
		if (typeof raw !== 'string' || raw.length > MAX_LENGTH) return null;
		const q = new URLSearchParams(raw);
		const communes = q.get('communes');
		// Only what a comparison holds: anything else would be reported as if it were in a URL.
		return communes ? comparisonQuery(communes, q.get('theme')) : null;
	} catch {
		return null;
	}
}

/** Keeps `query` (an empty one forgets the comparison); a full or blocked storage is ignored. */
export function keepLastComparison(
	query: string,
	storage: Pick<Storage, 'setItem' | 'removeItem'> | null = safeStorage()
): void {
	try {
		if (new URLSearchParams(query).get('communes')) storage?.setItem(KEY, query);
		else storage?.removeItem(KEY);
	} catch {
		/* quota or privacy mode: the comparison is simply not remembered */
	}
}

/**
 * A portrait's « Comparer »: the last comparison with `code` added at the end, its theme kept.
 * A commune already compared keeps its place; with six communes already, none is dropped: the
 * comparison is opened as it is, and `full` says why the commune is not in it.
 */
export function withCommune(last: string | null, code: string): { query: string; full: boolean } {
	const q = new URLSearchParams(last ?? '');
	const kept = (q.get('communes') ?? '').split(',').filter((c) => /^[0-9][0-9AB][0-9]{3}$/.test(c));
	const full = !kept.includes(code) && kept.length >= MAX_COMMUNES;
	const communes = kept.includes(code) || full ? kept : [...kept, code];
	return { query: comparisonQuery(communes.join(','), q.get('theme')), full };
}

/** A comparison's query: its communes and, if any, its theme; nothing else. */
function comparisonQuery(communes: string, theme: string | null): string {
	const out = new URLSearchParams({ communes });
	if (theme) out.set('theme', theme);
	return out.toString();
}

function safeStorage(): Storage | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		return null;
	}
}
