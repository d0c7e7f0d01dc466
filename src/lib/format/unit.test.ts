import { describe, expect, it } from 'vitest';
import { indicatorById } from '$lib/indicators/catalogue';
import { formatValue } from './indicator';
import { formatGap } from './gap';
import { unitText } from './unit';

describe('unitText', () => {
	it('a short unit is one block: « € par an », « % par an », « pour 1 000 »', () => {
		expect(unitText('€ par an')).toBe('€\u00a0par\u00a0an');
		expect(unitText('% par an')).toBe('%\u00a0par\u00a0an');
		// The catalogue writes « 1 000 » with a narrow no-break space; the space after « pour » is
		// the one that broke.
		expect(unitText('pour 1\u202f000')).toBe('pour\u00a01\u202f000');
	});

	it('a long unit keeps « pour 1 000 » together and may wrap after it', () => {
		expect(unitText('pour 1\u202f000 enfants de 0 à 14 ans')).toBe(
			'pour\u00a01\u202f000 enfants de 0 à 14 ans'
		);
	});

	it('values and gaps of the catalogue use it', () => {
		const income = indicatorById('niveau_vie_median_2021')!;
		expect(income.unit).toBe('€ par an');
		expect(formatValue(15050, income)).toBe('15\u202f050\u00a0€\u00a0par\u00a0an');
		const schools = indicatorById('ecoles_pour_1000_enfants')!;
		expect(formatGap(-1.5, schools, { short: true })).toMatch(/^−1,5\u00a0pour\u00a01\u202f000$/);
	});
});
