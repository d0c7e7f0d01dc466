import { describe, expect, it } from 'vitest';
import {
	correctedClusters,
	countSignificant,
	encodeClasses,
	significanceLevel,
	significantMask
} from './significance';
import { classStates, valueChoropleth } from './map-colours';

// Hand-computed: m = 4 finite p-values. Raw at 0,05: 0,001, 0,02, 0,04 → 3.
// BH at 0,05: sorted 0,001 ≤ 0,0125 ✓, 0,02 ≤ 0,025 ✓, 0,04 ≤ 0,0375 ✗, 0,5 ✗ → 2.
// Bonferroni: ≤ 0,0125 → 1.
const p = Float64Array.from([0.02, 0.5, 0.001, NaN, 0.04]);

describe('significance under corrections', () => {
	it('counts significant units by rule', () => {
		expect([...significantMask(p, 0.05, 'none')]).toEqual([1, 0, 1, 0, 1]);
		expect([...significantMask(p, 0.05, 'fdr')]).toEqual([1, 0, 1, 0, 0]);
		expect([...significantMask(p, 0.05, 'bonferroni')]).toEqual([0, 0, 1, 0, 0]);
	});

	it('keeps quadrants only where significant; islands and missing stay', () => {
		const quadrants = Uint8Array.from([1, 2, 3, 6, 4]);
		const none = correctedClusters({ pValues: p, quadrants }, 0.05, 'none');
		expect([...none]).toEqual([1, 0, 3, 6, 4]);
		const bonf = correctedClusters({ pValues: p, quadrants }, 0.05, 'bonferroni');
		expect([...bonf]).toEqual([0, 0, 3, 6, 0]);
		expect(countSignificant(none)).toBe(3);
		expect(countSignificant(bonf)).toBe(1);
	});

	it('grades p-values and encodes classes compactly', () => {
		expect([0.0005, 0.001, 0.004, 0.05, 0.2, NaN].map(significanceLevel)).toEqual([
			3,
			3,
			2,
			1,
			0,
			null
		]);
		expect(encodeClasses(['a', 'b'], [1, 0])).toBe('a:1,b:0');
	});

	it('paints a class without colour as n.d. (hatched)', () => {
		expect(classStates(['a', 'b'], [1, 5], { 1: '#f00', 5: null })).toEqual({
			a: { fill: '#f00', missing: false, small: false },
			b: { fill: null, missing: true, small: false }
		});
		const ch = valueChoropleth(['a', 'b', 'c'], [1, null, 3]);
		expect(ch.states.b).toEqual({ fill: null, missing: true, small: false });
		expect(ch.states.a!.fill).not.toBe(ch.states.c!.fill);
	});
});
