import { describe, expect, it } from 'vitest';
import { choroplethStates, stateSwitch } from './expressions';
import { paletteFor } from './palette';

describe('choroplethStates', () => {
	it('gives each territory commune its class colour, and NULL the hatch', () => {
		const states = choroplethStates({
			values: { '30007': 25, '30132': 5, '30094': null, '30189': 12 },
			territory: ['30007', '30132', '30094'],
			breaks: [0, 10, 30],
			colours: ['#light', '#dark'],
			small: ['30132']
		});
		// 25 is in (10, 30] → class 1; 5 in [0, 10] → class 0; null → missing; 30189 is context;
		// 30132's rate rests on a tiny denominator.
		expect(states).toEqual({
			'30007': { fill: '#dark', missing: false, small: false },
			'30132': { fill: '#light', missing: false, small: true },
			'30094': { fill: null, missing: true, small: false }
		});
	});

	it('switches on a feature-state flag', () => {
		expect(stateSwitch('selected', 3)).toEqual([
			'case',
			['boolean', ['feature-state', 'selected'], false],
			3,
			0
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
