import { describe, expect, it } from 'vitest';
import { needsIndex } from '$lib/analysis/needs-index';
import { EMPTY_AGGREGATE } from '$lib/data/indicator-values';
import { indicators } from '$lib/indicators/catalogue';
import type { Indicator, Snapshot } from '$lib/indicators/types';
import {
	defaultChoices,
	ALL_WEIGHTS_ZERO,
	indexComponents,
	rareCommunes,
	safeNeedsIndex,
	smallCommunes,
	territoryValues,
	toAnalysisValues
} from './inputs';

const agg = EMPTY_AGGREGATE;
const sparse = { counts: {}, missing: {} };
const snapshot: Snapshot = {
	generatedAt: '2026-01-01',
	indicators: {
		a: {
			...sparse,
			values: { '1': 10, '2': 20, '3': null, '9': 99 },
			territory: agg,
			departement: agg
		},
		// A ratio: commune 1 has 29 in its denominator (flagged), 2 has exactly 30 (not flagged).
		b: {
			values: { '1': 3, '2': 1, '3': 2 },
			counts: { '1': [1, 29], '2': [0.3, 30], '3': [20, 1000] },
			missing: {},
			territory: agg,
			departement: agg
		},
		population_2022: {
			...sparse,
			values: { '1': 120, '2': 500, '3': 4000 },
			territory: agg,
			departement: agg
		}
	}
};
const base = { definition: '', unit: '%', digits: 1, sources: [] };
const catalogue: Indicator[] = [
	{
		...base,
		id: 'a',
		label: 'A',
		theme: 'jeunesse',
		polarity: 1,
		formula: { kind: 'value', column: 'a', aggregate: { kind: 'none', reason: '' } }
	},
	{
		...base,
		id: 'b',
		label: 'B',
		theme: 'jeunesse',
		polarity: -1,
		formula: { kind: 'value', column: 'b', aggregate: { kind: 'none', reason: '' } }
	},
	{
		...base,
		id: 'c',
		label: 'C',
		theme: 'jeunesse',
		polarity: 0,
		formula: { kind: 'value', column: 'c', aggregate: { kind: 'none', reason: '' } }
	}
];
const codes = ['1', '2', '3'];

describe('catalogue and snapshot to analysis inputs', () => {
	it('defaults to the theme indicators with a direction of need, weight 1', () => {
		expect(defaultChoices('jeunesse', catalogue)).toEqual([
			{ id: 'a', weight: 1 },
			{ id: 'b', weight: 1 }
		]);
		expect(defaultChoices('logement', catalogue)).toEqual([]);
	});

	it('real catalogue: the youth theme starts from its unemployment indicator', () => {
		const ids = defaultChoices('jeunesse', indicators).map((c) => c.id);
		expect(ids).toContain('chomage_15_24');
		expect(ids).not.toContain('population_2022');
	});

	it('aligns values on the territory codes, missing as null, context communes ignored', () => {
		expect(territoryValues(snapshot, 'a', codes)).toEqual([10, 20, null]);
		expect(territoryValues(snapshot, 'unknown', codes)).toEqual([null, null, null]);
	});

	it('builds index components with weights and polarities, dropping weight 0 and polarity 0', () => {
		const comps = indexComponents(
			[
				{ id: 'a', weight: 2 },
				{ id: 'b', weight: 1 },
				{ id: 'c', weight: 1 },
				{ id: 'a2', weight: 1 }
			],
			catalogue,
			snapshot,
			codes
		);
		expect(comps.map((c) => [c.id, c.weight, c.polarity])).toEqual([
			['a', 2, 1],
			['b', 1, -1]
		]);
		// By hand, z-scores: a = 10, 20 → z = −0,7071, +0,7071; b = 3, 1, 2 → z = 1, −1, 0.
		// Oriented b: −1, 1, 0. Index 1 = (2 × −0,7071 + 1 × −1) / 3 = −0,8047;
		// index 3 lacks a: b alone, 0, flagged.
		const r = needsIndex(comps);
		expect(r.index[0]).toBeCloseTo(-0.8047, 4);
		expect(r.index[1]).toBeCloseTo((2 * 0.70711 + 1) / 3, 4);
		expect(r.index[2]).toBeCloseTo(0, 10);
		expect(r.flagged).toEqual([false, false, true]);
	});

	it('turns null into NaN for the worker, never 0', () => {
		const v = toAnalysisValues([1, null, 0]);
		expect(v[0]).toBe(1);
		expect(Number.isNaN(v[1])).toBe(true);
		expect(v[2]).toBe(0);
	});

	it('flags communes from the rate’s own denominator (< 30), not from the population', () => {
		expect(smallCommunes(snapshot, ['b'], codes)).toEqual([true, false, false]);
		// An indicator without counts (a published value) flags nothing.
		expect(smallCommunes(snapshot, ['a'], codes)).toEqual([false, false, false]);
		expect(smallCommunes(snapshot, ['a', 'b'], codes)).toEqual([true, false, false]);
	});

	it('flags a birth rate on fewer than 20 births (« peu de naissances »), and no other rate', () => {
		// `b` as a birth rate: 1 birth in commune 1 and 0,3 in commune 2 (under 20), 20 in commune 3
		// (not under). As an ordinary rate, `b` flags no commune here.
		const births = { ...catalogue[1]!, events: true };
		expect(rareCommunes(snapshot, [births], codes)).toEqual([true, true, false]);
		expect(rareCommunes(snapshot, [catalogue[1]!], codes)).toEqual([false, false, false]);
		expect(rareCommunes(snapshot, [catalogue[0]!, births], codes)).toEqual([true, true, false]);
	});
});

describe('all weights at zero', () => {
	it('says what to do instead of computing nothing', () => {
		const choices = [
			{ id: 'a', weight: 0 },
			{ id: 'b', weight: 0 }
		];
		const opts = { method: 'zscore', missing: 'skip-and-flag' } as const;
		const r = safeNeedsIndex(choices, opts, catalogue, snapshot, codes);
		expect(r).toEqual({ result: null, error: ALL_WEIGHTS_ZERO });
		expect(ALL_WEIGHTS_ZERO).toContain('donnez un poids d’au moins 1');
	});
});
