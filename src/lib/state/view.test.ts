import { describe, expect, it } from 'vitest';
import { DEFAULT_INDICATOR, indicatorById, indicators } from '$lib/indicators/catalogue';
import { defaultView, queryToView, viewToQuery } from './view';

const known = {
	indicators: new Set(indicators.map((i) => i.id)),
	communes: new Set(['30007'])
};

describe('view ⇄ URL', () => {
	it('keeps the default view out of the URL', () => {
		expect(viewToQuery(defaultView())).toBe('');
		expect(queryToView(new URLSearchParams(''), known)).toEqual(defaultView());
	});

	it('opens on an indicator of the catalogue', () => {
		expect(indicatorById(DEFAULT_INDICATOR)).toBeDefined();
		expect(defaultView().indicator).toBe(DEFAULT_INDICATOR);
	});

	it('round-trips a full view', () => {
		const v = {
			indicator: 'population_2022',
			method: 'jenks',
			classes: 4,
			commune: '30007',
			problems: true,
			smooth: true
		} as const;
		const q = viewToQuery(v);
		expect(q).toBe(
			'indicateur=population_2022&classes=jenks&n=4&commune=30007&problemes=1&lisse=1'
		);
		expect(queryToView(new URLSearchParams(q), known)).toEqual(v);
	});

	it('reopens every indicator of the catalogue from its link (Population 2022 included)', () => {
		// Issue 7: the page wrote links against the catalogue's first indicator (Population 2022)
		// but read them against another default, so a Population link reopened youth unemployment.
		for (const ind of indicators) {
			const q = viewToQuery(defaultView(ind.id));
			expect(queryToView(new URLSearchParams(q), known).indicator, ind.id).toBe(ind.id);
		}
		expect(viewToQuery(defaultView('population_2022'))).toBe('indicateur=population_2022');
	});

	it('ignores unknown or malformed values instead of breaking the map', () => {
		const v = queryToView(
			new URLSearchParams('indicateur=zzz&classes=magic&n=42&commune=99999'),
			known
		);
		expect(v).toEqual(defaultView());
	});
});
