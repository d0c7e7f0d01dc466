import { describe, expect, it } from 'vitest';
import { bringIn, replaceLabel, slidesText, type DeckTarget } from './bring-in';
import type { Deck } from './deck';

const deckOf = (n: number): Deck =>
	({
		title: 'x',
		slides: Array.from({ length: n }, (_, i) => ({ id: `s${i}` }))
	}) as unknown as Deck;

/** A presentation holding `n` slides that records what was done to it. */
function target(n: number) {
	const done: string[] = [];
	const t: DeckTarget = {
		slides: Array.from({ length: n }),
		replace: () => done.push('replace'),
		append: () => done.push('append')
	};
	return { t, done };
}

describe('bringIn (a file or a theme model into the presentation)', () => {
	it('into an empty presentation: the slides are added, in one step', () => {
		const { t, done } = target(0);
		expect(bringIn(t, deckOf(7), 'replace', 'Le modèle « Jeunesse »')).toBe(
			'Le modèle « Jeunesse » : 7 diapositives ajoutées.'
		);
		expect(done).toEqual(['replace']);
		expect(bringIn(target(0).t, deckOf(1), 'replace', 'Le fichier')).toBe(
			'Le fichier : 1 diapositive ajoutée.'
		);
	});

	it('over slides: replaced or added after them, the verb agreeing with the count', () => {
		const { t, done } = target(2);
		expect(bringIn(t, deckOf(3), 'replace', 'Le fichier')).toBe(
			'Le fichier : 3 diapositives remplacent la présentation.'
		);
		expect(bringIn(target(2).t, deckOf(1), 'replace', 'Le fichier')).toBe(
			'Le fichier : 1 diapositive remplace la présentation.'
		);
		expect(bringIn(t, deckOf(1), 'append', 'Le fichier')).toBe(
			'Le fichier : 1 diapositive ajoutée à la suite.'
		);
		expect(done).toEqual(['replace', 'append']);
		expect(slidesText(2)).toBe('2 diapositives');
	});

	it('names the slides the button replaces, one or several', () => {
		expect(replaceLabel(1)).toBe('Remplacer la diapositive');
		expect(replaceLabel(2)).toBe('Remplacer les 2 diapositives');
	});
});
