import { describe, expect, it } from 'vitest';
import type { Indicator } from '$lib/indicators/types';
import { buildChoropleth } from './choropleth';

const ind = {
	id: 'x',
	label: 'x',
	definition: '',
	theme: 'jeunesse',
	unit: '%',
	digits: 1,
	sources: [],
	polarity: 1,
	formula: { kind: 'value', column: 'x', aggregate: { kind: 'none', reason: '' } }
} satisfies Indicator;

describe('buildChoropleth', () => {
	it('counts communes per class and NULLs apart', () => {
		// territory values 1..4 and one secret; context commune Z is not classified
		const values = { A: 1, B: 2, C: 3, D: 4, E: null, Z: 100 };
		const c = buildChoropleth(ind, values, ['A', 'B', 'C', 'D', 'E'], 'equal', 3);
		// equal intervals over [1, 4]: width 1 → breaks 1, 2, 3, 4; A,B → class 0 (≤ 2), C → 1, D → 2
		expect(c.breaks).toEqual([1, 2, 3, 4]);
		expect(c.counts).toEqual([2, 1, 1]);
		expect(c.missing).toBe(1);
		expect(c.colours).toHaveLength(3);
	});
});
