import { describe, expect, it } from 'vitest';
import { BUILT_IN_TAXONOMY } from '$lib/features/workshops/taxonomy';
import { validateProblem } from '$lib/features/workshops/validate';
import { DraftState, errorsByField } from './draft.svelte';

describe('errorsByField', () => {
	it('routes each message by its field, not by the words it contains', () => {
		const draft = new DraftState();
		draft.date = '2025-05-20';
		draft.theme = 'jeunesse';
		draft.description = 'Trop peu de places en crèche';
		draft.wholeTerritory = true;
		// An unknown subject whose id mentions « commune » and an unknown public mentioning « statut ».
		draft.subjects = ['transport-commune'];
		draft.publics = ['statut-precaire'];
		const errors = validateProblem(draft.toDraft(), BUILT_IN_TAXONOMY);
		expect(errorsByField(errors)).toEqual({
			subjects: ['Le sujet « transport-commune » est inconnu.'],
			publics: ['Le public « statut-precaire » est inconnu.']
		});
	});
});

describe('DraftState.unsaved', () => {
	const stored = {
		id: 'p1',
		forum: { date: '2025-05-20', lieu: 'Anduze', numero: 2 },
		theme: 'jeunesse',
		subjects: [],
		publics: [],
		communes: ['30010'],
		wholeTerritory: false,
		description: 'Pas de bus le soir',
		weight: 3,
		raisedBy: null,
		status: 'nouvelle',
		example: false
	} as unknown as Parameters<DraftState['edit']>[0];

	it('is false for a blank form, and stays false when only the forum and theme are set', () => {
		const draft = new DraftState();
		expect(draft.unsaved).toBe(false);
		draft.lieu = 'Alès';
		draft.theme = 'jeunesse';
		expect(draft.unsaved).toBe(false);
	});

	it('is true once a description is typed, and false again after « next »', () => {
		const draft = new DraftState();
		draft.description = 'Trop peu de places en crèche';
		expect(draft.unsaved).toBe(true);
		draft.next();
		expect(draft.unsaved).toBe(false);
	});

	it('counts a chosen commune or a changed weight', () => {
		const draft = new DraftState();
		draft.communes = ['30007'];
		expect(draft.unsaved).toBe(true);
		draft.communes = [];
		draft.weight = '2';
		expect(draft.unsaved).toBe(true);
		draft.weight = ' 1 ';
		expect(draft.unsaved).toBe(false);
	});

	it('is false right after loading a stored problem, true after changing it, its forum included', () => {
		const draft = new DraftState();
		draft.edit(stored, 4);
		expect(draft.unsaved).toBe(false);
		draft.numero = '3';
		expect(draft.unsaved).toBe(true);
		draft.numero = '2';
		expect(draft.unsaved).toBe(false);
		draft.description = 'Pas de bus le soir ni le dimanche';
		expect(draft.unsaved).toBe(true);
		draft.next();
		expect(draft.unsaved).toBe(false);
	});
});
