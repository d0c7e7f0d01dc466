import { describe, expect, it } from 'vitest';
import {
	benjaminiHochberg,
	bhAdjusted,
	bonferroni,
	minPermutationsForBonferroni,
	significanceTable
} from './multiple-testing';

// m = 10 p-values, already in increasing order for readability (the functions sort them).
const p = [0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205, 0.212, 0.216];

describe('Benjamini–Hochberg, by hand', () => {
	it('α = 0.05: thresholds k × 0.005; p_(2) = 0.008 ≤ 0.010 is the last pass → 2 significant', () => {
		// k:        1      2      3      4      5      6      7      8      9      10
		// k α / m: 0.005  0.010  0.015  0.020  0.025  0.030  0.035  0.040  0.045  0.050
		// p_(k):   0.001  0.008  0.039  0.041  0.042  0.060  0.074  0.205  0.212  0.216
		// pass:     yes    yes    no     no     no     no     no     no     no     no
		expect(Array.from(benjaminiHochberg(p, 0.05))).toEqual([1, 1, 0, 0, 0, 0, 0, 0, 0, 0]);
	});

	it('step-up: a late pass rescues earlier failures', () => {
		// m = 4, α = 0.05: thresholds 0.0125, 0.025, 0.0375, 0.05.
		// p sorted: 0.02 (fails 0.0125), 0.03 (fails 0.025), 0.035 (passes 0.0375), 0.5 (fails).
		// Largest passing rank is 3 → the three smallest are significant, including 0.02 and 0.03.
		expect(Array.from(benjaminiHochberg([0.5, 0.035, 0.02, 0.03], 0.05))).toEqual([0, 1, 1, 1]);
	});

	it('adjusted p-values: q_(k) = min_{j ≥ k} p_(j) m / j', () => {
		// m = 4, p = [0.01, 0.04, 0.03, 0.5]; sorted 0.01, 0.03, 0.04, 0.5.
		// raw p m / k: 0.04, 0.06, 0.0533…, 0.5 → running min from the top: 0.04, 0.0533…, 0.0533…, 0.5.
		const q = bhAdjusted([0.01, 0.04, 0.03, 0.5]);
		expect(q[0]).toBeCloseTo(0.04, 12);
		expect(q[1]).toBeCloseTo(0.04 * (4 / 3), 12);
		expect(q[2]).toBeCloseTo(0.04 * (4 / 3), 12);
		expect(q[3]).toBeCloseTo(0.5, 12);
	});

	it('ignores NaN (islands, missing values) in m and never flags them', () => {
		// m = 2 real tests: thresholds 0.025, 0.05 → both pass.
		expect(Array.from(benjaminiHochberg([0.02, NaN, 0.04], 0.05))).toEqual([1, 0, 1]);
	});
});

describe('Bonferroni, by hand', () => {
	it('m = 10, α = 0.05 → p ≤ 0.005: only 0.001', () => {
		expect(Array.from(bonferroni(p, 0.05))).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
	});
});

describe('significanceTable', () => {
	it('gives raw, FDR and Bonferroni counts for 0.05, 0.01 and 0.001', () => {
		const t = significanceTable(p);
		expect(t.map((r) => r.alpha)).toEqual([0.05, 0.01, 0.001]);
		// α = 0.05: raw 5 (≤ 0.05), FDR 2, Bonferroni 1.
		expect(t[0]!.counts).toEqual({ raw: 5, fdr: 2, bonferroni: 1 });
		// α = 0.01: raw 2; FDR thresholds k × 0.001: only p_(1) = 0.001 passes; Bonferroni 0.001 → 1.
		expect(t[1]!.counts).toEqual({ raw: 2, fdr: 1, bonferroni: 1 });
		// α = 0.001: raw 1; FDR needs p_(1) ≤ 0.0001 → 0; Bonferroni 0.0001 → 0.
		expect(t[2]!.counts).toEqual({ raw: 1, fdr: 0, bonferroni: 0 });
	});

	it('says how many permutations Bonferroni needs: 71 communes at 0.05 → 1 419', () => {
		// 1/(R + 1) ≤ 0.05/71 ⇔ R ≥ 1420 − 1.
		expect(minPermutationsForBonferroni(71, 0.05)).toBe(1419);
	});
});
