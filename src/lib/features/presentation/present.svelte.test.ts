import { describe, expect, it } from 'vitest';
import { writeDeck, type Slide } from './deck';
import { DECK_KEY } from './deck-storage';
import { DeckState } from './deck-state.svelte';
import { PresentSession } from './present.svelte';
import { loadMark, readMark, RESUME_KEY, type ResumeStore } from './resume';

const view = (id: string, path: string): Slide => ({
	kind: 'view',
	id,
	title: id,
	notes: '',
	path,
	search: ''
});
const SLIDES: Slide[] = [
	view('d-a', '/'),
	view('d-b', '/sources/'),
	{ kind: 'room', id: 'd-c', title: 'La salle', notes: '' },
	view('d-d', '/concentrations/')
];

function memory(init: Record<string, string> = {}): ResumeStore & { data: Map<string, string> } {
	const data = new Map(Object.entries(init));
	return {
		data,
		getItem: (k) => data.get(k) ?? null,
		setItem: (k, v) => void data.set(k, v),
		removeItem: (k) => void data.delete(k)
	};
}

function session(marks: ResumeStore | null) {
	const deck = new DeckState(memory({ [DECK_KEY]: writeDeck({ title: 'Forum', slides: SLIDES }) }));
	const visited: string[] = [];
	let pushed = 0;
	const s = new PresentSession(
		deck,
		async (href) => void visited.push(href),
		'',
		() => Promise.resolve(),
		marks,
		() => void pushed++
	);
	return { s, visited, kept: () => pushed };
}

describe('readMark', () => {
	it('finds the slide by its id, wherever the deck now has it', () => {
		expect(readMark('{"slideId":"d-c","startedAt":1000}', SLIDES)).toEqual({
			index: 2,
			startedAt: 1000
		});
	});
	it('ignores a mark that is not JSON, has the wrong shape, or names a slide gone from the deck', () => {
		expect(readMark('{"slideId":', SLIDES)).toBeNull();
		expect(readMark('[1,2]', SLIDES)).toBeNull();
		expect(readMark('{"slideId":"d-a","startedAt":-5}', SLIDES)).toBeNull();
		expect(readMark('{"slideId":"D A","startedAt":5}', SLIDES)).toBeNull();
		expect(readMark('{"slideId":"d-z","startedAt":5}', SLIDES)).toBeNull();
		expect(readMark(null, SLIDES)).toBeNull();
	});
	it('a store that throws gives no offer, not an error', () => {
		const broken: ResumeStore = {
			getItem: () => {
				throw new Error('SecurityError');
			},
			setItem: () => undefined,
			removeItem: () => undefined
		};
		expect(loadMark(broken, SLIDES)).toBeNull();
	});
});

describe('PresentSession', () => {
	it('keeps the slide shown for a reload, and forgets it on leaving', async () => {
		const marks = memory();
		const { s } = session(marks);
		await s.start(0, 500);
		await s.show(2);
		expect(JSON.parse(marks.data.get(RESUME_KEY)!)).toEqual({ slideId: 'd-c', startedAt: 500 });
		await s.stop();
		expect(marks.data.has(RESUME_KEY)).toBe(false);
	});

	it('after a reload, offers the slide and goes on there with the same timer', async () => {
		const marks = memory({ [RESUME_KEY]: '{"slideId":"d-d","startedAt":1234}' });
		const { s, visited } = session(marks);
		s.checkResume();
		expect(s.resumable).toEqual({ index: 3, startedAt: 1234 });
		await s.resume();
		expect(s.active).toBe(true);
		expect(s.index).toBe(3);
		expect(s.startedAt).toBe(1234);
		expect(visited).toEqual(['/concentrations/']);
		expect(s.resumable).toBeNull();
	});

	it('after a reload, a remote’s « next » key goes on there; the space bar and other keys do not', async () => {
		const marks = memory({ [RESUME_KEY]: '{"slideId":"d-b","startedAt":99}' });
		const { s, visited } = session(marks);
		s.checkResume();
		// Space belongs to the offer's focused button; ← and Échap are not « go on ».
		for (const key of [' ', 'ArrowLeft', 'Escape', 'a']) expect(s.handleKey(key)).toBe(false);
		expect(s.active).toBe(false);
		expect(s.handleKey('PageDown')).toBe(true);
		await Promise.resolve();
		await Promise.resolve();
		expect(s.active).toBe(true);
		expect(s.index).toBe(1);
		expect(s.startedAt).toBe(99);
		expect(visited).toEqual(['/sources/']);
		// Without an offer, and not presenting, a key is left to the page.
		const idle = session(memory()).s;
		idle.checkResume();
		expect(idle.handleKey('PageDown')).toBe(false);
	});

	it('« Non merci » withdraws the offer for good', () => {
		const marks = memory({ [RESUME_KEY]: '{"slideId":"d-b","startedAt":1}' });
		const { s } = session(marks);
		s.checkResume();
		s.dismissResume();
		expect(s.resumable).toBeNull();
		s.checkResume();
		expect(s.resumable).toBeNull();
	});

	it('Back moves one slide per press, puts the slide’s page back on top, stays on the first, and does nothing otherwise', async () => {
		const { s, visited, kept } = session(null);
		expect(s.back()).toBe(false);
		expect(kept()).toBe(0);
		await s.start(0);
		await s.show(3);
		visited.length = 0;
		// Slide 4 → the room (slide 3): no page of its own, the page shown is pushed back.
		expect(s.back()).toBe(true);
		expect(s.index).toBe(2);
		expect(kept()).toBe(1);
		expect(visited).toEqual([]);
		// Two presses in a row: two slides, the view's page visited once each.
		s.back();
		s.back();
		expect(s.index).toBe(0);
		expect(visited).toEqual(['/sources/', '/']);
		// Back on the first slide: held there, its page pushed again.
		expect(s.back()).toBe(true);
		expect(s.index).toBe(0);
		expect(visited).toEqual(['/sources/', '/', '/']);
		expect(kept()).toBe(1);
	});
});

describe('DeckState.setRoomTheme', () => {
	it('sets and clears a room slide’s theme, stored, and leaves other slides alone', () => {
		const store = memory({ [DECK_KEY]: writeDeck({ title: 'Forum', slides: SLIDES }) });
		const deck = new DeckState(store);
		deck.setRoomTheme('d-c', 'petite_enfance');
		deck.setRoomTheme('d-a', 'jeunesse'); // a view slide: no theme
		expect(deck.slides[2]).toEqual({
			kind: 'room',
			id: 'd-c',
			title: 'La salle',
			notes: '',
			theme: 'petite_enfance'
		});
		expect(deck.slides[0]).toEqual(SLIDES[0]);
		expect(JSON.parse(store.data.get(DECK_KEY)!).slides[2].theme).toBe('petite_enfance');
		deck.setRoomTheme('d-c', null);
		expect(deck.slides[2]).toEqual(SLIDES[2]);
	});
});

describe('DeckState.addView', () => {
	it('adds a view once: the same view again right after is not a second slide', () => {
		const store = memory({ [DECK_KEY]: writeDeck({ title: 'Forum', slides: SLIDES }) });
		const deck = new DeckState(store);
		// SLIDES has four slides, the last /concentrations/ with no query.
		expect(deck.addView('/commune/30243/', '', 'Portrait')).toEqual({ position: 5, added: true });
		expect(deck.addView('/commune/30243/', '', 'Portrait')).toEqual({ position: 5, added: false });
		expect(deck.slides).toHaveLength(5);
		expect(JSON.parse(store.data.get(DECK_KEY)!).slides).toHaveLength(5);
		// Another query, or the same view after another slide, is a slide of its own.
		expect(deck.addView('/commune/30243/', '?x=1', 'Portrait')).toEqual({
			position: 6,
			added: true
		});
		expect(deck.addView('/', '', 'Carte')).toEqual({ position: 7, added: true });
		expect(deck.addView('/commune/30243/', '?x=1', 'Portrait')).toEqual({
			position: 8,
			added: true
		});
	});
});
