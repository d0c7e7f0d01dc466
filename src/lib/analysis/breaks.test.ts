import { describe, expect, it } from 'vitest';
import { classBreaks, classOf, methodText } from './breaks';

describe('classBreaks', () => {
	it.each([
		// 1..10 in 5 equal intervals of width 9/5 = 1.8
		{
			args: { values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], method: 'equal', k: 5 },
			expected: [1, 2.8, 4.6, 6.4, 8.2, 10]
		},
		// quantiles of 1..8 at 1/4, 2/4, 3/4, linear interpolation (R type 7): index (8-1)·p = 1.75, 3.5, 5.25 → 2.75, 4.5, 6.25
		{
			args: { values: [8, 1, 2, 3, 4, 5, 6, 7], method: 'quantile', k: 4 },
			expected: [1, 2.75, 4.5, 6.25, 8]
		},
		// two obvious groups: {1,2,3} and {10,11,12}
		{ args: { values: [1, 2, 3, 10, 11, 12], method: 'jenks', k: 2 }, expected: [1, 3, 12] },
		// only two distinct values: never more than two classes; the three 5s, merged by the
		// quantile cuts, get their own class (below) and 9 the other
		{ args: { values: [5, 5, 5, 9], method: 'quantile', k: 5 }, expected: [5, 5, 9] },
		// NULL values (secret) are left out of the breaks
		{ args: { values: [null, 4, null, 6], method: 'equal', k: 2 }, expected: [4, 5, 6] }
	] as const)('$args.method $args.values → $expected', ({ args, expected }) => {
		const got = classBreaks(args.values, args.method, args.k);
		expect(got.length).toBe(expected.length);
		got.forEach((b, i) => expect(b).toBeCloseTo(expected[i]!, 10));
	});

	it('returns no breaks when every value is missing', () => {
		expect(classBreaks([null, null], 'quantile', 5)).toEqual([]);
	});
});

describe('classOf', () => {
	const breaks = [0, 10, 20, 30];
	it.each([
		{ value: 0, expected: 0 },
		{ value: 10, expected: 0 },
		{ value: 10.5, expected: 1 },
		{ value: 30, expected: 2 },
		{ value: null, expected: null }
	])('$value → class $expected', ({ value, expected }) => {
		expect(classOf(value, breaks)).toBe(expected);
	});
});

describe('methodText', () => {
	it('says why a legend has fewer classes than asked', () => {
		// Childcare establishments per 1 000 children: 51 of 71 communes at 0,0, the map's two
		// classes « de 0,0 à 2,7 » and « plus de 2,7 à 11,3 ».
		expect(methodText('quantile', 5, [0, 2.7, 11.3])).toBe(
			'Quantiles (effectifs égaux) : 2 classes au lieu de 5, trop de communes ont la même valeur'
		);
		expect(methodText('jenks', 3, [0, 4])).toBe(
			'Seuils naturels (Jenks) : 1 classe au lieu de 3, trop de communes ont la même valeur'
		);
	});
	it('says when the lowest value has a class of its own, not of equal count', () => {
		// Childcare: 51 communes at 0,0 in class « 0,0 », the 20 others in four classes of 5.
		const own =
			'Quantiles (effectifs égaux au-dessus de la valeur la plus basse, qui a sa propre classe)';
		expect(methodText('quantile', 5, [0, 0, 2.1, 3.4, 5.6, 11.3])).toBe(own);
		// Priority neighbourhoods: 68 communes at 0, three others: 4 classes of the 5 asked.
		expect(methodText('quantile', 5, [0, 0, 5, 10, 20])).toBe(
			`${own} : 4 classes au lieu de 5, trop de communes ont la même valeur`
		);
	});
	it('is the method alone when every class asked is there, or when there is no value', () => {
		expect(methodText('quantile', 5, [0, 1, 2, 3, 4, 5])).toBe('Quantiles (effectifs égaux)');
		expect(methodText('equal', 5, [])).toBe('Intervalles égaux');
	});
});

describe('quantiles with many communes at the lowest value', () => {
	it('give the lowest value a class of its own and cut the rest in quantiles', () => {
		// 6 zeros and 1, 2, 3, 4 in 3 classes. Plain quantiles (linear interpolation, index
		// (10 − 1)·p = 3 and 6) cut at 0 and 1: [0, 0, 1, 4] merges into 2 classes. The zeros
		// then form class 0, and 1…4 are cut at their median (index 1,5: 2,5).
		const breaks = classBreaks([0, 0, 0, 0, 0, 0, 1, 2, 3, 4], 'quantile', 3);
		expect(breaks).toEqual([0, 0, 2.5, 4]);
		expect([0, 1, 2, 3, 4].map((v) => classOf(v, breaks))).toEqual([0, 1, 1, 2, 2]);
	});
	it('leave quantiles alone when no class merges', () => {
		// Index (6 − 1)·p = 5/3 and 10/3: 2 + 2/3 and 4 + 1/3.
		const breaks = classBreaks([1, 2, 3, 4, 5, 6], 'quantile', 3);
		expect(breaks).toHaveLength(4);
		[1, 2 + 2 / 3, 4 + 1 / 3, 6].forEach((b, i) => expect(breaks[i]).toBeCloseTo(b, 10));
	});
});
