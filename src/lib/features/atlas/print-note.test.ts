import { describe, expect, it } from 'vitest';
import { BUILT_IN_TAXONOMY } from '$lib/features/workshops/taxonomy';
import { filtersText, printNote, type CirclesNote } from './print-note';

const shown: CirclesNote = {
	communes: 12,
	failed: false,
	example: false,
	fictionalStored: 0,
	filters: ''
};
const READING =
	'Cercles : poids des problématiques des ateliers nommant chaque commune (aire proportionnelle ; une problématique qui nomme plusieurs communes compte pour chacune).';

describe('printNote: what the printed and exported map says under its legend', () => {
	it('nothing to say without circles or small denominators', () => {
		expect(printNote(null, 0)).toBeUndefined();
	});
	it('how to read the circles, then the example or the stored examples', () => {
		expect(printNote(shown, 0)).toBe(READING);
		expect(printNote({ ...shown, example: true }, 0)).toBe(
			`${READING} Exemple fictif : aucune problématique saisie ou importée dans ce navigateur.`
		);
		expect(printNote({ ...shown, fictionalStored: 1 }, 0)).toBe(
			`${READING} Dont 1 problématique marquée « exemple fictif ».`
		);
		expect(printNote({ ...shown, fictionalStored: 1200 }, 0)).toBe(
			`${READING} Dont 1\u202f200 problématiques marquées « exemple fictif ».`
		);
	});
	it('the filters follow the reading; no circle, not counted yet, or not countable are said', () => {
		expect(printNote({ ...shown, filters: 'Filtres : thème « jeunesse ».' }, 0)).toBe(
			`${READING} Filtres : thème « jeunesse ».`
		);
		expect(printNote({ ...shown, communes: 0 }, 0)).toBe(
			'Aucune problématique des ateliers ne nomme de commune.'
		);
		expect(printNote({ ...shown, communes: null }, 0)).toBe(
			'Les problématiques des ateliers ne sont pas encore comptées : cette carte n’a pas leurs cercles.'
		);
		expect(printNote({ ...shown, communes: null, failed: true }, 0)).toBe(
			'Les problématiques des ateliers n’ont pas pu être comptées : cette carte n’a pas leurs cercles.'
		);
	});
	it('small denominators first', () => {
		expect(printNote(shown, 3)).toMatch(
			/^3 communes ont un taux calculé sur moins de 30 personnes/
		);
		expect(printNote(shown, 3)).toMatch(/\. Cercles : /);
	});
});

describe('filtersText', () => {
	it('says nothing for the default filters (every status but « écartée »)', () => {
		expect(filtersText({}, BUILT_IN_TAXONOMY)).toBe('');
		expect(filtersText({ statuses: ['nouvelle', 'retenue'] }, BUILT_IN_TAXONOMY)).toBe('');
		expect(filtersText({ forums: [], themes: [] }, BUILT_IN_TAXONOMY)).toBe('');
	});
	it('names the forum by its date, the theme and the statuses by their labels', () => {
		expect(filtersText({ forums: ['2025-03-12'], themes: ['jeunesse'] }, BUILT_IN_TAXONOMY)).toBe(
			'Filtres : forum du 12/03/2025 ; thème « jeunesse ».'
		);
		expect(filtersText({ statuses: ['nouvelle', 'retenue', 'ecartee'] }, BUILT_IN_TAXONOMY)).toBe(
			"Filtres : statuts comptés « nouvelle », « retenue pour le plan d'actions », « écartée »."
		);
		expect(filtersText({ statuses: [] }, BUILT_IN_TAXONOMY)).toBe('Filtres : aucun statut compté.');
	});
	it('an id the taxonomy does not know is given as it is', () => {
		expect(filtersText({ subjects: ['x_inconnu'] }, BUILT_IN_TAXONOMY)).toBe(
			'Filtres : sujet « x_inconnu ».'
		);
	});
});
