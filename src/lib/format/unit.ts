/**
 * A unit as it follows a number. A short unit never wraps (« 2,39 pour 1 000 » was cut into
 * « 2,39 pour » and « 1 000 » in a narrow column, the second line read as another number;
 * « 15 050 € par » and « an »); a long one (« pour 1 000 enfants de 0 à 14 ans ») may wrap after
 * its first words, never inside « pour 1 000 ».
 */
const SHORT = 12;

export function unitText(unit: string): string {
	if (unit.length <= SHORT) return unit.replace(/ /g, '\u00a0');
	return unit.replace(/^pour /, 'pour\u00a0');
}
