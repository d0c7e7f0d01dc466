/**
 * Bringing a deck (a file, a theme model) into the presentation, and what the page then says. An
 * empty presentation simply takes it: there is nothing to ask. One with slides asks first
 * (`ReplaceChoice.svelte`).
 */
import type { Deck } from './deck';

/** « 1 diapositive », « 7 diapositives ». */
export const slidesText = (k: number): string => `${k} diapositive${k > 1 ? 's' : ''}`;

/** The button that replaces the current slides: « Remplacer la diapositive » when there is one. */
export const replaceLabel = (k: number): string =>
	k === 1 ? 'Remplacer la diapositive' : `Remplacer les ${slidesText(k)}`;

/** The part of the presentation's state this needs (a fake in tests). */
export interface DeckTarget {
	readonly slides: readonly unknown[];
	replace(deck: Deck): void;
	append(deck: Deck): void;
}

/** Puts `incoming` into `deck` (`what`: « Le fichier », « Le modèle « Jeunesse » »); the French line. */
export function bringIn(
	deck: DeckTarget,
	incoming: Deck,
	mode: 'replace' | 'append',
	what: string
): string {
	const before = deck.slides.length;
	if (mode === 'replace') deck.replace(incoming);
	else deck.append(incoming);
	const k = incoming.slides.length;
	const added = `ajoutée${k > 1 ? 's' : ''}`;
	if (before === 0) return `${what} : ${slidesText(k)} ${added}.`;
	return mode === 'replace'
		? `${what} : ${slidesText(k)} ${k > 1 ? 'remplacent' : 'remplace'} la présentation.`
		: `${what} : ${slidesText(k)} ${added} à la suite.`;
}
