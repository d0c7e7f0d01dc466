/**
 * The deck in the browser (localStorage: a deck is a few kilobytes). What is read is checked by
 * `readDeck`; a stored deck that cannot be read is copied aside, never overwritten silently.
 */
import { loadChecked, saveText, type KeyValueStore } from '$lib/io/local-store';
import { readDeck, writeDeck, type Deck } from './deck';

export { browserStore, type KeyValueStore } from '$lib/io/local-store';

export const DECK_KEY = 'atlas-presentation';
/** Where a stored deck that could not be read is kept, untouched, for export. */
export const DAMAGED_KEY = 'atlas-presentation-illisible';

export interface LoadedDeck {
	deck: Deck;
	/** French lines: slides left out, a damaged deck set aside, storage unavailable. */
	notes: string[];
}

const EMPTY: Deck = { title: 'Présentation', slides: [] };

/** Reads the stored deck (an empty one when there is none). */
export function loadDeck(store: KeyValueStore | null): LoadedDeck {
	const { value, notes } = loadChecked(
		store,
		{ key: DECK_KEY, damagedKey: DAMAGED_KEY },
		(raw) => {
			const r = readDeck(raw);
			return r.ok ? { ok: true, value: r.deck, dropped: r.dropped } : r;
		},
		EMPTY,
		{
			unavailable:
				'Le stockage du navigateur n’est pas disponible (navigation privée ?) : la présentation durera le temps de cette page. Exportez-la pour la garder.',
			unreadable: 'La présentation enregistrée dans ce navigateur est illisible',
			aside:
				'Le texte enregistré est gardé à part : « Exporter la présentation abîmée » le télécharge.'
		}
	);
	return { deck: value, notes };
}

/** Writes the deck; returns a French message when the browser refuses (full disk…). */
export function saveDeck(store: KeyValueStore | null, deck: Deck): string | null {
	return saveText(store, DECK_KEY, writeDeck(deck), {
		unavailable:
			'Le stockage du navigateur n’est pas disponible : exportez la présentation pour la garder.',
		full: 'Le disque est plein (ou la place accordée à ce site est épuisée) : la dernière modification n’a pas été enregistrée, la présentation enregistrée avant reste intacte. Libérez de la place puis recommencez, ou exportez la présentation.',
		refused:
			'Le navigateur a refusé d’enregistrer la présentation : la dernière modification n’est pas enregistrée. Rechargez la page ou exportez la présentation.'
	});
}
