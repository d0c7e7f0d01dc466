/** Plain-French sentences built from results (Moran, islands, stability), in French number format. */
import type { MoranResult } from '$lib/analysis/moran';
import type { NeedsIndexResult } from '$lib/analysis/needs-index';
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

/** What the page's headline sentence is built from: counts of communes in significant clusters. */
export interface HeadlineCounts {
	/** The variable mapped, e.g. « Indice de besoins » or an indicator's label. */
	label: string;
	alpha: number;
	/** The correction chosen and its French name (« Taux de fausses découvertes (FDR) »). */
	correction: 'none' | 'fdr' | 'bonferroni';
	correctionName: string;
	/** Communes in a significant cluster with the chosen correction, and without any. */
	corrected: number;
	uncorrected: number;
	/**
	 * With the false discovery rate's correction: said beside an uncorrected count, so that « 10
	 * communes ressortent » is not read alone when none of them survives it.
	 */
	fdr: number;
}

const communes = (n: number) => (n === 1 ? '1 commune' : `${formatNumber(n, 0)} communes`);

/** How many of the `n` uncorrected communes remain after the false discovery rate's correction. */
function remaining(fdr: number, n: number): string {
	if (fdr === 0) return n === 1 ? 'elle ne reste pas' : 'aucune ne reste';
	if (fdr >= n) return n === 1 ? 'elle reste' : 'toutes restent';
	return `${communes(fdr)} ${fdr === 1 ? 'reste' : 'restent'}`;
}

/**
 * The result in one plain-French sentence, first on the page, e.g. « Aucune concentration
 * significative pour « Indice de besoins » après correction des tests multiples ; 12 communes
 * ressortent sans correction, à lire avec prudence. »
 */
export function headlineSentence(h: HeadlineCounts): string {
	const what = `pour « ${h.label} »`;
	const at = `au seuil p ≤ ${formatNumber(h.alpha, h.alpha < 0.01 ? 3 : 2)}`;
	if (h.correction === 'none') {
		return h.uncorrected === 0
			? `Aucune concentration significative ${what} ${at}, même sans correction des tests multiples.`
			: `${communes(h.uncorrected)} ressort${h.uncorrected === 1 ? '' : 'ent'} dans un regroupement ${what} ${at}, sans correction des tests multiples ; ${remaining(h.fdr, h.uncorrected)} après correction (taux de fausses découvertes) : à lire avec prudence.`;
	}
	const how = `après correction des tests multiples (${h.correctionName})`;
	if (h.corrected === 0) {
		return h.uncorrected === 0
			? `Aucune concentration significative ${what} ${at}, avec ou sans correction des tests multiples.`
			: `Aucune concentration significative ${what} ${at} ${how} ; ${communes(h.uncorrected)} ressort${h.uncorrected === 1 ? '' : 'ent'} sans correction, à lire avec prudence.`;
	}
	return `${communes(h.corrected)} ${h.corrected === 1 ? 'appartient' : 'appartiennent'} à un regroupement significatif ${what} ${at} ${how} (${communes(h.uncorrected)} sans correction).`;
}

/**
 * The same result for the room (presenting), without « p ≤ » or « tests multiples »: what the
 * threshold means is said as the caveats say it (« environ 1 commune sur 20 ressort par hasard »).
 */
export function roomHeadline(h: HeadlineCounts): string {
	const what = `pour «\u00a0${h.label}\u00a0»`;
	const chance = `environ 1 commune sur ${formatNumber(Math.round(1 / h.alpha), 0)} peut ressortir par hasard`;
	const stand = (n: number) => `${communes(n)} ressort${n === 1 ? '' : 'ent'}`;
	if (h.uncorrected === 0) return `Aucun regroupement de communes ne ressort ${what}.`;
	if (h.correction === 'none')
		return `${stand(h.uncorrected)} dans un regroupement ${what}. Chaque commune est testée à part : ${chance} ; après le tri des fausses alertes, ${remaining(h.fdr, h.uncorrected)}. À lire avec prudence.`;
	if (h.corrected === 0)
		return `Aucun regroupement ${what} ne résiste au tri des fausses alertes ; sans ce tri, ${stand(h.uncorrected)}, à lire avec prudence (${chance}).`;
	return `${communes(h.corrected)} ${h.corrected === 1 ? 'appartient' : 'appartiennent'} à un regroupement ${what}, même après le tri des fausses alertes (${communes(h.uncorrected)} sans ce tri).`;
}

/** How the headline names each correction, inside a sentence. */
export const CORRECTION_NAMES: Record<'none' | 'fdr' | 'bonferroni', string> = {
	none: '',
	fdr: 'taux de fausses découvertes',
	bonferroni: 'Bonferroni'
};

/** A caveat on clusters: a short title and its plain-French explanation. */
export interface Caveat {
	title: string;
	text: string;
}

/** The honest caveats that go with every cluster result (threshold `alpha`). */
export function clusterCaveats(alpha: number, smallDenominator: number): Caveat[] {
	const p = formatNumber(alpha, alpha < 0.01 ? 3 : 2);
	const share = formatNumber(Math.round(1 / alpha), 0);
	return [
		{
			title: 'Tests multiples',
			text: `chaque commune est testée à part ; à p ≤ ${p}, environ une commune sur ${share} ressort par hasard. La correction « taux de fausses découvertes » (FDR) retire une partie de ces fausses alertes : un regroupement qui ne résiste pas à la correction est à lire avec prudence.`
		},
		{
			title: 'Petits nombres',
			text: `dans une petite commune, un taux calculé sur moins de ${smallDenominator} personnes varie beaucoup d’une année à l’autre ; l’indice en hérite.`
		},
		{
			title: 'Ressemblance, pas cause',
			text: 'un regroupement décrit une ressemblance entre voisines, pas une cause.'
		}
	];
}

/**
 * What an index is made of, for the room (presenting hides the weights' table): the indicators
 * kept (weight above 0), with their weights only when they differ, those where a low value
 * signals the need said so, and the workshops' weight.
 */
export function indexComposition(
	choices: readonly { id: string; weight: number }[],
	indicators: Readonly<Record<string, { label: string; polarity: number }>>,
	workshopWeight: number
): { sentence: string; parts: string[] } {
	const kept = choices.filter((c) => c.weight > 0);
	const equal = new Set(kept.map((c) => c.weight)).size <= 1;
	// Weights go by halves: « 2 », « 0,5 ».
	const weight = (w: number) => formatNumber(w, Number.isInteger(w) ? 0 : 1);
	const n = kept.length;
	const workshops =
		workshopWeight > 0
			? ` et des problématiques des ateliers (poids ${weight(workshopWeight)})`
			: '';
	return {
		sentence: `Indice composé de ${n} indicateur${n > 1 ? 's' : ''}${equal && n > 1 ? ', à poids égaux' : ''}${workshops} :`,
		parts: kept.map((c) => {
			const ind = indicators[c.id];
			const notes = [
				...(equal ? [] : [`poids ${weight(c.weight)}`]),
				...(ind?.polarity === -1 ? ['valeur faible = besoin'] : [])
			];
			return (ind?.label ?? c.id) + (notes.length ? ` (${notes.join(' ; ')})` : '');
		})
	};
}

/**
 * What became of the communes missing a component of the index, said beside a legend that counts
 * the map's « Valeur manquante » (« 2 communes sans toutes les valeurs » alone, beside « Valeur
 * manquante 0 », read as a contradiction): those whose index rests on the components they have,
 * and those left without one (missing every component, or under the rule that excludes them).
 * '' when none misses anything. Shown as a page's text: the build's typography step gives it its
 * no-break spaces.
 */
export function missingNote(index: Pick<NeedsIndexResult, 'index' | 'flagged'>): string {
	const count = (kept: boolean) =>
		index.flagged.filter((f, i) => f && (index.index[i] !== null) === kept).length;
	const communes = (n: number) => `${n} commune${n > 1 ? 's' : ''} sans toutes les valeurs : `;
	const partial = count(true);
	const left = count(false);
	const parts = [];
	if (partial)
		parts.push(
			`${communes(partial)}${partial > 1 ? 'leur' : 'son'} indice est calculé sur les indicateurs connus`
		);
	if (left)
		parts.push(
			`${communes(left)}${left > 1 ? 'exclues' : 'exclue'} de l’indice (« valeur manquante » sur la carte)`
		);
	return parts.join(' ; ');
}
