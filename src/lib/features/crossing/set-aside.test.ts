/** The /croisements option's label: « peu de naissances » set aside too for a birth rate. */
import { describe, expect, it } from 'vitest';
import { indicators } from '$lib/indicators/catalogue';
import { RARE_EVENTS_RULE, SMALL_DENOMINATOR_RULE } from '$lib/indicators/reliability';
import { setAsideText } from './set-aside';

const births = indicators.find((i) => i.id === 'naissances_pour_1000')!;
const unemployment = indicators.find((i) => i.id === 'chomage_15_24')!;

describe('setAsideText', () => {
	it('a birth rate: « petit effectif » or « peu de naissances », with both rules', () => {
		const t = setAsideText(births, 58);
		expect(t.label).toBe(
			'Écarter les communes « petit effectif » ou « peu de naissances » (58) : taux calculé sur ' +
				'moins de 30 personnes, familles ou logements, ou sur moins de 20 naissances'
		);
		expect(t.title).toBe(`${SMALL_DENOMINATOR_RULE} ${RARE_EVENTS_RULE}`);
	});

	it('another rate: « petit effectif » alone; no count before the crossing is computed', () => {
		const t = setAsideText(unemployment, null);
		expect(t.label).toBe(
			'Écarter les communes « petit effectif » : taux calculé sur moins de 30 personnes, familles ou logements'
		);
		expect(t.title).toBe(SMALL_DENOMINATOR_RULE);
	});
});
