/**
 * French agreement with a number: singular below 2, plural from 2 (« 0 mention », « 1,5 mention »,
 * « 4,55 mentions »), as French writes a quantity. Instead of « mention(s) ». No number (« n.d. »)
 * takes the plural, the general case.
 */
export function agree(n: number | null, singular: string, plural: string): string {
	return n !== null && Math.abs(n) < 2 ? singular : plural;
}
