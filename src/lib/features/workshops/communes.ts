/**
 * Commune matching for imports and the capture form. A commune is resolved from an INSEE code or
 * a name, tolerant of accents, case, punctuation, « St »/« Saint », « lès »/« lez »/« les » and
 * former names (« Corbès » → Thoiras-Corbès). It never guesses: a partial or fuzzy match comes
 * back as suggestions for the user to choose from.
 */
import fuzzysort from 'fuzzysort';
import { levenshtein } from './levenshtein';
import { communeKey, type CommuneRef } from './commune-key';

export { communeKey, type CommuneRef };

/** Result of resolving one user-typed commune. */
export type CommuneMatch =
	/** `former`: the former name or code that was written (« Corbès » for Thoiras-Corbès). */
	| { status: 'ok'; code: string; nom: string; former?: string }
	/** `mismatch`: the code written names another commune than the name written. */
	| { status: 'ambiguous'; suggestions: CommuneRef[]; mismatch?: { code: string; nom: string } }
	/** `outside`: a commune of the département outside the territory. */
	| { status: 'unknown'; suggestions: CommuneRef[]; outside?: CommuneRef };

/** Resolves and autocompletes communes of one territory. */
export interface CommuneMatcher {
	/** Resolves an INSEE code or a name; see `CommuneMatch`. */
	resolve(input: string): CommuneMatch;
	/** Up to `limit` communes for a typed prefix: name prefix, then word prefix, substring, fuzzy. */
	autocomplete(query: string, limit?: number): CommuneRef[];
	/** The territory's communes, in the order given. */
	readonly communes: readonly CommuneRef[];
}

const ARTICLES = new Set(['le', 'la', 'les', 'l']);
const INSEE_CODE = /^(?:\d{5}|2[AB]\d{3})$/i;
const MAX_SUGGESTIONS = 5;
/** Bound on remembered answers of `resolve`. */
const MAX_ANSWERS = 5000;

const withoutArticle = (key: string) => {
	const [first, ...rest] = key.split(' ');
	return first !== undefined && ARTICLES.has(first) && rest.length ? rest.join(' ') : key;
};

interface Keyed {
	ref: CommuneRef;
	key: string;
	/** The former name this key was made from, when it is not the current one. */
	former?: string;
}

const found = (ref: CommuneRef, former?: string): CommuneMatch =>
	former
		? { status: 'ok', code: ref.code, nom: ref.nom, former }
		: { status: 'ok', code: ref.code, nom: ref.nom };

/**
 * Builds a matcher over the territory's communes (keys are computed once). `outside` lists the
 * département's other communes, so that « Nîmes » is said to be outside the territory.
 */
export function createCommuneMatcher(
	communes: readonly CommuneRef[],
	outside: readonly CommuneRef[] = []
): CommuneMatcher {
	const keyed: Keyed[] = communes.flatMap((ref) => [
		{ ref, key: communeKey(ref.nom) },
		...(ref.formerNames ?? []).map((n) => ({ ref, key: communeKey(n), former: n }))
	]);
	const outsideByKey = new Map(outside.map((ref) => [communeKey(ref.nom), ref]));
	const outsideByCode = new Map(outside.map((ref) => [ref.code, ref]));
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
		// One edit in three letters: « Andusse » (two edits, its « ss » said as Anduze's « z ») finds Anduze.
		const tolerance = Math.max(1, Math.floor(key.length / 3));
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

	// Answers already given: a file names the same few communes over thousands of rows. A
	// match is pure in its input; callers must not change it.
	const answers = new Map<string, CommuneMatch>();
	function resolve(input: string): CommuneMatch {
		const cached = answers.get(input);
		if (cached) return cached;
		const match = resolveUncached(input);
		if (answers.size >= MAX_ANSWERS) answers.clear();
		answers.set(input, match);
		return match;
	}

	function resolveUncached(input: string): CommuneMatch {
		const text = input.trim();
		const withCode = /\((\d{5}|2[AB]\d{3})\)\s*$/i.exec(text);
		const code = INSEE_CODE.test(text) ? text.toUpperCase() : withCode?.[1]?.toUpperCase();
		if (code !== undefined) {
			const ref = byCode.get(code);
			const named = withCode ? text.slice(0, withCode.index).trim() : '';
			const byName = named ? resolveName(named) : null;
			// « Saint-Jean-du-Gard (30270) »: 30270 is Saint-Jean-du-Pin. The user chooses.
			const agrees =
				byName?.status === 'ok'
					? byName.code === ref?.code
					: byName?.status === 'ambiguous' && byName.suggestions.some((r) => r === ref);
			if (ref && byName && !agrees) {
				const others = byName.status === 'ok' ? byCode.get(byName.code) : undefined;
				const suggestions = [
					ref,
					...(others ? [others] : byName.status === 'ok' ? [] : byName.suggestions)
				];
				return {
					status: 'ambiguous',
					suggestions: [...new Set(suggestions)],
					mismatch: { code, nom: ref.nom }
				};
			}
			if (ref) return ref.code === code ? found(ref) : found(ref, code);
			const away = outsideByCode.get(code);
			return { status: 'unknown', suggestions: [], ...(away ? { outside: away } : {}) };
		}
		return resolveName(text);
	}

	function resolveName(text: string): CommuneMatch {
		const key = communeKey(text);
		if (!key) return { status: 'unknown', suggestions: [] };
		for (const match of [
			(k: Keyed) => k.key === key,
			(k: Keyed) => withoutArticle(k.key) === withoutArticle(key)
		]) {
			const hits = keyed.filter(match);
			const refs = distinct(hits);
			if (refs.length === 1 && refs[0])
				return found(refs[0], hits.find((h) => !h.former) ? undefined : hits[0]?.former);
			if (refs.length > 1) return { status: 'ambiguous', suggestions: refs };
		}
		// The exact name of a commune of the département outside the territory (« Nîmes »).
		const away = outsideByKey.get(key);
		if (away) return { status: 'unknown', suggestions: [], outside: away };
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
		// Names that hold what was typed are the answer: the looser matches below only come when
		// none does (« ales » listed Salindres and Les Salles-du-Gardon after Alès, « st martin »
		// Saint-Maurice-de-Cazevieille).
		if (found.length) return found.slice(0, limit);
		// A letter wrong while typing (« anduse », « vezenobre »): the names whose start is one
		// edit away (two from eight letters on), nearest first. fuzzysort, below, only finds
		// letters left out.
		if (key.length >= 4) {
			// One edit in three letters: « Andusse » (two edits, its « ss » said as Anduze's « z ») finds Anduze.
			const tolerance = Math.max(1, Math.floor(key.length / 3));
			const near = keyed
				.map((k) => ({
					k,
					d: Math.min(
						levenshtein(key, k.key.slice(0, key.length)),
						levenshtein(key, withoutArticle(k.key).slice(0, key.length))
					)
				}))
				.filter((x) => x.d <= tolerance)
				.sort((a, b) => a.d - b.d);
			found = [...new Set([...found, ...near.map((x) => x.k.ref)])];
		}
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
