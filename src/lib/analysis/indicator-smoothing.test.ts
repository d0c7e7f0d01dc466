import { describe, expect, it } from 'vitest';
import { indicatorById } from '$lib/indicators/catalogue';
import { isSmoothable, smoothIndicator } from './indicator-smoothing';

// Counts as the indicator SQL returns them (numerator, denominator): Alès and La Grand-Combe
// from the census file (P22_CHOM1524, P22_ACT1524), a secret commune, and one absent.
const counts = {
	'30007': [761.968, 1939.481] as [number, number],
	'30132': [54.354, 187.454] as [number, number],
	'30999': [null, 12] as [null, number]
};

describe('smoothIndicator', () => {
	it('smooths a ratio indicator from its counts, in the indicator unit', () => {
		const ind = indicatorById('chomage_15_24')!;
		expect(isSmoothable(ind)).toBe(true);
		const s = smoothIndicator(ind, { counts }, ['30007', '30132', '30999', '30000'])!;
		// Raw rate of Alès by hand: 761,968 / 1 939,481 = 0,39287 → 39,287 % once scaled.
		expect(s.smoothing.raw[0]! * 100).toBeCloseTo(39.287, 3);
		// A secret numerator or an absent commune stays NULL, never 0.
		expect(s.values[2]).toBeNull();
		expect(s.values[3]).toBeNull();
		// θ = (761,968 + 54,354) / (1 939,481 + 187,454) = 816,322 / 2 126,935 = 0,38380.
		expect(s.smoothing.overallRate).toBeCloseTo(0.3838, 4);
		// Each smoothed rate lies between its raw rate and θ.
		const lo = Math.min(s.smoothing.raw[1]!, 0.3838) * 100;
		const hi = Math.max(s.smoothing.raw[1]!, 0.3838) * 100;
		expect(s.values[1]!).toBeGreaterThanOrEqual(lo - 1e-9);
		expect(s.values[1]!).toBeLessThanOrEqual(hi + 1e-9);
	});

	it('refuses an indicator that is not a ratio of counts', () => {
		const ind = indicatorById('niveau_vie_median_2021')!;
		expect(isSmoothable(ind)).toBe(false);
		expect(smoothIndicator(ind, { counts: {} }, ['30007'])).toBeNull();
	});
});
