import { describe, expect, it } from 'vitest';
import { decideSave, type StoredProblem } from './conflict';
import type { Problem } from './model';
import { refusedSave, savedNotice } from './save-problem';
import { makeProblem } from '../../../../tests/fixtures/workshops/helpers';

const T0 = '2025-03-14T10:00:00.000Z';
const T1 = '2025-03-15T10:00:00.000Z';

const problem = (patch: Partial<Problem> = {}): Problem =>
	makeProblem('a', { description: 'Pas de bus le soir', ...patch });
const stored = (revision: number, patch: Partial<StoredProblem> = {}): StoredProblem => ({
	...problem(),
	revision,
	deletedAt: null,
	...patch
});

describe('decideSave (a save typed in the capture form)', () => {
	it('stores a new problem as revision 1', () => {
		const d = decideSave(undefined, problem(), 0);
		expect(d).toEqual({
			record: { ...problem(), revision: 1, deletedAt: null },
			conflict: null,
			write: true,
			revived: false
		});
	});

	it('writes an edit started from the stored revision', () => {
		const mine = problem({ weight: 2, updatedAt: T1 });
		const d = decideSave(stored(3), mine, 3);
		expect(d).toEqual({
			record: { ...mine, revision: 4, deletedAt: null },
			conflict: null,
			write: true,
			revived: false
		});
		expect(refusedSave(d, 3)).toBeNull();
	});

	it('refuses an edit started before another tab saved, even a later one, and says so', () => {
		const theirs = stored(4, { description: 'Pas de bus (autre onglet)', weight: 5 });
		const mine = problem({ weight: 2, updatedAt: T1 });
		const d = decideSave(theirs, mine, 3);
		expect(d.write).toBe(false);
		expect(d.record).toBe(theirs);
		expect(refusedSave(d, 3)).toEqual({
			ok: false,
			conflictRevision: 4,
			errors: [
				{
					field: 'general',
					message:
						'Conflit : cette problématique a été modifiée dans un autre onglet depuis que vous avez commencé à la modifier. Votre version n’a pas été enregistrée et reste dans le formulaire ; celle de l’autre onglet est dans la liste (« Pas de bus (autre onglet) », poids 5). Cliquez de nouveau sur « Enregistrer la modification » pour la remplacer par la vôtre, ou sur « Annuler la modification » pour garder l’autre.'
				}
			]
		});
	});

	it('brings back a deleted record when the same problem is typed again, without a conflict', () => {
		const typed = problem({ createdAt: T1, updatedAt: T1 });
		const d = decideSave(stored(2, { deletedAt: T0 }), typed, 0);
		expect(d).toEqual({
			record: { ...typed, revision: 3, deletedAt: null },
			conflict: null,
			write: true,
			revived: true
		});
		expect(savedNotice(d)).toBe(
			'Cette problématique avait été supprimée : elle est rétablie avec ce que vous venez de saisir.'
		);
	});

	it('refuses an edit of a problem deleted in another tab meanwhile', () => {
		const d = decideSave(stored(4, { deletedAt: T1 }), problem({ updatedAt: T1 }), 3);
		const refused = refusedSave(d, 3);
		expect(refused?.ok).toBe(false);
		expect(refused && !refused.ok && refused.errors[0]?.message).toMatch(
			/^Cette problématique a été supprimée entre-temps \(peut-être dans un autre onglet\) : votre saisie reste dans le formulaire\./
		);
	});

	it('refuses a new problem already saved in another tab', () => {
		const refused = refusedSave(decideSave(stored(1), problem(), 0), 0);
		expect(refused && !refused.ok && refused.errors[0]?.message).toBe(
			'Cette problématique vient d’être enregistrée dans un autre onglet (même forum, thème, description et communes) : elle est dans la liste, modifiez-la là.'
		);
	});
});
