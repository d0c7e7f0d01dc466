/**
 * One commune's place in an index and in its clusters, on small fixtures whose answer is known,
 * and the default index of a theme from the /concentrations settings.
 */
import { describe, expect, it } from 'vitest';
import type { LisaResult } from '$lib/analysis/lisa';
import type { NeedsIndexResult } from '$lib/analysis/needs-index';
import { indicators } from '$lib/indicators/catalogue';
import type { Snapshot } from '$lib/indicators/types';
import { themeIndex } from '$lib/features/concentrations/build-index';
import { clusterPosition, indexPosition } from './needs-position';

const codes = ['a', 'b', 'c', 'd'];
const index = {
	index: [1, null, 3, 2],
	flagged: [false, false, false, true],
	missing: [[], ['x', 'y'], [], ['y']]
} as unknown as NeedsIndexResult;

describe('indexPosition', () => {
	it('ranks the commune among those with an index, highest first', () => {
		// Values 1, n.d., 3, 2: « d » (2) comes after « c » (3) → 2e sur 3 renseignées, 4 communes.
		expect(indexPosition(index, codes, 'd')).toEqual({
			value: 2,
			rank: { position: 2, tied: 1, ranked: 3, total: 4, order: 'desc' },
			flagged: true,
			missing: ['y']
		});
	});
	it('does not rank a commune without index', () => {
		expect(indexPosition(index, codes, 'b')).toMatchObject({ value: null, rank: null });
	});
});

describe('clusterPosition', () => {
	// p = 0,001 0,02 0,04 0,5 with quadrants HH HH LL HH. Without correction at 0,05, the first
	// three are significant. FDR (Benjamini–Hochberg, m = 4): sorted p ≤ k/4 × 0,05, i.e.
	// 0,001 ≤ 0,0125 yes; 0,02 ≤ 0,025 yes; 0,04 ≤ 0,0375 no; 0,5 ≤ 0,05 no → « a », « b » only.
	const lisa = {
		pValues: Float64Array.from([0.001, 0.02, 0.04, 0.5]),
		quadrants: Uint8Array.from([1, 1, 2, 1]),
		permutations: 999
	} as unknown as LisaResult;

	it('gives the class with and without the FDR correction', () => {
		expect(clusterPosition(lisa, codes, 'b', 0.05)).toEqual({
			raw: 'Élevé entouré d’élevés',
			fdr: 'Élevé entouré d’élevés',
			pText: '0,020'
		});
		expect(clusterPosition(lisa, codes, 'c', 0.05)).toMatchObject({
			raw: 'Faible entouré de faibles',
			fdr: 'Non significatif'
		});
		expect(clusterPosition(lisa, codes, 'd', 0.05)).toMatchObject({ raw: 'Non significatif' });
		expect(clusterPosition(lisa, codes, 'z', 0.05)).toBeNull();
	});
});

describe('themeIndex', () => {
	const snapshot = { generatedAt: '', indicators: {} } as Snapshot;
	it('says when a theme has nothing to index', () => {
		expect(themeIndex('vie_associative', indicators, snapshot, codes)).toMatchObject({
			result: null,
			error: 'aucun indicateur mesurable pour ce thème'
		});
	});
	it('takes every indicator of the theme with a direction of need, weight 1', () => {
		const { settings } = themeIndex('familles', indicators, snapshot, codes);
		// Familles: single-parent families (polarity 1); couples with children are context (0).
		expect(settings.choices).toEqual([{ id: 'part_familles_monoparentales', weight: 1 }]);
	});
});
