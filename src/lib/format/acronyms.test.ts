import { describe, expect, it } from 'vitest';
import { ACRONYMS, withAcronyms } from './acronyms';
import { indicators } from '$lib/indicators/catalogue';

describe('withAcronyms', () => {
	it('writes out the acronyms of a source line, and gives the text back whole', () => {
		const parts = withAcronyms('RP 2018 (comparateur 2022)');
		expect(parts).toEqual([
			{ text: 'RP', title: 'recensement de la population de l’Insee' },
			{ text: ' 2018 (comparateur 2022)' }
		]);
		const line = 'ANCT, Observatoire des territoires (d’après Insee RP)';
		const cut = withAcronyms(line);
		expect(cut.map((p) => p.text).join('')).toBe(line);
		expect(cut.filter((p) => p.title).map((p) => p.text)).toEqual(['ANCT', 'Insee', 'RP']);
	});

	it('leaves words that only contain an acronym alone', () => {
		// « RPG », « CAFé », « IRIS2 » are not RP, CAF or IRIS; lower case « rp » is not either.
		expect(withAcronyms('RPG CAFé IRIS2 rp')).toEqual([{ text: 'RPG CAFé IRIS2 rp' }]);
		expect(withAcronyms('')).toEqual([{ text: '' }]);
	});

	it('writes its hover texts as French typography asks', () => {
		// The build's typography step does not reach attributes: a no-break space before « : »
		// and « ; » and inside « », as in the pages' text.
		const titles = withAcronyms(Object.keys(ACRONYMS).join(' ')).flatMap((p) => p.title ?? []);
		expect(titles).toHaveLength(Object.keys(ACRONYMS).length);
		for (const t of titles) expect(t).not.toMatch(/ [:;?!]|« | »/);
		expect(withAcronyms('BPE')[0]!.title).toBe(
			'base permanente des équipements de l’Insee\u00a0: écoles, crèches, services, commerces…'
		);
	});

	it('knows every acronym of the catalogue’s sources', () => {
		// What the indicators show under their values: producers and vintages.
		const shown = indicators.flatMap((i) => i.sources.flatMap((s) => [s.producer, s.vintage]));
		const acronyms = new Set(shown.flatMap((t) => t.match(/\b[A-Z]{2,}\b/g) ?? []));
		for (const a of acronyms) expect(ACRONYMS, a).toHaveProperty(a);
	});
});
