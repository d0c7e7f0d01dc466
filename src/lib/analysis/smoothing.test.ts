import { describe, expect, it } from 'vitest';
import { empiricalBayesRates } from './smoothing';
import { loadGeoda } from './testing/geoda-node';
import { readAgeCounts, readGardCommunes } from './testing/gard-data';

describe('empiricalBayesRates, computed by hand', () => {
	it('three units: P = 100, 200, 50 and O = 5, 30, 1', () => {
		// θ = 36/350 = 0.1028571; r = 0.05, 0.15, 0.02; P̄ = 350/3.
		// s² = [100(0.05−θ)² + 200(0.15−θ)² + 50(0.02−θ)²] / 350 = 1.067143 / 350 = 0.0030490
		// φ = s² − θ/P̄ = 0.0030490 − 0.0008816 = 0.0021673
		// w = φ / (φ + θ/P): 0.678158, 0.808221, 0.513044
		// EB = w r + (1 − w) θ: 0.0670116, 0.1409589, 0.0603478
		const r = empiricalBayesRates([5, 30, 1], [100, 200, 50], { smallPopulation: 80 });
		expect(r.overallRate).toBeCloseTo(36 / 350, 12);
		expect(r.priorVariance).toBeCloseTo(0.0021673, 6);
		expect(r.shrinkWeight[0]).toBeCloseTo(0.678158, 5);
		expect(r.smoothed[0]).toBeCloseTo(0.0670116, 6);
		expect(r.smoothed[1]).toBeCloseTo(0.1409589, 6);
		expect(r.smoothed[2]).toBeCloseTo(0.0603478, 6);
		expect(r.smallPopulation).toEqual([false, false, true]);
	});

	it('pulls everything to θ when the rates vary less than chance (φ < 0 → 0)', () => {
		// θ = 0.1 and r = 0.1, 0.1 exactly: s² = 0 < θ/P̄, so φ = 0 and w = 0.
		const r = empiricalBayesRates([10, 20], [100, 200]);
		expect(r.priorVariance).toBe(0);
		expect(r.smoothed).toEqual([0.1, 0.1]);
	});

	it('returns null, never 0, when a count is missing or the population is 0', () => {
		const r = empiricalBayesRates([5, null, 3], [100, 50, 0]);
		expect(r.smoothed[1]).toBeNull();
		expect(r.smoothed[2]).toBeNull();
		expect(r.raw[1]).toBeNull();
	});
});

describe('empiricalBayesRates against GeoDa (empiricalBayes)', () => {
	it('equals GeoDa to 1e-12 on the 0–14 share of the 71 Agglo communes', async () => {
		const { core } = await loadGeoda();
		const counts = readAgeCounts();
		const rows = readGardCommunes('agglo').features.map((f) =>
			counts.get(String(f.properties?.code))!
		);
		const young = rows.map((r) => r.young);
		const pop = rows.map((r) => r.population);
		const ref = core.empiricalBayes(pop, young);
		const ours = empiricalBayesRates(young, pop);
		ref.forEach((v, i) => expect(Math.abs(v - ours.smoothed[i]!)).toBeLessThan(1e-12));
	});
});
