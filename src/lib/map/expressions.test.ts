import { describe, expect, it } from 'vitest';
import { choroplethColor, missingFilter } from './expressions';
import { paletteFor } from './palette';

describe('choroplethColor', () => {
	it('maps each territory commune to its class colour and NULL to the missing colour', () => {
		const expr = choroplethColor({
			values: { '30007': 25, '30132': 5, '30094': null },
			territory: ['30007', '30132', '30094'],
			breaks: [0, 10, 30],
			colours: ['#light', '#dark'],
			missing: '#fff'
		});
		// 25 is in (10, 30] → class 1; 5 in [0, 10] → class 0; null → missing
		expect(expr).toEqual([
			'match',
			['get', 'code'],
			'30007',
			'#dark',
			'30132',
			'#light',
			'30094',
			'#fff',
			'#fff'
		]);
	});

	it('selects only NULL communes for the hatch layer', () => {
		expect(missingFilter({ a: 1, b: null }, ['a', 'b', 'c'])).toEqual([
			'in',
			['get', 'code'],
			['literal', ['b', 'c']]
		]);
	});
});

describe('paletteFor', () => {
	it('puts the darkest colour on the greatest need', () => {
		const up = paletteFor(1, 5);
		const down = paletteFor(-1, 5);
		expect(up).toHaveLength(5);
		// ColorBrewer YlOrRd-5 goes from #ffffb2 (light) to #bd0026 (dark)
		expect(up[0]).toBe('#ffffb2');
		expect(up[4]).toBe('#bd0026');
		expect(down[0]).toBe('#bd0026');
		expect(paletteFor(0, 3)).toEqual(['#deebf7', '#9ecae1', '#3182bd']);
	});
});
