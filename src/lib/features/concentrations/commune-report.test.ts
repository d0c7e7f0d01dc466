import { describe, expect, it } from 'vitest';
import { needsIndex } from '$lib/analysis/needs-index';
import { breakdownParts, communeDetail, communeResults } from './commune-report';
import type { Variable } from './variable';

const variable: Variable = {
	label: 'Indice de besoins',
	unit: '',
	digits: 2,
	values: [1.234, null],
	raw: [1.234, null],
	smoothing: null,
	indicator: null
};

describe('per-commune results', () => {
	it('formats values, classes and flags in French', () => {
		const rows = communeResults({
			codes: ['a', 'b'],
			names: { a: 'Alès' },
			variable,
			run: null,
			clusters: Uint8Array.from([1, 5]),
			stability: {
				modalClass: Uint8Array.from([1, 5]),
				agreement: Float64Array.from([0.9, 1]),
				runs: 10
			},
			small: [false, true],
			rare: [true, false],
			index: null
		});
		expect(rows[0]).toMatchObject({
			name: 'Alès',
			valueText: '1,23',
			classLabel: 'Élevé entouré d’élevés',
			stabilityText: 'classe stable sur 9 des 10 tirages',
			pText: '—'
		});
		expect(rows[1]).toMatchObject({
			name: 'b',
			valueText: 'n.d.',
			classLabel: 'Valeur manquante',
			small: true,
			rare: false
		});
		expect(rows[0]!.rare).toBe(true);
		// The detail panel says each flag in words.
		const flags = communeDetail(rows[0]!, variable.label).flags;
		expect(flags).toEqual([
			'Peu de naissances : le taux de natalité analysé ici est calculé sur moins de 20 naissances dans l’année ; le hasard le fait beaucoup varier d’une année à l’autre.'
		]);
		expect(communeDetail(rows[1]!, variable.label).flags[0]).toMatch(/^Petit effectif/);
	});

	it('breaks the index down into contributions that add up to it', () => {
		// a: 1, 3 → z −0,7071, 0,7071; b: 2, 2 → z 0, 0. Index of commune 2 = (2 × 0,7071 + 0) / 3.
		const r = needsIndex([
			{ id: 'a', label: 'A', values: [1, 3], weight: 2, polarity: 1 },
			{ id: 'b', label: 'B', values: [2, 2], weight: 1, polarity: 1 }
		]);
		const parts = breakdownParts(r, [], 1);
		expect(parts.map((p) => p.label)).toEqual(['a', 'b']);
		expect(parts[0]!.value! + parts[1]!.value!).toBeCloseTo(r.index[1]!, 12);
		expect(r.index[1]).toBeCloseTo((2 * Math.SQRT1_2) / 3, 6);
	});
});
