import { describe, expect, it } from 'vitest';
import { problemId } from '$lib/features/workshops/identity';
import { currentThemeId, formerThemeId, migrateThemeIds, themeMigrationNotice } from './theme-ids';

describe('one theme id space', () => {
	it('makes the old workshop theme id current and leaves the others alone', () => {
		const cases = [
			{ args: 'petite_enfance_enfance', expected: 'petite_enfance' },
			{ args: 'petite_enfance', expected: 'petite_enfance' },
			{ args: 'jeunesse', expected: 'jeunesse' },
			{ args: 'x_transversal', expected: 'x_transversal' },
			// Not an own key of the rename table: an inherited name is not an old id.
			{ args: 'constructor', expected: 'constructor' }
		];
		for (const { args, expected } of cases) expect(currentThemeId(args)).toBe(expected);
		expect(formerThemeId('petite_enfance')).toBe('petite_enfance_enfance');
		expect(formerThemeId('jeunesse')).toBeNull();
	});

	it('migrates records, returns the changed ones and changes nothing else', () => {
		const old = { id: 'a', theme: 'petite_enfance_enfance', weight: 3 };
		const kept = { id: 'b', theme: 'jeunesse', weight: 1 };
		const { records, changed } = migrateThemeIds([old, kept]);
		expect(records).toEqual([{ id: 'a', theme: 'petite_enfance', weight: 3 }, kept]);
		expect(records[1]).toBe(kept);
		expect(changed).toEqual([{ id: 'a', theme: 'petite_enfance', weight: 3 }]);
		// The input is not mutated.
		expect(old.theme).toBe('petite_enfance_enfance');
		expect(migrateThemeIds([kept]).changed).toEqual([]);
	});

	it('tells the user how many problems changed, in French', () => {
		expect(themeMigrationNotice(0)).toBe('');
		expect(themeMigrationNotice(1)).toBe(
			'1 problématique portait un ancien identifiant de thème ; il a été mis à jour (« petite_enfance_enfance » → « petite_enfance »). Le thème reste le même et rien d’autre n’a été modifié.'
		);
		expect(themeMigrationNotice(3)).toBe(
			'3 problématiques portaient un ancien identifiant de thème ; il a été mis à jour (« petite_enfance_enfance » → « petite_enfance »). Le thème reste le même et rien d’autre n’a été modifié.'
		);
	});

	it('keeps the content-hash id problems had under the old theme id', () => {
		// p-c57fa22640ddd680 is the id the code before the rename gave this problem (theme
		// hashed as « petite_enfance_enfance »), computed by hand with FNV-1a.
		const key = {
			forum: { date: '2025-03-13', lieu: 'Alès', numero: 1 },
			description: 'Places en crèche insuffisantes',
			communes: ['30007'],
			wholeTerritory: false
		};
		expect(problemId({ ...key, theme: 'petite_enfance' })).toBe('p-c57fa22640ddd680');
		expect(problemId({ ...key, theme: 'jeunesse' })).not.toBe('p-c57fa22640ddd680');
	});
});
