/** Filtering of the problem list on /ateliers (pure, so it is tested without a browser). */
import { dayDigits } from '$lib/format/date';
import type { Forum, Problem } from '$lib/features/workshops/model';

/** The list's filters; '' means « tous ». */
export interface ListFilters {
	forum: string;
	theme: string;
	subject: string;
	public: string;
	commune: string;
	status: string;
}

/** No filter at all. */
export const NO_FILTERS: ListFilters = {
	forum: '',
	theme: '',
	subject: '',
	public: '',
	commune: '',
	status: ''
};

/** Key of a forum, stable across problems of the same session. */
export function forumKey(f: Forum): string {
	return `${f.date}|${f.lieu}|${f.numero ?? ''}`;
}

/** French label of a forum: « Forum n° 2 — 13/03/2025, Alès ». */
export function forumLabel(f: Forum): string {
	const date = dayDigits(f.date);
	const head = f.numero === null ? 'Forum' : `Forum n° ${f.numero}`;
	return `${head} — ${date}${f.lieu ? `, ${f.lieu}` : ''}`;
}

/** Value of the commune filter for « tout le territoire » problems. */
export const WHOLE_TERRITORY_FILTER = '*';

/** Problems passing every filter. */
export function filterProblems(problems: readonly Problem[], f: ListFilters): Problem[] {
	// No filter: 100 000 problems need not be tested six times each.
	if (Object.values(f).every((v) => !v)) return [...problems];
	return problems.filter(
		(p) =>
			(!f.forum || forumKey(p.forum) === f.forum) &&
			(!f.theme || p.theme === f.theme) &&
			(!f.subject || p.subjects.includes(f.subject)) &&
			(!f.public || p.publics.includes(f.public)) &&
			(!f.commune ||
				(f.commune === WHOLE_TERRITORY_FILTER
					? p.wholeTerritory
					: p.communes.includes(f.commune))) &&
			(!f.status || p.status === f.status)
	);
}

/** Distinct forums of a list, most recent first, for the forum filter. */
export function distinctForums(problems: readonly Problem[]): { key: string; label: string }[] {
	const seen = new Map<string, Forum>();
	for (const p of problems) seen.set(forumKey(p.forum), p.forum);
	return [...seen]
		.sort(([, a], [, b]) => (a.date === b.date ? 0 : a.date < b.date ? 1 : -1))
		.map(([key, f]) => ({ key, label: forumLabel(f) }));
}

/**
 * The communes of `communes` that at least one problem names, in the order of `communes`. One
 * pass over the problems (a search per commune would scan 100 000 problems 71 times).
 */
export function usedCommunes<C extends { code: string }>(
	communes: readonly C[],
	problems: readonly Problem[]
): C[] {
	const used = new Set<string>();
	for (const p of problems) for (const code of p.communes) used.add(code);
	return communes.filter((c) => used.has(c.code));
}

/** The set of INSEE codes of a commune list (for validation). */
export function codeSet(communes: readonly { code: string }[]): ReadonlySet<string> {
	return new Set(communes.map((c) => c.code));
}
