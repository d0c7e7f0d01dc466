import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { indicatorById } from '$lib/indicators/catalogue';
import type { ValueDetail } from '$lib/indicators/types';
import IndicatorValue from './IndicatorValue.svelte';

const youth = indicatorById('chomage_15_24')!;
const detail = (d: Partial<ValueDetail>): ValueDetail => ({
	value: null,
	numerator: null,
	denominator: null,
	missing: null,
	...d
});

describe('IndicatorValue', () => {
	it('shows a tiny denominator with its counts and the « petit effectif » flag', () => {
		// Bonnevaux: 2 unemployed out of 2 active people aged 15–24, i.e. 100 %.
		const { container } = render(IndicatorValue, {
			detail: detail({ value: 100, numerator: 2, denominator: 2 }),
			indicator: youth
		});
		expect(container.querySelector('[data-part="value"]')?.textContent).toBe('100,0\u00a0%');
		expect(container.querySelector('[data-flag="small"]')?.textContent).toBe('petit effectif');
		expect(container.querySelector('[data-part="counts"]')?.textContent).toContain(
			'2 sur 2 actifs de 15 à 24 ans'
		);
	});

	it('shows no flag from 30 in the denominator', () => {
		const { container } = render(IndicatorValue, {
			detail: detail({ value: 25, numerator: 10, denominator: 40 }),
			indicator: youth
		});
		expect(container.querySelector('[data-part="value"]')?.textContent).toBe('25,0\u00a0%');
		expect(container.querySelector('[data-flag]')).toBeNull();
	});

	it('flags a birth rate on fewer than 20 births « peu de naissances », from 20 on not', () => {
		// data/sources/gard/comparateur_insee_2024_communes_gard.csv: Soustelle 30323, 3 births in
		// 2022 for 121 inhabitants in 2021: 3 / 121 × 1 000 = 24,79 ‰.
		const births = indicatorById('naissances_pour_1000')!;
		const { container } = render(IndicatorValue, {
			detail: detail({ value: 24.793, numerator: 3, denominator: 121 }),
			indicator: births
		});
		expect(container.querySelector('[data-part="value"]')?.textContent).toBe('24,8\u00a0‰');
		const flag = container.querySelector('[data-flag="rare"]');
		expect(flag?.textContent).toBe('peu de naissances');
		expect(flag?.getAttribute('title')).toMatch(/moins de 20 naissances/);
		// 121 inhabitants: not a tiny denominator.
		expect(container.querySelector('[data-flag="small"]')).toBeNull();
		// Bagard 30027: 20 births for 2 577 inhabitants, 7,76 ‰: no flag.
		const bagard = render(IndicatorValue, {
			detail: detail({ value: 7.761, numerator: 20, denominator: 2577 }),
			indicator: births
		});
		expect(bagard.container.querySelector('[data-flag]')).toBeNull();
		// 3 unemployed young people of 40 active: a count of people, not of yearly events.
		const youth3 = render(IndicatorValue, {
			detail: detail({ value: 7.5, numerator: 3, denominator: 40 }),
			indicator: youth
		});
		expect(youth3.container.querySelector('[data-flag]')).toBeNull();
	});

	it('shows a missing value as « n.d. » with its reason and explanation, never as 0', () => {
		const { container } = render(IndicatorValue, {
			detail: detail({ missing: 'secret' }),
			indicator: youth
		});
		const nd = container.querySelector('[data-missing="secret"]');
		expect(nd?.textContent).toBe('n.d. (secret statistique)');
		expect(nd?.getAttribute('title')).toMatch(/confidentialité des personnes/);
		expect(container.textContent).not.toMatch(/\b0\b/);
	});

	it('says a rate is published without its counts, where another shows them', () => {
		// Bonnevaux, young people not in work or training in 2018: « 0.00 », and no head count.
		const { container } = render(IndicatorValue, {
			detail: detail({ value: 0 }),
			indicator: indicatorById('jeunes_non_inseres_2018')!
		});
		expect(container.querySelector('[data-part="value"]')?.textContent).toBe('0,0\u00a0%');
		const note = container.querySelector('[data-part="uncounted"]');
		expect(note?.textContent).toBe('effectifs non publiés');
		expect(note?.getAttribute('title')).toMatch(/publié sans ses effectifs.*moins de 30 habitants/);
		expect(container.querySelector('[data-flag="small"]')).toBeNull();
	});

	it('flags it in a commune of 5 inhabitants aged 15–29, with that count beside it', () => {
		// Bonnevaux 30044: NEET 2018 « 0.00 »; P22_POP1529 = 5.0 (RP 2022).
		const { container } = render(IndicatorValue, {
			detail: detail({ value: 0, population: 5 }),
			indicator: indicatorById('jeunes_non_inseres_2018')!
		});
		const flag = container.querySelector('[data-flag="small"]');
		expect(flag?.textContent).toBe('petit effectif');
		expect(flag?.getAttribute('title')).toMatch(/moins de 30 habitants de 15 à 29 ans/);
		// The markup's French spacing keeps « ; » on its line (a no-break space before it).
		expect(container.querySelector('[data-part="uncounted"]')?.textContent).toBe(
			'effectifs non publiés\u00a0; 5 habitants de 15 à 29 ans, RP 2022'
		);
	});

	it('leaves the counts out when asked', () => {
		const { container } = render(IndicatorValue, {
			detail: detail({ value: 100, numerator: 2, denominator: 2 }),
			indicator: youth,
			counts: false
		});
		expect(container.querySelector('[data-part="counts"]')).toBeNull();
	});
});
