import { describe, expect, it } from 'vitest';
import { needsIndex, type IndexComponent } from './needs-index';

// Three communes, two indicators.
// A = [1, 2, 3], weight 1, polarity +1: mean 2, sd 1 → z = [−1, 0, 1]; ranks [0, 50, 100].
// B = [10, null, 30], weight 2, polarity −1: mean 20, sd √200 → z = [−0.7071, –, 0.7071],
//   oriented [0.7071, –, −0.7071]; ranks [0, –, 100] oriented (100 − rang) → [100, –, 0].
const components: IndexComponent[] = [
	{ id: 'a', label: 'chômage des jeunes', values: [1, 2, 3], weight: 1, polarity: 1 },
	{ id: 'b', label: 'revenu médian', values: [10, null, 30], weight: 2, polarity: -1 }
];
const r2 = Math.SQRT1_2;

describe('needsIndex, computed by hand', () => {
	it('z-scores, skip-and-flag: weighted mean of available components, reweighted', () => {
		const r = needsIndex(components, { method: 'zscore', missing: 'skip-and-flag' });
		// Commune 0: (1 × −1 + 2 × 0.7071) / 3 = 0.13807; commune 1: (1 × 0) / 1 = 0, flagged;
		// commune 2: (1 × 1 + 2 × −0.7071) / 3 = −0.13807.
		expect(r.index[0]).toBeCloseTo((-1 + 2 * r2) / 3, 12);
		expect(r.index[1]).toBeCloseTo(0, 12);
		expect(r.index[2]).toBeCloseTo((1 - 2 * r2) / 3, 12);
		expect(r.flagged).toEqual([false, true, false]);
		expect(r.missing[1]).toEqual(['b']);
		// Contributions add up to the index.
		expect(r.contributions.a![0]).toBeCloseTo(-1 / 3, 12);
		expect(r.contributions.b![0]).toBeCloseTo((2 * r2) / 3, 12);
		expect(r.contributions.b![1]).toBeNull();
	});

	it('exclude: no index when a component is missing', () => {
		const r = needsIndex(components, { method: 'zscore', missing: 'exclude' });
		expect(r.index[1]).toBeNull();
		expect(r.index[0]).toBeCloseTo((-1 + 2 * r2) / 3, 12);
	});

	it('percentile ranks, with polarity as 100 − rang', () => {
		const r = needsIndex(components, { method: 'rank' });
		// Commune 0: (1 × 0 + 2 × 100) / 3 = 66.67; commune 1: 50 (only A); commune 2: (100 + 0)/3.
		expect(r.index[0]).toBeCloseTo(200 / 3, 12);
		expect(r.index[1]).toBeCloseTo(50, 12);
		expect(r.index[2]).toBeCloseTo(100 / 3, 12);
	});

	it('ties share their mean rank', () => {
		const r = needsIndex([{ id: 'x', label: 'x', values: [5, 5, 9], weight: 1, polarity: 1 }], {
			method: 'rank'
		});
		// Ranks 0 and 1 tie → 0.5 each → 100 × 0.5 / 2 = 25; the top is 100.
		expect(r.index).toEqual([25, 25, 100]);
	});

	it('writes the formula in French', () => {
		expect(needsIndex(components).formula).toBe(
			'Indice = (1 × z(chômage des jeunes) − 2 × z(revenu médian)) / 3 ; ' +
				'z = écart à la moyenne des communes, en écarts-types. ' +
				'Commune sans certaines valeurs : moyenne des composantes disponibles, poids ramenés à leur somme, commune signalée.'
		);
		const rank = needsIndex([{ ...components[0]!, weight: 1.5 }, components[1]!], {
			method: 'rank',
			missing: 'exclude'
		}).formula;
		expect(rank).toContain(
			'Indice = (1,5 × rang(chômage des jeunes) + 2 × (100 − rang(revenu médian))) / 3,5'
		);
		expect(rank).toContain('indice non calculé');
	});

	it('rejects a non-positive weight with a message saying what to fix', () => {
		expect(() => needsIndex([{ ...components[0]!, weight: 0 }])).toThrow(/poids.*positif/);
	});
});
