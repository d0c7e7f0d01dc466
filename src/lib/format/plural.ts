import { formatNumber } from './number';

/**
 * French agreement with a number: singular below 2, plural from 2 (« 0 mention », « 1,5 mention »,
 * « 4,55 mentions »), as French writes a quantity. Instead of « mention(s) ». No number (« n.d. »)
 * takes the plural, the general case.
 */
export function agree(
	n: number | null,
	singular: string,
	plural: string,
	/** The number as shown, rounded to these digits (1,996 shown « 2,00 » takes the plural). */
	digits?: number
): string {
	if (n === null) return plural;
	const shown = digits === undefined ? n : Number(n.toFixed(digits));
	return Math.abs(shown) < 2 ? singular : plural;
}

/** « 1 ligne lue », « 12 345 lignes lues »: a whole count, French thousands, the agreed words. */
export function counted(n: number, singular: string, plural: string): string {
	return `${formatNumber(n, 0)} ${agree(n, singular, plural)}`;
}

/**
 * Items written by anyone (a link's values), quoted and capped: « « a », « b » et « c » », or
 * « « a », « b », « c » et 1 997 autres » past `shown` (a link with 2 000 codes named them all).
 */
export function quotedList(items: readonly string[], shown = 3): string {
	const q = items.slice(0, shown).map((i) => `« ${i} »`);
	const rest = items.length - q.length;
	if (rest > 0) return `${q.join(', ')} et ${counted(rest, 'autre', 'autres')}`;
	return q.length > 1 ? `${q.slice(0, -1).join(', ')} et ${q.at(-1)}` : (q[0] ?? '');
}

/** « deux fois », « 2 000 fois »: how many times a value is written. */
export function times(n: number): string {
	return n === 2 ? 'deux fois' : `${formatNumber(n, 0)} fois`;
}
