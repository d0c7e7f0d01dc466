/**
 * Reading a taxonomy value with a word about it: a value stored under another label (« transport »
 * → mobilité) is a correction the report states, and a near miss (« logemnt ») gets a suggestion.
 */
import { levenshtein } from '../levenshtein';
import { normalizeText } from '../normalize';
import { findEntry, type TaxonomyEntry } from '../taxonomy';

/** An entry found (with `corrected` when stored under another label), or the closest one. */
export type EntryMatch<T> =
	{ entry: T; corrected: boolean } | { entry: null; suggestion: T | null };

const compact = (text: string) => normalizeText(text).replace(/ /g, '');

/** True when `text` is only another spelling of the label (case, accents, plural, « élu »). */
function sameWord(text: string, entry: TaxonomyEntry): boolean {
	const a = compact(text);
	return [entry.label, entry.id].some((name) => {
		const b = compact(name);
		return (a.startsWith(b) || b.startsWith(a)) && Math.abs(a.length - b.length) <= 2;
	});
}

/** The entry with the closest spelling, within one edit per four letters; null otherwise. */
export function closestEntry<T extends TaxonomyEntry>(
	entries: readonly T[],
	text: string
): T | null {
	const key = normalizeText(text);
	const tolerance = Math.max(1, Math.floor(key.length / 4));
	let best: { entry: T; d: number } | null = null;
	for (const entry of entries)
		for (const name of [entry.label, ...(entry.aliases ?? [])]) {
			const d = levenshtein(key, normalizeText(name));
			if (d <= tolerance && (!best || d < best.d)) best = { entry, d };
		}
	return best?.entry ?? null;
}

/** Answers already given per list: a column holds few distinct values over thousands of rows. */
const answers = new WeakMap<readonly TaxonomyEntry[], Map<string, EntryMatch<TaxonomyEntry>>>();
/** Bound on remembered answers per list (free-text columns could otherwise grow it). */
const MAX_ANSWERS = 5000;

/**
 * Finds `text` in a list, saying whether it was corrected, or suggesting the closest entry. The
 * answer is pure in (list, text), so it is remembered; callers must not change it.
 */
export function matchEntry<T extends TaxonomyEntry>(
	entries: readonly T[],
	text: string
): EntryMatch<T> {
	let known = answers.get(entries);
	if (!known) answers.set(entries, (known = new Map()));
	const cached = known.get(text);
	if (cached) return cached as EntryMatch<T>;
	const entry = findEntry(entries, text);
	const match: EntryMatch<T> = entry
		? { entry, corrected: !sameWord(text, entry) }
		: { entry: null, suggestion: closestEntry(entries, text) };
	if (known.size >= MAX_ANSWERS) known.clear();
	known.set(text, match);
	return match;
}

/** « « transport » enregistré comme « mobilité » » for the report. */
export function correctionText(what: string, text: string, entry: TaxonomyEntry): string {
	return `${what} « ${text} » enregistré comme « ${entry.label} » (correspondance de la liste)`;
}
