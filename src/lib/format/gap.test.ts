import { describe, expect, it } from 'vitest';
import { formatGap, gapOf, shortUnitFor } from './gap';

const RATE = { unit: '%', digits: 1 };

describe('gaps', () => {
	it('is null when a side is missing', () => {
		expect(gapOf(null, 3)).toBeNull();
		expect(gapOf(5, 3)).toBe(2);
	});
	it('speaks in points per year for a yearly rate in %', () => {
		// Population change 2016-2022: Alès 2,00 % par an, the Agglomération 0,88 % par an. A line
		// may break before « par an » only: « point » stays with its number.
		expect(formatGap(gapOf(2.0, 0.88), { unit: '% par an', digits: 2 })).toBe(
			'+1,12\u00a0point par\u00a0an'
		);
		expect(formatGap(gapOf(0.49, 2.5), { unit: '% par an', digits: 2 })).toBe(
			'−2,01\u00a0points par\u00a0an'
		);
	});
	it('speaks in points for a rate in %', () => {
		// 32.8 − 28.8 = 4.0 points (the example).
		expect(formatGap(gapOf(32.8, 28.8), RATE)).toBe('+4,0\u00a0points');
		expect(formatGap(-1200, { unit: '€', digits: 0 })).toBe('−1\u202f200\u00a0€');
		expect(formatGap(null, RATE)).toBe('n.d.');
	});
	it('puts « point » in the singular below 2, judged on the figure shown', () => {
		const cases: [number, string][] = [
			[0.7, '+0,7\u00a0point'],
			[1.5, '+1,5\u00a0point'],
			[-1.9, '−1,9\u00a0point'],
			// 1.96 is shown « 2,0 »: plural, as the reader sees 2.
			[1.96, '+2,0\u00a0points'],
			[2, '+2,0\u00a0points'],
			[-0.01, '0,0\u00a0point']
		];
		for (const [gap, expected] of cases) expect(formatGap(gap, RATE)).toBe(expected);
		expect(formatGap(2, { unit: '%', digits: 0 })).toBe('+2\u00a0points');
	});
	it('shortens a long « pour 1 000 … » unit when asked', () => {
		const unit = { unit: 'pour 1 000 enfants de 0 à 14 ans', digits: 1 };
		// « pour 1 000 » whole, free to start the next line (`unitAfter`).
		expect(formatGap(-12.34, unit)).toBe('−12,3 pour\u00a01 000 enfants de 0 à 14 ans');
		expect(formatGap(-12.34, unit, { short: true })).toBe('−12,3 pour\u00a01 000');
	});

	it('gives a table the short unit for its cells and the whole one for its row header', () => {
		const eaje = { id: 'eaje', unit: 'pour 1\u202f000 enfants de 0 à 14 ans', digits: 1 };
		const { shown, named } = shortUnitFor(eaje);
		expect(shown).toEqual({ id: 'eaje', unit: 'pour 1\u202f000', digits: 1 });
		expect(named).toBe('pour 1\u202f000 enfants de 0 à 14 ans');
		const rate = { unit: '%', digits: 1 };
		expect(shortUnitFor(rate)).toEqual({ shown: rate, named: null });
	});
});
