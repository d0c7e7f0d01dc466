/**
 * What the printed and exported map says under its legend: the rates on tiny denominators, as
 * the screen's legend flags them, and the workshops' circles that only the screen shows.
 */
import { smallDenominatorSentence } from '$lib/indicators/reliability';

export function printNote(problems: boolean, small: number): string | undefined {
	const parts: string[] = [];
	if (small > 0) parts.push(`${smallDenominatorSentence(small)}.`);
	// The circles are MapLibre's alone: the printed and exported maps say they have none.
	if (problems)
		parts.push(
			'Les cercles des problématiques des ateliers, affichés à l’écran, ne figurent pas sur cette carte.'
		);
	return parts.length ? parts.join(' ') : undefined;
}
