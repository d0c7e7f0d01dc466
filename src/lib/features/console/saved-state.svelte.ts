/**
 * The saved queries of the console. Every change re-reads what is stored first, so a query saved
 * in another tab meanwhile is kept, not overwritten; a refused write changes nothing on screen.
 */
import { browserStore, type KeyValueStore } from '$lib/io/local-store';
import {
	loadSavedQueries,
	MAX_QUERIES,
	SAVED_KEY,
	saveSavedQueries,
	type SavedQuery
} from './saved-queries';

export class SavedQueries {
	list = $state.raw<SavedQuery[]>([]);
	/** French lines from reading the store (entries left out, storage unavailable). */
	notes = $state.raw<string[]>([]);
	/** The last action's message (saved, removed, refused). */
	message = $state('');
	/** The last query removed, for « Annuler ». */
	removed = $state.raw<SavedQuery | null>(null);

	constructor(private readonly store: KeyValueStore | null = browserStore()) {
		this.reload();
	}

	reload(): void {
		const { value, notes } = loadSavedQueries(this.store);
		this.list = value;
		this.notes = notes;
	}

	/** Reloads when another tab changed the saved queries. */
	listen(): () => void {
		const onStorage = (e: StorageEvent) => {
			if (e.key === SAVED_KEY) this.reload();
		};
		window.addEventListener('storage', onStorage);
		return () => window.removeEventListener('storage', onStorage);
	}

	#write(change: (list: SavedQuery[]) => SavedQuery[] | string, done: string): boolean {
		const current = loadSavedQueries(this.store).value;
		const next = change(current);
		if (typeof next === 'string') {
			this.message = next;
			return false;
		}
		const refused = saveSavedQueries(this.store, next);
		if (refused) {
			this.message = refused;
			return false;
		}
		this.list = next;
		this.message = done;
		return true;
	}

	/** Saves `sql` under `name`; an existing name is replaced only when `replace` is true. */
	save(name: string, sql: string, replace = false): boolean {
		const clean = name.trim();
		if (!clean) {
			this.message = 'Donnez un nom à la requête pour l’enregistrer.';
			return false;
		}
		return this.#write((list) => {
			const same = list.find((q) => q.name === clean);
			if (same && !replace)
				return `Une requête s’appelle déjà « ${clean} » : choisissez « Remplacer » ou un autre nom.`;
			if (!same && list.length >= MAX_QUERIES)
				return `${MAX_QUERIES} requêtes au plus : supprimez-en une avant d’en enregistrer une autre.`;
			const entry: SavedQuery = {
				id: same?.id ?? crypto.randomUUID().slice(0, 8),
				name: clean,
				sql,
				// eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once, never mutated
				savedAt: new Date().toISOString()
			};
			return same ? list.map((q) => (q.id === same.id ? entry : q)) : [...list, entry];
		}, `Requête « ${clean} » enregistrée dans ce navigateur.`);
	}

	remove(id: string): void {
		const query = this.list.find((q) => q.id === id);
		if (!query) return;
		if (
			this.#write((list) => list.filter((q) => q.id !== id), `Requête « ${query.name} » supprimée.`)
		)
			this.removed = query;
	}

	undoRemove(): void {
		const query = this.removed;
		if (!query) return;
		if (
			this.#write(
				(list) => (list.some((q) => q.id === query.id) ? list : [...list, query]),
				`Requête « ${query.name} » rétablie.`
			)
		)
			this.removed = null;
	}
}
