/** Dates in French: in words, or as digits. */

/** « 2025-03-13 » → « 13/03/2025 » (a day written by the atlas: forum dates, exports). */
export function dayDigits(iso: string): string {
	return iso.split('-').reverse().join('/');
}

/**
 * « 30 novembre 2026 », « 1er décembre 2026 » (French writes the first of the month as an
 * ordinal); in `timeZone`, or the browser's own when none is given.
 */
export function longDate(date: Date, timeZone?: string): string {
	const text = date.toLocaleDateString('fr-FR', {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone
	});
	return text.replace(/^1 /, '1er ');
}
