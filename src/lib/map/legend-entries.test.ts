import { describe, expect, it } from 'vitest';
import { compactEntries } from './legend-entries';

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
