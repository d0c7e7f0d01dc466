import { describe, expect, it } from 'vitest';
import { indicatorById } from '$lib/indicators/catalogue';
import { formatValue } from './indicator';
import { formatGap } from './gap';
import { unitAfter } from './unit';

describe('unitAfter', () => {
	it('a unit of measure stays with its number', () => {
		expect(unitAfter('points')).toBe('\u00a0points');
		expect(unitAfter('point')).toBe('\u00a0point');
		expect(unitAfter('%')).toBe('\u00a0%');
		expect(unitAfter('‰')).toBe('\u00a0‰');
		expect(unitAfter('km')).toBe('\u00a0km');
		expect(unitAfter('')).toBe('');
	});

	it('what a count counts may go to the next line', () => {
		expect(unitAfter('habitants')).toBe(' habitants');
		// « 764 010 » then « habitants » where the column is narrow; the number never splits.
		expect(formatValue(764010, indicatorById('population_2022')!)).toBe('764\u202f010 habitants');
	});

	it('a symbol and its words: the symbol with the number, the words together', () => {
		expect(unitAfter('€ par an')).toBe('\u00a0€ par\u00a0an');
		expect(unitAfter('% par an')).toBe('\u00a0% par\u00a0an');
	});

	it('« pour 1 000 » stays whole and may start the next line', () => {
		// The catalogue writes « 1 000 » with a narrow no-break space or a plain one.
		expect(unitAfter('pour 1\u202f000')).toBe(' pour\u00a01\u202f000');
		expect(unitAfter('pour 1 000 habitants')).toBe(' pour\u00a01 000 habitants');
		expect(unitAfter('pour 1\u202f000 enfants de 0 à 14 ans')).toBe(
			' pour\u00a01\u202f000 enfants de 0 à 14 ans'
		);
	});

	it('values and gaps of the catalogue use it', () => {
		const income = indicatorById('niveau_vie_median_2021')!;
		expect(income.unit).toBe('€ par an');
		expect(formatValue(15050, income)).toBe('15\u202f050\u00a0€ par\u00a0an');
		const schools = indicatorById('ecoles_pour_1000_enfants')!;
		expect(formatGap(-1.5, schools, { short: true })).toBe('−1,5 pour\u00a01\u202f000');
		expect(formatValue(2.39, { ...schools, digits: 2 })).toBe(
			'2,39 pour\u00a01\u202f000 enfants de 0 à 14 ans'
		);
	});
});
