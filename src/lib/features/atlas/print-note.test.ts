import { describe, expect, it } from 'vitest';
import { BUILT_IN_TAXONOMY } from '$lib/features/workshops/taxonomy';
import {
	circlesLegend,
	filtersText,
	printNote as withSpaces,
	type CirclesNote
} from './print-note';

/** The note with its no-break spaces as plain ones (`frenchSpaces` is tested in its own file). */
const printNote = (...args: Parameters<typeof withSpaces>) =>
	withSpaces(...args)?.replace(/\u00a0/g, ' ');

const shown: CirclesNote = {
	communes: 12,
	failed: false,
	largest: { name: 'Alès', weight: 42 },
	whole: 0,
	example: false,
	fictionalStored: 0,
	filters: ''
};
const READING =
	'Cercles : poids des problématiques des ateliers nommant chaque commune (aire proportionnelle ; une problématique qui nomme plusieurs communes compte pour chacune). Le plus grand cercle : Alès, poids 42.';

describe('printNote: what the printed and exported map says under its legend', () => {
	it('nothing to say without circles or small denominators', () => {
		expect(printNote(null)).toBeUndefined();
	});
	it('the birth rates on fewer than 20 births, before the circles', () => {
		const births = 'Taux calculé sur moins de 20 naissances, à lire avec prudence (58 communes).';
		expect(printNote(null, 58)).toBe(births);
		expect(printNote(shown, 58)).toBe(`${births} ${READING}`);
		expect(printNote(null, 0)).toBeUndefined();
	});
	it('how to read the circles and their scale, then the example or the stored examples', () => {
		expect(printNote(shown)).toBe(READING);
		expect(printNote({ ...shown, example: true })).toBe(
			`${READING} Exemple fictif : problématiques inventées pour montrer l’atlas, affichées tant qu’aucune n’est enregistrée dans ce navigateur.`
		);
		expect(printNote({ ...shown, fictionalStored: 1 })).toBe(
			`${READING} 1 problématique enregistrée dans ce navigateur est marquée « exemple fictif » ; comptées comme les autres, si les filtres les retiennent.`
		);
		expect(printNote({ ...shown, fictionalStored: 1200 })).toBe(
			`${READING} 1\u202f200 problématiques enregistrées dans ce navigateur sont marquées « exemple fictif » ; comptées comme les autres, si les filtres les retiennent.`
		);
	});
	it('« tout le territoire » has no circle and is said, then the filters', () => {
		expect(printNote({ ...shown, whole: 1 })).toBe(
			`${READING} 1 problématique de « tout le territoire », comptée à part, sans cercle.`
		);
		expect(printNote({ ...shown, whole: 6, filters: 'Filtres : thème « jeunesse ».' })).toBe(
			`${READING} 6 problématiques de « tout le territoire », comptées à part, sans cercle. Filtres : thème « jeunesse ».`
		);
	});
	it('no circle, not counted yet, or not countable are said', () => {
		expect(printNote({ ...shown, communes: 0, largest: null })).toBe(
			'Aucune problématique des ateliers ne nomme de commune.'
		);
		// With filters it says they retain none, and the example stays said.
		expect(
			printNote({
				...shown,
				communes: 0,
				largest: null,
				example: true,
				filters: 'Filtres : sujet « x ».'
			})
		).toBe(
			'Aucune problématique des ateliers retenue par les filtres ne nomme de commune. Filtres : sujet « x ». Exemple fictif : problématiques inventées pour montrer l’atlas, affichées tant qu’aucune n’est enregistrée dans ce navigateur.'
		);
		expect(printNote({ ...shown, communes: null, largest: null })).toBe(
			'Les problématiques des ateliers ne sont pas encore comptées : cette carte n’a pas leurs cercles.'
		);
		expect(printNote({ ...shown, communes: null, largest: null, failed: true })).toBe(
			'Les problématiques des ateliers n’ont pas pu être comptées : cette carte n’a pas leurs cercles.'
		);
	});
});

describe('printNote with its no-break spaces', () => {
	it("keeps the note's « : » with the word before", () => {
		expect(withSpaces(shown)).toContain('Cercles\u00a0:');
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
			'Filtres : statuts comptés « nouvelle », « retenue pour le plan d’actions », « écartée ».'
		);
		expect(filtersText({ statuses: [] }, BUILT_IN_TAXONOMY)).toBe('Filtres : aucun statut compté.');
	});
	it('agrees each filter’s name with its number of values', () => {
		expect(filtersText({ statuses: ['nouvelle'] }, BUILT_IN_TAXONOMY)).toBe(
			'Filtres : statut compté « nouvelle ».'
		);
		expect(
			filtersText(
				{ forums: ['2025-03-12', '2025-06-05'], themes: ['jeunesse', 'vie_associative'] },
				BUILT_IN_TAXONOMY
			)
		).toBe(
			'Filtres : forums des 12/03/2025, 05/06/2025 ; thèmes « jeunesse », « vie associative ».'
		);
	});
	it('an id the taxonomy does not know is given as it is', () => {
		expect(filtersText({ subjects: ['x_inconnu'] }, BUILT_IN_TAXONOMY)).toBe(
			'Filtres : sujet « x_inconnu ».'
		);
	});
});

describe('circlesLegend: the screen legend’s row for the circles', () => {
	it('reads the circles with their scale, and says what is fictional', () => {
		expect(circlesLegend(shown)?.label.replace(/\u00a0/g, ' ')).toBe(
			'Cercles : poids des problématiques des ateliers, aire proportionnelle (le plus grand : Alès, poids 42)'
		);
		expect(circlesLegend(shown)?.fictional).toBeNull();
		expect(circlesLegend({ ...shown, example: true })?.fictional).toBe('exemple fictif');
		expect(circlesLegend({ ...shown, fictionalStored: 2 })?.fictional).toBe(
			'dont 2 problématiques « exemple fictif »'
		);
	});
	it('writes a large weight with the French thousands space, on screen and in print', () => {
		// 100 000 problems imported, 105 000 of weight in Alès: « 105 000 » (U+202F), not « 105000 ».
		const big = { ...shown, largest: { name: 'Alès', weight: 105000 } };
		expect(circlesLegend(big)?.label).toContain('poids 105\u202f000)');
		expect(printNote(big)).toContain('Le plus grand cercle : Alès, poids 105\u202f000.');
	});
	it('no row without circles to read', () => {
		expect(circlesLegend(null)).toBeNull();
		expect(circlesLegend({ ...shown, communes: 0, largest: null })).toBeNull();
		expect(circlesLegend({ ...shown, communes: null, largest: null, failed: true })).toBeNull();
	});
});
