import { describe, expect, it } from 'vitest';
import { empiricalBayesRates } from '$lib/analysis/smoothing';
import { indicatorById } from '$lib/indicators/catalogue';
import { ebInputs, isSmoothable, parseCommuneValues } from './eb-inputs';

const CSV = `code,nom,in_territory,rp22_chom1524,rp22_act1524,rp22_pop
30007,Alès,1,761.968,1939.481,45025
30132,"Grand-Combe, La",1,54.354,187.454,4800
30999,Secret,1,,12,80
`;

describe('empirical Bayes inputs from the formula columns', () => {
	const rows = parseCommuneValues(CSV);

	it('parses the CSV, quoted names included, empty cells as NULL', () => {
		expect(rows['30132']!.rp22_act1524).toBeCloseTo(187.454, 6);
		expect(rows['30999']!.rp22_chom1524).toBeNull();
		expect(rows['30999']!.rp22_act1524).toBe(12);
	});

	it('sums numerator and denominator columns of a ratio indicator', () => {
		const ind = indicatorById('chomage_15_24')!;
		expect(isSmoothable(ind)).toBe(true);
		const eb = ebInputs(ind, rows, ['30007', '30132', '30999', '30000'])!;
		expect(eb.scale).toBe(100);
		expect(eb.events).toEqual([761.968, 54.354, null, null]);
		expect(eb.population).toEqual([1939.481, 187.454, 12, null]);
		// Raw rate of Alès, as checked in the map tests: 761,968 / 1 939,481 = 39,287 %.
		const r = empiricalBayesRates(eb.events, eb.population);
		expect(r.raw[0]! * eb.scale).toBeCloseTo(39.287, 3);
		// Overall rate from summed counts: (761,968 + 54,354) / (1 939,481 + 187,454) = 38,380 %.
		expect(r.overallRate * 100).toBeCloseTo(38.38, 2);
	});

	it('sums several columns (unemployment 15-64)', () => {
		const ind = indicatorById('chomage_15_64')!;
		const csv = `code,rp22_chom1524,rp22_chom2554,rp22_chom5564,rp22_act1524,rp22_act2554,rp22_act5564\n1,1,2,3,10,20,30\n`;
		const eb = ebInputs(ind, parseCommuneValues(csv), ['1'])!;
		expect(eb.events).toEqual([6]);
		expect(eb.population).toEqual([60]);
	});

	it('refuses indicators that are not ratios of counts', () => {
		const median = indicatorById('niveau_vie_median_2021')!;
		expect(isSmoothable(median)).toBe(false);
		expect(ebInputs(median, rows, ['30007'])).toBeNull();
	});
});
