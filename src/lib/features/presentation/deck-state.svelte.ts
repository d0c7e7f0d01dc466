/**
 * The deck being edited and presented: one per page (provided by the root layout), stored in the
 * browser after each change, reloaded when another tab changes it.
 */
import {
	MAX_SLIDES,
	moveSlide,
	newSlideId,
	readDeck,
	writeDeck,
	type Deck,
	type Slide,
	type ViewSlide
} from './deck';
import { DAMAGED_KEY, DECK_KEY, loadDeck, saveDeck, type KeyValueStore } from './deck-storage';

export class DeckState {
	deck = $state.raw<Deck>({ title: 'Présentation', slides: [] });
	/** French lines about what was read (slides left out, a damaged deck set aside…). */
	notes = $state<string[]>([]);
	/** The last refused save, in French; null when the deck is stored. */
	error = $state<string | null>(null);
	/** The last deleted slide and its position, for « Annuler ». */
	removed = $state.raw<{ slide: Slide; index: number } | null>(null);

	/** `store` undefined: not in a browser (prerendering), nothing is read. */
	constructor(private readonly store?: KeyValueStore | null) {
		if (store !== undefined) this.reload();
	}

	get slides(): Slide[] {
		return this.deck.slides;
	}

	reload(): void {
		const { deck, notes } = loadDeck(this.store ?? null);
		this.deck = deck;
		this.notes = notes;
	}

	/** Called on the window's `storage` event: another tab changed the deck. */
	onStorage(key: string | null): void {
		if (key !== DECK_KEY && key !== null) return;
		this.reload();
		this.notes = [
			...this.notes,
			'La présentation a été modifiée dans un autre onglet : voici sa dernière version.'
		];
	}

	#commit(next: Deck): void {
		// The change stays on screen even when the browser refuses it, so that it can be exported.
		this.deck = next;
		this.error = saveDeck(this.store ?? null, next);
	}

	/**
	 * Adds a slide showing `path` + `search`; returns its position (1-based). The same view as the
	 * last slide is not added twice (a double click on « + Diapo » added it twice): `added` is then
	 * false and `position` is that last slide's.
	 */
	addView(path: string, search: string, title: string): { position: number; added: boolean } {
		const last = this.deck.slides.at(-1);
		const kept = search.slice(0, 2000);
		if (last?.kind === 'view' && last.path === path && last.search === kept)
			return { position: this.deck.slides.length, added: false };
		const slide: ViewSlide = {
			kind: 'view',
			id: newSlideId(this.deck.slides),
			title: title.slice(0, 200),
			notes: '',
			path,
			search: kept
		};
		this.#commit({ ...this.deck, slides: [...this.deck.slides, slide] });
		return { position: this.deck.slides.length, added: true };
	}

	addSpecial(kind: 'room' | 'closing'): void {
		const title = kind === 'room' ? 'Ce que la salle a dit' : 'Pour retrouver ces cartes';
		const slide: Slide = { kind, id: newSlideId(this.deck.slides), title, notes: '' };
		this.#commit({ ...this.deck, slides: [...this.deck.slides, slide] });
	}

	edit(id: string, patch: { title?: string; notes?: string }): void {
		const slides = this.deck.slides.map((s) =>
			s.id === id
				? {
						...s,
						...(patch.title !== undefined ? { title: patch.title.slice(0, 200) } : {}),
						...(patch.notes !== undefined ? { notes: patch.notes.slice(0, 5000) } : {})
					}
				: s
		);
		this.#commit({ ...this.deck, slides });
	}

	/** The workshop theme a room slide counts (null: every theme). */
	setRoomTheme(id: string, theme: string | null): void {
		const slides = this.deck.slides.map((s): Slide => {
			if (s.id !== id || s.kind !== 'room') return s;
			const { theme: _old, ...rest } = s;
			return theme ? { ...rest, theme } : rest;
		});
		this.#commit({ ...this.deck, slides });
	}

	rename(title: string): void {
		this.#commit({ ...this.deck, title: title.slice(0, 200) });
	}

	move(from: number, to: number): void {
		this.#commit(moveSlide(this.deck, from, to));
	}

	remove(id: string): void {
		const index = this.deck.slides.findIndex((s) => s.id === id);
		if (index < 0) return;
		const slide = this.deck.slides[index];
		if (!slide) return;
		this.removed = { slide, index };
		this.#commit({ ...this.deck, slides: this.deck.slides.filter((s) => s.id !== id) });
	}

	undoRemove(): void {
		if (!this.removed) return;
		const slides = [...this.deck.slides];
		slides.splice(Math.min(this.removed.index, slides.length), 0, this.removed.slide);
		this.removed = null;
		this.#commit({ ...this.deck, slides });
	}

	/** Replaces the whole deck (an imported file or a starter deck). */
	replace(deck: Deck): void {
		this.removed = null;
		this.#commit(deck);
	}

	/** Adds `other`'s slides after the current ones (ids renewed where they collide). */
	append(other: Deck): void {
		const slides = [...this.deck.slides];
		for (const s of other.slides) {
			slides.push(slides.some((t) => t.id === s.id) ? { ...s, id: newSlideId(slides) } : s);
		}
		this.#commit({ ...this.deck, slides: slides.slice(0, MAX_SLIDES) });
	}

	/** The deck as a file's text. */
	fileText(): string {
		return writeDeck(this.deck);
	}

	/** The damaged stored text set aside by `loadDeck`, if any. */
	damagedText(): string | null {
		try {
			return this.store?.getItem(DAMAGED_KEY) ?? null;
		} catch {
			return null;
		}
	}

	/** Reads a deck file's text: the deck and French lines, or a refusal. Nothing is stored yet. */
	static readFile(text: string) {
		let raw: unknown;
		try {
			raw = JSON.parse(text);
		} catch {
			raw = null;
		}
		return readDeck(raw);
	}
}
