import { describe, expect, it } from 'vitest';
import { indicators } from '$lib/indicators/catalogue';
import { defaultSettings } from './settings';
import { queryToSettings, settingsToQuery } from './url';

describe('concentrations settings ⇄ URL', () => {
	it('writes nothing for the defaults', () => {
		expect(settingsToQuery(defaultSettings(indicators, 'petite_enfance'), indicators)).toBe('');
	});

	it('round-trips a changed view', () => {
		const s = {
			...defaultSettings(indicators, 'jeunesse'),
			seed: 42,
			alpha: 0.01,
			correction: 'fdr' as const,
			view: 'gi' as const,
			choices: [
				{ id: 'chomage_15_24', weight: 2 },
				{ id: 'part_15_29', weight: 1 }
			]
		};
		const q = settingsToQuery(s, indicators);
		expect(q).toBe(
			'theme=jeunesse&indicateurs=chomage_15_24%3A2%2Cpart_15_29%3A1&vue=gi&graine=42&seuil=0.01&correction=fdr'
		);
		expect(queryToSettings(new URLSearchParams(q), indicators)).toEqual(s);
	});

	it('keeps the counted problem statuses in the link', () => {
		const d = defaultSettings(indicators, 'petite_enfance');
		const all = {
			...d,
			workshopWeight: 2,
			workshopStatuses: ['ecartee' as const, 'nouvelle' as const, 'retenue' as const]
		};
		const q = settingsToQuery(all, indicators);
		// Written in the model's order, so the same choice gives the same link.
		expect(q).toBe('ateliers=2&statuts=nouvelle%2Cretenue%2Cecartee');
		expect(queryToSettings(new URLSearchParams(q), indicators).workshopStatuses).toEqual([
			'nouvelle',
			'retenue',
			'ecartee'
		]);
		// None ticked is a choice too; unknown ids alone fall back to the default.
		const none = queryToSettings(new URLSearchParams('statuts='), indicators);
		expect(none.workshopStatuses).toEqual([]);
		expect(settingsToQuery(none, indicators)).toBe('statuts=');
		const odd = queryToSettings(new URLSearchParams('statuts=rejetees'), indicators);
		expect(odd.workshopStatuses).toEqual(d.workshopStatuses);
	});

	it('ignores unknown indicators and malformed values', () => {
		const s = queryToSettings(
			new URLSearchParams('indicateurs=inconnu:3&seuil=0.2&graine=-5&vue=3d&permutations=12'),
			indicators
		);
		expect(s).toEqual(defaultSettings(indicators, 'petite_enfance'));
	});
});
