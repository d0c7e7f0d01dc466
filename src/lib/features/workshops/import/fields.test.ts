import { describe, expect, it } from 'vitest';
import { guessMapping, missingFields } from './fields';

describe('guessMapping', () => {
	const cases: { args: string[]; expected: Record<string, number> }[] = [
		{ args: ['Thème', 'theme'], expected: { theme: 0 } },
		{
			args: ['Sujet(s)', 'Publics', 'Commune(s)'],
			expected: { subjects: 0, publics: 1, communes: 2 }
		},
		{
			args: ['DESCRIPTION', 'Nombre de mentions', 'Porté par'],
			expected: { description: 0, weight: 1, raisedBy: 2 }
		},
		{
			args: ['Poids', 'Statut', 'Date du forum', 'Lieu', 'Forum n°'],
			expected: { weight: 0, status: 1, forumDate: 2, forumLieu: 3, forumNumero: 4 }
		},
		{
			args: ['Problématique', 'Code INSEE', 'Atelier', 'Date'],
			expected: { description: 0, communes: 1, theme: 2, forumDate: 3 }
		},
		{ args: ['Quand', 'Où', 'Remarques'], expected: {} }
	];
	it.each(cases)('$args', ({ args, expected }) => {
		expect(guessMapping(args)).toEqual(expected);
	});

	it('lists the required fields left without a column', () => {
		expect(missingFields({ theme: 0, description: 5 }, 3).map((f) => f.id)).toEqual([
			'forumDate',
			'communes',
			'description'
		]);
	});
});
