import { describe, expect, it } from 'vitest';
import type { Problem } from '$lib/workshops/model';
import { workshopComponent, workshopIntensity, workshopThemeFor } from './workshop-component';

const problem = (over: Partial<Problem>): Problem => ({
	id: 'x',
	forum: { date: '2025-01-01', lieu: '', numero: 1 },
	theme: 'jeunesse',
	subjects: [],
	publics: [],
	communes: [],
	wholeTerritory: false,
	description: '',
	weight: 1,
	raisedBy: null,
	status: 'nouvelle',
	createdAt: '',
	updatedAt: '',
	example: true,
	...over
});

describe('workshop problems as an index component', () => {
	const problems = [
		problem({ communes: ['a', 'b'], weight: 3 }),
		problem({ communes: ['a'], weight: 2 }),
		problem({ communes: ['a'], weight: 5, theme: 'vie_associative' }),
		problem({ communes: [], wholeTerritory: true, weight: 9 }),
		problem({ communes: ['b'], weight: 4, status: 'ecartee' })
	];

	it('counts weighted mentions per 1 000 inhabitants, theme by theme', () => {
		// Youth: a = 3 + 2 = 5 for 2 000 inhabitants → 2,5 ‰; b = 3 for 500 → 6; c = 0; d: no population.
		expect(
			workshopIntensity(problems, 'jeunesse', ['a', 'b', 'c', 'd'], [2000, 500, 100, null])
		).toEqual([2.5, 6, 0, null]);
		// All themes: a = 10 → 5.
		expect(workshopIntensity(problems, null, ['a'], [2000])).toEqual([5]);
	});

	it('maps CTG themes to workshop themes', () => {
		expect(workshopThemeFor('petite_enfance')).toBe('petite_enfance_enfance');
		expect(workshopThemeFor('logement')).toBeNull();
	});

	it('says « exemple fictif » when the problems are the example', () => {
		expect(workshopComponent([1], 2, true).label).toContain('exemple fictif');
		expect(workshopComponent([1], 2, false).label).not.toContain('exemple');
	});
});
