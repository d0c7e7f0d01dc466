import { describe, expect, it } from 'vitest';
import { indicators } from '$lib/indicators/catalogue';
import { readDeck, writeDeck } from './deck';
import { keyAction, keyScrolls } from './present.svelte';
import { starterDeck } from './starter-decks';

describe('starter decks', () => {
	it('every CTG theme gives a valid deck ending with the room and the closing slides', () => {
		for (const id of ['petite_enfance', 'jeunesse', 'vie_associative', 'logement'] as const) {
			const deck = starterDeck({ id, label: id }, indicators);
			const r = readDeck(JSON.parse(writeDeck(deck)));
			expect(r.ok && r.dropped).toEqual([]);
			expect(deck.slides.slice(-2).map((s) => s.kind)).toEqual(['room', 'closing']);
		}
	});

	it('a theme without indicator gets no map or crossing slide, and its notes say what is missing', () => {
		// The catalogue has no « vie associative » indicator (themes.ts explains the RNA gap).
		expect(indicators.filter((i) => i.theme === 'vie_associative')).toEqual([]);
		const deck = starterDeck({ id: 'vie_associative', label: 'Vie associative' }, indicators);
		// No view at all: crossing it with another theme's indicator would mislead the room.
		expect(deck.slides.map((s) => s.kind)).toEqual(['room', 'closing']);
		expect(deck.slides[0]?.notes).toContain('Répertoire national des associations');
	});

	it('the youth deck opens the map on its first indicators', () => {
		const own = indicators.filter((i) => i.theme === 'jeunesse').slice(0, 3);
		const deck = starterDeck({ id: 'jeunesse', label: 'Jeunesse' }, indicators);
		const maps = deck.slides.filter((s) => s.kind === 'view' && s.path === '/');
		expect(maps.map((s) => s.title)).toEqual(own.map((i) => i.label));
	});

	it('a forum theme’s room slide counts that theme only; another theme’s counts every theme', () => {
		const room = (id: 'jeunesse' | 'logement', label: string) =>
			starterDeck({ id, label }, indicators).slides.find((s) => s.kind === 'room');
		expect(room('jeunesse', 'Jeunesse')).toMatchObject({
			theme: 'jeunesse',
			title: 'Ce que la salle a dit : jeunesse'
		});
		const other = room('logement', 'Logement');
		expect(other?.title).toBe('Ce que la salle a dit');
		expect(other && 'theme' in other).toBe(false);
	});

	it('the notes promise a « petit effectif » flag only where one can be shown', () => {
		const deck = starterDeck({ id: 'jeunesse', label: 'Jeunesse' }, indicators);
		const notes = (label: string) => deck.slides.find((s) => s.title === label)?.notes ?? '';
		// Youth unemployment comes with its counts; the NEET share of 2018 without them.
		expect(notes('Taux de chômage des 15-24 ans')).toMatch(/petits effectifs sont signalées/);
		const neet = notes('Part des jeunes non insérés (15-24 ans), 2018');
		expect(neet).toMatch(/publié sans ses effectifs/);
		expect(neet).not.toMatch(/sont signalées/);
	});
});

describe('presenting keys', () => {
	it('↑ ↓ scroll a focused box while it has more to show that way, then move the slide', () => {
		const box = (scrollTop: number) => ({ scrollTop, clientHeight: 600, scrollHeight: 2000 });
		expect(keyScrolls('ArrowDown', box(0))).toBe(true);
		expect(keyScrolls('ArrowUp', box(0))).toBe(false); // at the top: the slide before
		expect(keyScrolls('ArrowDown', box(1400))).toBe(false); // at the bottom: the next slide
		expect(keyScrolls('ArrowUp', box(1400))).toBe(true);
		expect(['PageDown', 'ArrowRight', ' '].map((k) => keyScrolls(k, box(100)))).toEqual([
			false,
			false,
			false
		]);
	});

	it('a clicker, the arrows and space move; Échap leaves; other keys stay with the page', () => {
		expect(['PageDown', 'ArrowRight', ' '].map(keyAction)).toEqual(['next', 'next', 'next']);
		expect(['PageUp', 'ArrowLeft'].map(keyAction)).toEqual(['previous', 'previous']);
		expect(keyAction('Escape')).toBe('leave');
		expect(keyAction('a')).toBeNull();
	});
});
