/**
 * « pour 1 000 » at a unit's start (the catalogue writes « 1 000 » with a narrow no-break space or
 * a plain one): the short unit of a gap (`gapUnit`), and a block that never wraps.
 */
export const PER_THOUSAND = /^pour 1[\s\u202f]000/;

/** What a count counts (« habitants »), not a unit of measure (« km », « % », « points »). */
const COUNTED = /^(?!points?$)\p{L}{3,}$/u;

/**
 * A unit as it follows a number, with the space before it. Where a line may break, in a narrow
 * column: « 2,39 pour 1 000 » was cut into « 2,39 pour » and « 1 000 », the second line read as
 * another number, and « 15 050 € par » then « an ». Now:
 * - a unit of measure stays with its number: « 12,3 % », « 4,6 km », « +5,2 points »;
 * - what a count counts may go to the next line: « 764 010 » then « habitants ». Kept with it,
 *   the Gard's population (« 764 010 habitants ») overran the next column of the printed portrait
 *   and was printed over the Agglomération's;
 * - a symbol and its words: the symbol with the number, the words together (« 15 050 € » then
 *   « par an »);
 * - « pour 1 000 » stays whole, and may go to the next line as a whole (« 2,39 » then
 *   « pour 1 000 »): made one block with the number, six communes' columns no longer fitted an A4
 *   page.
 */
export function unitAfter(unit: string): string {
	if (!unit) return '';
	if (PER_THOUSAND.test(unit)) return ` pour\u00a0${unit.slice('pour '.length)}`;
	const [head, ...words] = unit.split(' ');
	if (!words.length) return `${COUNTED.test(unit) ? ' ' : '\u00a0'}${unit}`;
	return `\u00a0${head} ${words.join('\u00a0')}`;
}
