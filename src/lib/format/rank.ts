/** A rank in French: « 15e sur 70 communes renseignées », « 1er », « ex æquo », its direction. */
import type { Rank } from '$lib/analysis/rank';
import type { Polarity } from '$lib/indicators/types';

/** French ordinal: 1er, 2e, 3e… */
export function ordinal(n: number): string {
	return n === 1 ? '1er' : `${n}e`;
}

/**
 * A tie shared by more than half of the ranked communes (67 of 71 without a lycée): its places say
 * little, and « 1er à 67e » read as « 1er », the most need, where the value only means « none ».
 */
export function broadTie(r: Rank): boolean {
	return r.tied > r.ranked / 2;
}

/**
 * « 47e sur 71 », « 3e à 5e ex æquo sur 69 communes renseignées »: a tie gives the places it
 * spans, so that 10 communes sharing the lowest value read « 62e à 71e », not « 62e »; a tie of
 * more than half the communes gives its size instead (« 67 communes ex æquo sur 71 »).
 */
export function rankText(r: Rank): string {
	const place = broadTie(r)
		? `${r.tied} communes ex æquo`
		: r.tied > 1
			? `${ordinal(r.position)} à ${ordinal(r.position + r.tied - 1)} ex æquo`
			: ordinal(r.position);
	const of = r.ranked < r.total ? `${r.ranked} communes renseignées` : String(r.ranked);
	return `${place} sur ${of}`;
}

/** What the first rank means: « 1er = besoin le plus marqué » or « 1er = valeur la plus haute ». */
export function rankDirection(r: Pick<Rank, 'order'>, polarity: Polarity): string {
	if (polarity !== 0) return '1er = besoin le plus marqué';
	return r.order === 'desc' ? '1er = valeur la plus haute' : '1er = valeur la plus basse';
}

/** The full explanation (a tooltip or a text alternative). */
export function rankExplanation(r: Rank, polarity: Polarity): string {
	const first =
		polarity === 0
			? 'Indicateur de contexte, sans sens de besoin : 1er = valeur la plus haute.'
			: polarity === 1
				? '1er = valeur la plus haute : plus la valeur est haute, plus le besoin est marqué.'
				: '1er = valeur la plus basse : plus la valeur est basse, plus le besoin est marqué.';
	const missing = r.total - r.ranked;
	const parts = [
		`Rang parmi les ${r.ranked} communes de l’Agglomération dont la valeur est connue.`,
		first
	];
	if (missing > 0)
		parts.push(
			`${missing} commune${missing > 1 ? 's' : ''} sans valeur (n.d.) ${missing > 1 ? 'ne sont' : 'n’est'} pas classée${missing > 1 ? 's' : ''}.`
		);
	if (r.tied > 1)
		parts.push(`Ex æquo : ${r.tied} communes ont exactement la même valeur et le même rang.`);
	return parts.join(' ');
}
