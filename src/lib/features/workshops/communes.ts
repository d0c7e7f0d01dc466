/**
 * Commune matching for imports and the capture form. A commune is resolved from an INSEE code or
 * a name, tolerant of accents, case, punctuation, « St »/« Saint », « lès »/« lez »/« les » and
 * former names (« Corbès » → Thoiras-Corbès). It never guesses: a partial or fuzzy match comes
 * back as suggestions for the user to choose from.
 */
import fuzzysort from 'fuzzysort';
import { levenshtein } from './levenshtein';
import { normalizeText } from './normalize';

/** A commune of the territory, with former names and codes (merged communes). */
export interface CommuneRef {
	code: string;
	nom: string;
	formerNames?: readonly string[];
	formerCodes?: readonly string[];
}

/** Result of resolving one user-typed commune. */
export type CommuneMatch =
	| { status: 'ok'; code: string; nom: string }
	| { status: 'ambiguous'; suggestions: CommuneRef[] }
	| { status: 'unknown'; suggestions: CommuneRef[] };

/** Resolves and autocompletes communes of one territory. */
export interface CommuneMatcher {
	/** Resolves an INSEE code or a name; see `CommuneMatch`. */
	resolve(input: string): CommuneMatch;
	/** Up to `limit` communes for a typed prefix: name prefix, then word prefix, substring, fuzzy. */
	autocomplete(query: string, limit?: number): CommuneRef[];
	/** The territory's communes, in the order given. */
	readonly communes: readonly CommuneRef[];
}

const ABBREVIATIONS: Record<string, string> = { st: 'saint', ste: 'sainte', lez: 'les' };
const ARTICLES = new Set(['le', 'la', 'les', 'l']);
const INSEE_CODE = /^(?:\d{5}|2[AB]\d{3})$/i;
const MAX_SUGGESTIONS = 5;

/** Comparison key of a commune name: normalised, abbreviations expanded. */
export function communeKey(name: string): string {
	return normalizeText(name)
		.split(' ')
		.map((w) => ABBREVIATIONS[w] ?? w)
		.join(' ');
}

const withoutArticle = (key: string) => {
	const [first, ...rest] = key.split(' ');
	return first !== undefined && ARTICLES.has(first) && rest.length ? rest.join(' ') : key;
};

interface Keyed {
	ref: CommuneRef;
	key: string;
}

/** Builds a matcher over the territory's communes (keys are computed once). */
export function createCommuneMatcher(communes: readonly CommuneRef[]): CommuneMatcher {
	const keyed: Keyed[] = communes.flatMap((ref) =>
		[ref.nom, ...(ref.formerNames ?? [])].map((n) => ({ ref, key: communeKey(n) }))
	);
	const byCode = new Map<string, CommuneRef>();
	for (const ref of communes) {
		byCode.set(ref.code, ref);
		for (const c of ref.formerCodes ?? []) if (!byCode.has(c)) byCode.set(c, ref);
	}
	const prepared = keyed.map((k) => ({ ...k, target: fuzzysort.prepare(k.key) }));

	const distinct = (list: Keyed[]): CommuneRef[] => [...new Set(list.map((k) => k.ref))];

	/**
	 * fuzzysort only finds subsequences, so it misses typos such as « Jeen » for « Jean »: an edit
	 * distance catches those first, fuzzysort then catches abbreviations (« Chrstl »).
	 */
	function suggestions(key: string): CommuneRef[] {
		const tolerance = Math.max(1, Math.floor(key.length / 4));
		const scored = keyed
			.map((k) => ({ k, d: levenshtein(key, k.key) }))
			.filter((x) => x.d <= tolerance)
			.sort((a, b) => a.d - b.d);
		const best = scored[0]?.d ?? 0;
		// Only the nearest spellings: « Saint-Jeen-du-Gard » suggests Saint-Jean-du-Gard, not
		// every Saint-Jean-… of the territory.
		const close = scored.filter((x) => x.d <= best + 1).map((x) => x.k);
		if (close.length) return distinct(close).slice(0, MAX_SUGGESTIONS);
		const fuzzy = fuzzysort
			.go(key, prepared, { key: 'target', threshold: 0.3, limit: MAX_SUGGESTIONS })
			.map((r) => r.obj);
		return distinct(fuzzy);
	}

	function resolve(input: string): CommuneMatch {
		const text = input.trim();
		const withCode = /\((\d{5}|2[AB]\d{3})\)\s*$/i.exec(text);
		const code = INSEE_CODE.test(text) ? text.toUpperCase() : withCode?.[1]?.toUpperCase();
		if (code !== undefined) {
			const ref = byCode.get(code);
			return ref
				? { status: 'ok', code: ref.code, nom: ref.nom }
				: { status: 'unknown', suggestions: [] };
		}
		const key = communeKey(text);
		if (!key) return { status: 'unknown', suggestions: [] };
		for (const match of [
			(k: Keyed) => k.key === key,
			(k: Keyed) => withoutArticle(k.key) === withoutArticle(key)
		]) {
			const found = distinct(keyed.filter(match));
			if (found.length === 1 && found[0])
				return { status: 'ok', code: found[0].code, nom: found[0].nom };
			if (found.length > 1) return { status: 'ambiguous', suggestions: found };
		}
		// A truncated name (« Saint », « Boucoiran ») is a partial match: the user must choose.
		const partial = distinct(
			keyed.filter(
				(k) => k.key.startsWith(key + ' ') || withoutArticle(k.key).startsWith(key + ' ')
			)
		);
		if (partial.length) return { status: 'ambiguous', suggestions: partial };
		return { status: 'unknown', suggestions: suggestions(key) };
	}

	function autocomplete(query: string, limit = 10): CommuneRef[] {
		const key = communeKey(query);
		if (!key) return [];
		if (/^\d+$/.test(key)) return communes.filter((c) => c.code.startsWith(key)).slice(0, limit);
		const tiers: Keyed[][] = [[], [], []];
		for (const k of keyed) {
			if (k.key.startsWith(key) || withoutArticle(k.key).startsWith(key)) tiers[0]?.push(k);
			else if (k.key.includes(' ' + key)) tiers[1]?.push(k);
			else if (k.key.includes(key)) tiers[2]?.push(k);
		}
		let found = distinct(tiers.flat());
		if (found.length < limit) {
			const fuzzy = fuzzysort
				.go(key, prepared, { key: 'target', threshold: 0.3, limit })
				.map((r) => r.obj);
			found = [...new Set([...found, ...fuzzy.map((k) => k.ref)])];
		}
		return found.slice(0, limit);
	}

	return { resolve, autocomplete, communes };
}
