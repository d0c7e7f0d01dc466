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

	it('ignores unknown indicators and malformed values', () => {
		const s = queryToSettings(
			new URLSearchParams('indicateurs=inconnu:3&seuil=0.2&graine=-5&vue=3d&permutations=12'),
			indicators
		);
		expect(s).toEqual(defaultSettings(indicators, 'petite_enfance'));
	});
});
