import { customId } from '$lib/features/workshops/taxonomy-custom';
import { describe, expect, it } from 'vitest';
import { moveSlide, newSlideId, readDeck, slideHref, writeDeck, type Deck } from './deck';
import { DAMAGED_KEY, DECK_KEY, loadDeck, saveDeck, type KeyValueStore } from './deck-storage';

const view = (id: string, path = '/', search = '') => ({
	kind: 'view' as const,
	id,
	title: `Diapo ${id}`,
	notes: '',
	path,
	search
});
const DECK: Deck = {
	title: 'Forum jeunesse',
	slides: [
		view('a'),
		view('b', '/concentrations/', '?theme=jeunesse'),
		{ kind: 'room', id: 'c', title: 'Salle', notes: 'n' }
	]
};

/** A Map-backed stand-in for localStorage; `full` makes every write throw QuotaExceededError. */
function memoryStore(
	init: Record<string, string> = {},
	full = false
): KeyValueStore & { data: Map<string, string> } {
	const data = new Map(Object.entries(init));
	return {
		data,
		getItem: (k) => data.get(k) ?? null,
		setItem: (k, v) => {
			if (full) throw new DOMException('quota', 'QuotaExceededError');
			data.set(k, v);
		}
	};
}

describe('a room slide’s theme', () => {
	it('round-trips, and a theme that is not an id leaves the slide out, named', () => {
		const themed: Deck = {
			title: 'Forum',
			slides: [{ kind: 'room', id: 'r', title: 'Salle', notes: '', theme: 'jeunesse' }]
		};
		expect(readDeck(JSON.parse(writeDeck(themed)))).toEqual({
			ok: true,
			deck: themed,
			dropped: []
		});
		const raw = JSON.parse(writeDeck(themed));
		raw.slides[0].theme = 'Jeunesse <b>';
		const r = readDeck(raw);
		expect(r.ok && r.deck.slides).toEqual([]);
		expect(r.ok && r.dropped).toEqual([
			'Diapositive 1 : thème des ateliers invalide, elle est laissée de côté.'
		]);
	});
	it('keeps a theme added in the workshops, whatever the length of its name', () => {
		// 83 characters: the id is « x_ » and the name in lower case, without accents nor signs.
		const label =
			'Mobilité des jeunes de 16-25 ans vers les lieux d’apprentissage, l’emploi et les loisirs';
		const theme = customId(label);
		expect(theme.length).toBeGreaterThan(60);
		const themed: Deck = {
			title: 'Forum',
			slides: [{ kind: 'room', id: 'r', title: 'Salle', notes: '', theme }]
		};
		expect(readDeck(JSON.parse(writeDeck(themed)))).toEqual({
			ok: true,
			deck: themed,
			dropped: []
		});
	});
});

describe('reading a deck', () => {
	it('round-trips through its file text', () => {
		const r = readDeck(JSON.parse(writeDeck(DECK)));
		expect(r).toEqual({ ok: true, deck: DECK, dropped: [] });
	});

	it('keeps the valid slides and names each one left out', () => {
		const raw = JSON.parse(writeDeck(DECK));
		raw.slides.splice(
			1,
			0,
			view('x', '/nulle-part/'),
			{ kind: 'view', id: 'y', title: 3 },
			view('a')
		);
		const r = readDeck(raw);
		if (!r.ok) throw new Error('refused');
		// Slides 2 (unknown page), 3 (title not text) and 4 (same id as slide 1) are left out.
		expect(r.deck.slides.map((s) => s.id)).toEqual(['a', 'b', 'c']);
		expect(r.dropped).toEqual([
			'Diapositive 2 : page inconnue de l’atlas, elle est laissée de côté.',
			'Diapositive 3 : titre : du texte est attendu, elle est laissée de côté.',
			'Diapositive 4 : en double, elle est laissée de côté.'
		]);
	});

	it('refuses what is not a deck, and a deck from a newer version, in French', () => {
		expect(readDeck([1, 2])).toMatchObject({
			ok: false,
			message: expect.stringContaining('n’est pas une présentation')
		});
		expect(readDeck({ format: 'atlas-presentation', version: 2, slides: [] })).toMatchObject({
			ok: false,
			message: expect.stringContaining('version plus récente')
		});
	});

	it('refuses a slide whose address is not a page parameter string', () => {
		const r = readDeck({
			format: 'atlas-presentation',
			version: 1,
			title: 't',
			slides: [view('a', '/', 'javascript:alert(1)'), view('b', '/presentation/')]
		});
		expect(r.ok && r.deck.slides).toEqual([]);
	});
});

describe('slide pages', () => {
	it('a commune portrait can be a slide; an address of another shape cannot', () => {
		const raw = {
			format: 'atlas-presentation',
			version: 1,
			title: 't',
			slides: [
				view('a', '/commune/30007/'),
				view('b', '/commune/abc/'),
				view('c', '/commune/30007/x/')
			]
		};
		const r = readDeck(raw);
		expect(r.ok && r.deck.slides.map((s) => s.id)).toEqual(['a']);
	});
});

describe('editing a deck', () => {
	it('moves a slide and clamps the target', () => {
		expect(moveSlide(DECK, 0, 2).slides.map((s) => s.id)).toEqual(['b', 'c', 'a']);
		expect(moveSlide(DECK, 2, -5).slides.map((s) => s.id)).toEqual(['c', 'a', 'b']);
		expect(moveSlide(DECK, 7, 0)).toBe(DECK);
	});

	it('gives a fresh id and builds the address under the base path', () => {
		let n = 0;
		// The first two draws give an id already taken (« d-0 »); the third gives 0.5 × 36⁸ = 18 × 36⁷,
		// written « i0000000 » in base 36 (i = 18).
		const id = newSlideId([view('d-0')], () => (n++ < 2 ? 0 : 0.5));
		expect(id).toBe('d-i0000000');
		expect(n).toBe(3);
		expect(slideHref(view('z', '/concentrations/', '?theme=jeunesse'), '/atlas')).toBe(
			'/atlas/concentrations/?theme=jeunesse'
		);
	});
});

describe('the deck in browser storage', () => {
	it('reads nothing as an empty deck, and reads back what it saved', () => {
		const store = memoryStore();
		expect(loadDeck(store)).toEqual({ deck: { title: 'Présentation', slides: [] }, notes: [] });
		expect(saveDeck(store, DECK)).toBeNull();
		expect(loadDeck(store)).toEqual({ deck: DECK, notes: [] });
	});

	it('sets a damaged deck aside untouched and says so', () => {
		const store = memoryStore({ [DECK_KEY]: '{"format":"atlas-presentation", cassé' });
		const r = loadDeck(store);
		expect(r.deck.slides).toEqual([]);
		expect(r.notes[0]).toMatch(/^La présentation enregistrée dans ce navigateur est illisible/);
		expect(store.data.get(DAMAGED_KEY)).toBe('{"format":"atlas-presentation", cassé');
	});

	it('a full disk keeps the stored deck and explains it', () => {
		const store = memoryStore({ [DECK_KEY]: writeDeck(DECK) }, true);
		const msg = saveDeck(store, { ...DECK, slides: [] });
		expect(msg).toMatch(/^Le disque est plein/);
		expect(loadDeck(store).deck).toEqual(DECK);
	});
});
