/** Plain-French sentences built from results (Moran, islands, stability), in French number format. */
import type { MoranResult } from '$lib/analysis/moran';
import { formatNumber } from '$lib/format/number';

/** A p-value with as many digits as its resolution needs (0,001 with 999 permutations). */
export function formatP(p: number, permutations: number): string {
	const digits = Math.max(2, Math.ceil(Math.log10(permutations + 1)));
	return formatNumber(p, Math.min(digits, 6));
}

/** « I de Moran = 0,31 ; p = 0,001 (999 permutations) : … » with the reading of the result. */
export function moranSentence(r: MoranResult, alpha = 0.05): string {
	const perms = formatNumber(r.permutations, 0);
	const head = `I de Moran = ${formatNumber(r.I, 2)} ; p = ${formatP(r.pValue, r.permutations)} (${perms} permutations)`;
	if (r.pValue > alpha)
		return `${head} : pas de structure spatiale nette, les valeurs proches ne se ressemblent pas plus que le hasard ne le voudrait.`;
	if (r.I > r.expected)
		return `${head} : les valeurs proches se ressemblent plus que le hasard ne le voudrait.`;
	return `${head} : les communes voisines se ressemblent moins que le hasard ne le voudrait (effet « damier »).`;
}

/** French sentence listing the islands (communes without neighbours). */
export function islandsSentence(names: readonly string[]): string {
	if (names.length === 0)
		return 'Aucune commune sans voisin : chaque commune a au moins une voisine.';
	const list = names.join(', ');
	return names.length === 1
		? `1 commune sans voisin (île) : ${list}. Elle est laissée hors des regroupements.`
		: `${names.length} communes sans voisin (îles) : ${list}. Elles sont laissées hors des regroupements.`;
}

/** « classe stable sur 9 des 10 tirages ». */
export function stabilityText(agreement: number, runs: number): string {
	const same = Math.round(agreement * runs);
	return same === runs
		? `classe stable sur les ${runs} tirages`
		: `classe stable sur ${same} des ${runs} tirages`;
}
