/** Saved queries in a stand-in store: checked on read, damaged text kept aside, other tabs kept. */
import { describe, expect, it } from 'vitest';
import type { KeyValueStore } from '$lib/io/local-store';
import { SAVED_DAMAGED_KEY, SAVED_KEY, loadSavedQueries, readSavedQueries } from './saved-queries';
import { SavedQueries } from './saved-state.svelte';

function memory(
	init: Record<string, string> = {}
): KeyValueStore & { data: Record<string, string> } {
	const data = { ...init };
	return {
		data,
		getItem: (k) => data[k] ?? null,
		setItem: (k, v) => {
			data[k] = v;
		}
	};
}

const stored = (queries: unknown[]) =>
	JSON.stringify({ format: 'atlas-requetes', version: 1, queries });
const q = (id: string, name: string) => ({
	id,
	name,
	sql: 'SELECT 1',
	savedAt: '2026-11-30T10:00:00.000Z'
});

describe('saved queries', () => {
	it('keeps the valid entries of a damaged list, says which were left out, sets the text aside', () => {
		const text = stored([q('a1', 'Une'), { id: 'b2', name: '', sql: 'SELECT 2' }]);
		const store = memory({ [SAVED_KEY]: text });
		const { value, notes } = loadSavedQueries(store);
		expect(value.map((x) => x.name)).toEqual(['Une']);
		expect(notes[0]).toBe('Requête 2 : nom vide, elle est laissée de côté.');
		expect(store.data[SAVED_DAMAGED_KEY]).toBe(text);
		expect(store.data[SAVED_KEY]).toBe(text);
	});

	it('refuses what is not a list, and a newer version', () => {
		expect(readSavedQueries({ format: 'autre' }).ok).toBe(false);
		const newer = readSavedQueries({ format: 'atlas-requetes', version: 2, queries: [] });
		expect(!newer.ok && newer.message).toContain('version plus récente');
	});

	it('never overwrites a query saved in another tab, nor a name without asking', () => {
		const store = memory();
		const mine = new SavedQueries(store);
		const other = new SavedQueries(store);
		expect(other.save('De l’autre onglet', 'SELECT 2')).toBe(true);
		expect(mine.save('La mienne', 'SELECT 1')).toBe(true);
		expect(mine.list.map((x) => x.name)).toEqual(['De l’autre onglet', 'La mienne']);
		expect(mine.save('La mienne', 'SELECT 3')).toBe(false);
		expect(mine.message).toContain('Une requête s’appelle déjà « La mienne »');
		expect(mine.save('La mienne', 'SELECT 3', true)).toBe(true);
		expect(loadSavedQueries(store).value.map((x) => x.sql)).toEqual(['SELECT 2', 'SELECT 3']);
	});

	it('a full disk changes nothing and says so; a removal can be undone', () => {
		const store = memory();
		const saved = new SavedQueries(store);
		saved.save('Une', 'SELECT 1');
		store.setItem = () => {
			throw new DOMException('full', 'QuotaExceededError');
		};
		expect(saved.save('Deux', 'SELECT 2')).toBe(false);
		expect(saved.message).toContain('Le disque est plein');
		expect(saved.list.map((x) => x.name)).toEqual(['Une']);
		const back = memory(store.data);
		const again = new SavedQueries(back);
		again.remove(again.list[0]!.id);
		expect(again.list).toEqual([]);
		again.undoRemove();
		expect(again.list.map((x) => x.name)).toEqual(['Une']);
	});
});
