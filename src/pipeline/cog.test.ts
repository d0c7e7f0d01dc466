/** COG 2025 folding: counts are summed, published values become NULL. */
import { describe, expect, it } from 'vitest';
import { foldCounts, foldPublished, mergesAfter, toCog2025, type CommuneValues } from './cog';

const table = (rows: Record<string, CommuneValues>) => new Map(Object.entries(rows));

describe('COG 2025 merges', () => {
	it('applies only merges later than the file geography', () => {
		expect(mergesAfter(2019).map((m) => m.from)).toEqual(['30094']);
		expect(mergesAfter(2016)).toHaveLength(3);
		expect(toCog2025('30094', 2024)).toBe('30329');
		expect(toCog2025('30157', 2016)).toBe('30052');
		expect(toCog2025('30190', 2016)).toBe('30339');
		expect(toCog2025('30094', 2025)).toBe('30094');
	});

	it('sums counts of Corbès and Thoiras into Thoiras-Corbès', () => {
		const out = foldCounts(
			table({ '30094': { n: 109 }, '30329': { n: 269.5 }, '30007': { n: 1 } }),
			2024,
			['n']
		);
		expect(out.get('30329')).toEqual({ n: 378.5 });
		expect(out.has('30094')).toBe(false);
		expect(out.get('30007')).toEqual({ n: 1 });
	});

	it('a NULL or absent part makes the merged count NULL', () => {
		expect(
			foldCounts(table({ '30094': { n: null }, '30329': { n: 2 } }), 2024, ['n']).get('30329')
		).toEqual({ n: null });
		expect(foldCounts(table({ '30329': { n: 2 } }), 2024, ['n']).get('30329')).toEqual({ n: null });
	});

	it('published values of a merged commune become NULL', () => {
		const out = foldPublished(table({ '30094': { m: 21290 }, '30329': { m: 17730 } }), 2023, ['m']);
		expect(out.get('30329')).toEqual({ m: null });
	});
});
