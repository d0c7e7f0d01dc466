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
