import { describe, expect, it } from 'vitest';
import {
	sameFilters,
	workshopComponent,
	workshopFilters,
	workshopThemeFor
} from './workshop-component';

describe('workshop problems as an index component', () => {
	it('uses the CTG theme itself when workshops use it (one id space)', () => {
		expect(workshopThemeFor('petite_enfance')).toBe('petite_enfance');
		expect(workshopThemeFor('logement')).toBeNull();
		// A workshop theme the user added (« accès aux droits ») is counted like the others.
		expect(workshopThemeFor('acces_droits', ['jeunesse', 'acces_droits'])).toBe('acces_droits');
	});

	it('turns the CTG theme and the statuses into the SQL filters', () => {
		expect(workshopFilters('jeunesse', ['nouvelle'])).toEqual({
			themes: ['jeunesse'],
			statuses: ['nouvelle']
		});
		// No matching workshop theme: problems of every theme count.
		expect(workshopFilters('logement', [])).toEqual({ themes: [], statuses: [] });
	});

	it('compares filters by what they count', () => {
		expect(sameFilters({ statuses: ['retenue', 'nouvelle'] }, {})).toBe(true);
		expect(sameFilters({ themes: [] }, { themes: undefined })).toBe(true);
		expect(sameFilters({ statuses: [] }, {})).toBe(false);
		expect(sameFilters({ themes: ['jeunesse'] }, { themes: ['vie_associative'] })).toBe(false);
		expect(sameFilters(null, {})).toBe(false);
	});

	it('says « exemple fictif » when the problems are the example', () => {
		expect(workshopComponent([1], 2, true).label).toContain('exemple fictif');
		expect(workshopComponent([1], 2, false).label).not.toContain('exemple');
	});
});
