import { describe, expect, it } from 'vitest';
import { compactEntries, legendTitle } from './legend-entries';

describe('compactEntries', () => {
	it('gives each class its two bounds, in French, then the hatched n.d. class', () => {
		// Two classes from the breaks 0 | 17.6 | 23.12 at one digit: 0,0–17,6 and 17,6–23,1.
		const rows = compactEntries(
			{ digits: 1 },
			{ breaks: [0, 17.6, 23.12], colours: ['#ffffb2', '#fecc5c'] }
		);
		expect(rows.map((r) => [r.colour, r.label])).toEqual([
			['#ffffb2', '0,0–17,6'],
			['#fecc5c', '17,6–23,1'],
			[null, 'n.d.']
		]);
	});
	it('groups thousands with a narrow space, as the full legend does', () => {
		const [first] = compactEntries({ digits: 0 }, { breaks: [980, 12345], colours: ['#000'] });
		expect(first!.label).toMatch(/^980–12\s345$/u);
	});
});

describe('legendTitle', () => {
	it('puts the unit after a label without it, and in place of a shorter « pour 1 000 »', () => {
		expect(legendTitle({ label: 'Taux de chômage des 15-24 ans', unit: '%' })).toBe(
			'Taux de chômage des 15-24 ans (%)'
		);
		expect(
			legendTitle({
				label: 'Collèges pour 1\u202f000 enfants',
				unit: 'pour 1\u202f000 enfants de 0 à 14 ans'
			})
		).toBe('Collèges pour 1\u202f000 enfants de 0 à 14 ans');
		expect(legendTitle({ label: 'Taux de pauvreté', unit: '%' }, true)).toBe(
			'Taux de pauvreté (%), taux lissé'
		);
	});
});
