/** Pure formula evaluation: table-driven cases with hand arithmetic. */
import { describe, expect, it } from 'vitest';
import { annualGrowth, computeAggregate, computeCommuneValue, round6 } from './compute';
import type { Formula, Indicator } from './types';

const ind = (formula: Formula): Indicator => ({
	id: 't',
	label: 't',
	definition: 't',
	theme: 'jeunesse',
	unit: '%',
	digits: 1,
	formula,
	sources: [],
	polarity: 1
});
const ratio = ind({ kind: 'ratio', numerator: ['a'], denominator: ['a', 'b'], scale: 100 });
const growth = ind({ kind: 'growth', from: 'p0', to: 'p1', years: 2 });
const weighted = ind({ kind: 'value', column: 'd', aggregate: { kind: 'weighted', weight: 'w' } });
const none = ind({ kind: 'value', column: 'm', aggregate: { kind: 'none', reason: 'médiane' } });

describe('computeCommuneValue', () => {
	it.each([
		{ name: 'ratio 1 / (1 + 3) = 25 %', i: ratio, row: { a: 1, b: 3 }, expected: 25 },
		{ name: 'ratio with a NULL count is NULL', i: ratio, row: { a: 1, b: null }, expected: null },
		{ name: 'ratio with a missing column is NULL', i: ratio, row: { a: 1 }, expected: null },
		{ name: 'ratio over 0 is NULL', i: ratio, row: { a: 0, b: 0 }, expected: null },
		{
			name: 'growth 100 → 121 over 2 years = 10 %/yr',
			i: growth,
			row: { p0: 100, p1: 121 },
			expected: 10
		},
		{ name: 'growth from 0 is NULL', i: growth, row: { p0: 0, p1: 5 }, expected: null },
		{ name: 'value passes through', i: none, row: { m: 18000 }, expected: 18000 },
		{ name: 'value NULL stays NULL (secret ≠ 0)', i: none, row: { m: null }, expected: null }
	])('$name', ({ i, row, expected }) => {
		const v = computeCommuneValue(i, row);
		if (expected === null) expect(v).toBeNull();
		else expect(v).toBeCloseTo(expected, 10);
	});
});

describe('computeAggregate', () => {
	it('ratio sums counts first: (1 + 9) / (4 + 10) = 71.43 %, never the mean of 25 % and 90 %', () => {
		const r = computeAggregate(ratio, [
			{ a: 1, b: 3 },
			{ a: 9, b: 1 },
			{ a: 5, b: null }
		]);
		expect(r.value).toBeCloseTo((10 / 14) * 100, 10);
		expect(r.covered).toBe(2);
		expect(r.total).toBe(3);
	});

	it('growth from summed populations: (121 + 100) / (100 + 100) over 2 years', () => {
		const r = computeAggregate(growth, [
			{ p0: 100, p1: 121 },
			{ p0: 100, p1: 100 }
		]);
		expect(r.value).toBeCloseTo((Math.sqrt(221 / 200) - 1) * 100, 10);
	});

	it('weighted mean: (2 × 100 + 10 × 300) / 400 = 8', () => {
		const r = computeAggregate(weighted, [
			{ d: 2, w: 100 },
			{ d: 10, w: 300 },
			{ d: null, w: 50 }
		]);
		expect(r).toEqual({ value: 8, covered: 2, total: 3 });
	});

	it('no aggregate for published medians', () => {
		expect(computeAggregate(none, [{ m: 1 }, { m: 2 }])).toEqual({
			value: null,
			covered: 0,
			total: 2
		});
	});

	it('nothing covered → NULL', () => {
		expect(computeAggregate(ratio, [{ a: null, b: 1 }]).value).toBeNull();
	});
});

describe('helpers', () => {
	it('annualGrowth and round6', () => {
		expect(annualGrowth(100, 100, 6)).toBe(0);
		expect(round6(15.339770123)).toBe(15.3398);
		expect(round6(null)).toBeNull();
	});
});
