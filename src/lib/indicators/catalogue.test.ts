/** The catalogue is complete, French, consistent with types.ts and free of URLs. */
import { describe, expect, it } from 'vitest';
import { indicatorById, indicators, missingIndicators, themeNotes, themes } from './catalogue';
import { formulaColumns } from '$lib/sql/indicators';
import { SOURCES } from './sources';
import { isUncountedRate } from './reliability';

describe('indicator catalogue', () => {
	it('has unique ids and every required field', () => {
		const ids = indicators.map((i) => i.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const i of indicators) {
			expect(i.label.length).toBeGreaterThan(3);
			expect(i.definition.length).toBeGreaterThan(30);
			expect(i.unit).not.toBe('');
			expect(i.sources.length).toBeGreaterThan(0);
			expect([1, -1, 0]).toContain(i.polarity);
			expect(themes.map((t) => t.id)).toContain(i.theme);
			expect(indicatorById(i.id)).toBe(i);
		}
		expect(indicatorById('nope')).toBeUndefined();
	});

	it('references lower snake case columns only', () => {
		for (const i of indicators) {
			for (const c of formulaColumns(i.formula)) expect(c).toMatch(/^[a-z][a-z0-9_]*$/);
		}
	});

	it('uses known sources', () => {
		const files = new Set(Object.values(SOURCES).map((s) => s.file));
		for (const i of indicators) for (const s of i.sources) expect(files).toContain(s.file);
	});

	it('covers the requested indicators', () => {
		for (const id of [
			'part_0_14',
			'part_15_29',
			'part_75_plus',
			'part_familles_monoparentales',
			'part_couples_avec_enfants',
			'population_2022',
			'naissances_pour_1000',
			'evolution_population_2016_2022',
			'chomage_15_24',
			'jeunes_non_inseres_2018',
			'chomage_15_64',
			'niveau_vie_median_2021',
			'taux_pauvrete_2021',
			'part_logements_vacants',
			'part_proprietaires',
			'eaje_pour_1000_enfants',
			'ecoles_pour_1000_enfants',
			'colleges_pour_1000_enfants',
			'lycees_pour_1000_jeunes',
			'distance_france_services',
			'distance_mission_locale_pij',
			'distance_lycee',
			'distance_gare'
		]) {
			expect(indicatorById(id), id).toBeDefined();
		}
	});

	it('records the youth activity rate as missing rather than faking it', () => {
		expect(missingIndicators.map((m) => m.id)).toContain('taux_activite_15_24');
		expect(indicators.some((i) => i.id.includes('activite'))).toBe(false);
	});

	it('has the nine themes, with notes for themes without indicators', () => {
		expect(themes).toHaveLength(9);
		expect(indicators.some((i) => i.theme === 'vie_associative')).toBe(false);
		expect(themeNotes.vie_associative).toMatch(/RNA/);
		expect(themeNotes.handicap).toMatch(/CAF/);
		expect(themeNotes.handicap).toMatch(/MDPH/);
	});

	it('says which partner file would fill a gap, without promising an import the atlas lacks', () => {
		const texts = [...Object.values(themeNotes), ...missingIndicators.map((m) => m.reason)];
		for (const t of texts) expect(t).not.toMatch(/import/i);
		for (const id of ['vie_associative', 'handicap'] as const) {
			expect(themeNotes[id]).toMatch(/l’atlas ne sait pas encore lire/);
		}
	});

	it('knows the two rates published without their counts', () => {
		// By hand from the source files: the Observatoire des territoires' NEET share and
		// Filosofi's poverty rate come as percentages alone; every other rate is computed here
		// from its counts, and the other published values (a median, distances) are no rates.
		expect(indicators.filter(isUncountedRate).map((i) => i.id)).toEqual([
			'jeunes_non_inseres_2018',
			'taux_pauvrete_2021'
		]);
	});

	it('writes no URL anywhere', () => {
		const text = JSON.stringify({ indicators, missingIndicators, themeNotes, SOURCES });
		// Built from parts so that this test file itself contains no URL scheme.
		expect(text).not.toMatch(new RegExp(['ht', 'tps?:', '//'].join('')));
	});
});

describe('labels that never break inside a number', () => {
	it('« 1 000 » in a label or unit is written with a no-break space (a portrait broke it « 1 / 000 »)', () => {
		const texts = indicators.flatMap((i) => [i.label, i.unit]);
		expect(texts.filter((t) => /\d \d{3}\b/.test(t))).toEqual([]);
		// And the catalogue does have such numbers (the test is not empty).
		expect(texts.filter((t) => /\d\u202f\d{3}\b/.test(t)).length).toBeGreaterThan(4);
	});
});
