/**
 * The header's commune search: which communes a typed text finds, and where choosing one leads.
 * Matching is the workshop matcher's (accents, « St »/« Saint », « lès »/« lez », hyphens and
 * spaces, former names such as Corbès → Thoiras-Corbès); this module only labels the results and
 * builds the address to open.
 */
import { communeKey, type CommuneRef } from '$lib/features/workshops/commune-key';
import type { CommuneMatcher } from '$lib/features/workshops/communes';

/** One result of the search: the current commune, and the former name it was found by. */
export interface CommuneHit {
	code: string;
	nom: string;
	/** The former commune's name when the text matched it and not the current name. */
	formerName: string | null;
}

/**
 * What the atlas says of a commune of the département it does not cover (« Nîmes »), wherever it
 * is named: the header search, a link's `commune` parameter.
 */
export const notInTerritory = (nom: string): string =>
	`${nom} n’est pas dans le territoire de l’atlas`;

/** Results shown at most. */
export const MAX_HITS = 8;

/** The former name a key matches, when the current name does not contain it. */
function formerMatch(ref: CommuneRef, key: string): string | null {
	if (communeKey(ref.nom).includes(key)) return null;
	return ref.formerNames?.find((n) => communeKey(n).includes(key)) ?? null;
}

/** Communes found for a typed text (best first), or none for a blank text. */
export function searchCommunes(
	matcher: CommuneMatcher,
	text: string,
	limit = MAX_HITS
): CommuneHit[] {
	const key = communeKey(text);
	if (!key) return [];
	return matcher
		.autocomplete(text, limit)
		.map((ref) => ({ code: ref.code, nom: ref.nom, formerName: formerMatch(ref, key) }));
}

/** The French line of a result: « Thoiras-Corbès (ancienne commune : Corbès) ». */
export function hitLabel(hit: CommuneHit): string {
	return hit.formerName ? `${hit.nom} (ancienne commune : ${hit.formerName})` : hit.nom;
}

/** The pages that open a commune themselves, already resolved against the base path. */
export interface CommunePages {
	/** The map page (`/`), whose view has `?commune=CODE`. */
	map: string;
	/** The comparison page (`/comparer/`), whose view has `?communes=A,B`. */
	compare: string;
	/** The portraits' folder (`/commune/`), each portrait at `/commune/CODE/`. */
	portrait?: string;
}

/**
 * Where choosing a commune leads from the page at `path` (with its `search`): the same map view
 * with that commune selected, the comparison with that commune added, a portrait replaced by
 * that commune's, or, from any other page, the map with that commune selected.
 */
export function communeHref(
	path: string,
	search: string,
	code: string,
	pages: CommunePages
): string {
	if (pages.portrait && path.startsWith(pages.portrait)) return `${pages.portrait}${code}/`;
	const params = new URLSearchParams(path === pages.map || path === pages.compare ? search : '');
	if (path === pages.compare) {
		const list = (params.get('communes') ?? '').split(',').filter(Boolean);
		if (!list.includes(code)) list.push(code);
		params.set('communes', list.join(','));
		return `${pages.compare}?${params}`;
	}
	params.set('commune', code);
	return `${pages.map}?${params}`;
}

/**
 * The option moved to by ↓ (`step` 1) or ↑ (-1) from `active` (-1: none yet, so ↓ goes to the
 * first and ↑ to the last), round the list.
 */
export function stepOption(active: number, step: 1 | -1, count: number): number {
	if (count === 0) return -1;
	if (active < 0) return step === 1 ? 0 : count - 1;
	return (active + step + count) % count;
}

/**
 * The option Entrée chooses: the one moved to with ↑ ↓; without one, the only option, or the one
 * named exactly as typed (accents, case, « St » aside: « ales » is Alès, not Brouzet-lès-Alès);
 * otherwise none, and the list says to choose (« saint » finds 22 communes: the first one, taken
 * for the user, was a commune she never named).
 */
export function enterChoice<T extends { nom: string }>(
	options: readonly T[],
	active: number,
	text: string
): T | undefined {
	if (active >= 0) return options[active];
	if (options.length === 1) return options[0];
	const key = communeKey(text);
	return key ? options.find((o) => communeKey(o.nom) === key) : undefined;
}

/** Said when Entrée found several communes and none chosen: how to choose one. */
export const CHOOSE_ONE =
	'Plusieurs communes correspondent\u00a0: choisissez-en une avec ↓ puis Entrée, ou d’un clic.';
