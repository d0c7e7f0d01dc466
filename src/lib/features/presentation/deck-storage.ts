/**
 * The deck in the browser (localStorage: a deck is a few kilobytes). What is read is checked by
 * `readDeck`; a stored deck that cannot be read is copied aside, never overwritten silently.
 */
import { readDeck, writeDeck, type Deck } from './deck';

export const DECK_KEY = 'atlas-presentation';
/** Where a stored deck that could not be read is kept, untouched, for export. */
export const DAMAGED_KEY = 'atlas-presentation-illisible';

/** The storage calls used (localStorage, or a stand-in in tests). */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

export interface LoadedDeck {
	deck: Deck;
	/** French lines: slides left out, a damaged deck set aside, storage unavailable. */
	notes: string[];
}

const EMPTY: Deck = { title: 'Présentation', slides: [] };

/** Reads the stored deck (an empty one when there is none). */
export function loadDeck(store: KeyValueStore | null): LoadedDeck {
	if (!store)
		return {
			deck: EMPTY,
			notes: [
				'Le stockage du navigateur n’est pas disponible (navigation privée ?) : la présentation durera le temps de cette page. Exportez-la pour la garder.'
			]
		};
	let text: string | null;
	try {
		text = store.getItem(DECK_KEY);
	} catch {
		return loadDeck(null);
	}
	if (text === null) return { deck: EMPTY, notes: [] };
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		raw = null;
	}
	const reading = readDeck(raw);
	if (reading.ok && reading.dropped.length === 0) return { deck: reading.deck, notes: [] };
	// Keep the stored text aside before anything is written over it.
	try {
		store.setItem(DAMAGED_KEY, text);
	} catch {
		/* the copy failed: the stored text stays under DECK_KEY until the next save */
	}
	const aside =
		'Le texte enregistré est gardé à part : « Exporter la présentation abîmée » le télécharge.';
	if (!reading.ok)
		return {
			deck: EMPTY,
			notes: [
				`La présentation enregistrée dans ce navigateur est illisible : ${reading.message} ${aside}`
			]
		};
	return { deck: reading.deck, notes: [...reading.dropped, aside] };
}

/** Writes the deck; returns a French message when the browser refuses (full disk…). */
export function saveDeck(store: KeyValueStore | null, deck: Deck): string | null {
	if (!store)
		return 'Le stockage du navigateur n’est pas disponible : exportez la présentation pour la garder.';
	try {
		store.setItem(DECK_KEY, writeDeck(deck));
		return null;
	} catch (e) {
		const full = e instanceof DOMException && e.name === 'QuotaExceededError';
		return full
			? 'Le disque est plein (ou la place accordée à ce site est épuisée) : la dernière modification n’a pas été enregistrée, la présentation enregistrée avant reste intacte. Libérez de la place puis recommencez, ou exportez la présentation.'
			: 'Le navigateur a refusé d’enregistrer la présentation : la dernière modification n’est pas enregistrée. Rechargez la page ou exportez la présentation.';
	}
}

/** The browser's localStorage, or null where it is blocked. */
export function browserStore(): KeyValueStore | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		return null;
	}
}
