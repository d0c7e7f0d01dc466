import { describe, expect, it } from 'vitest';
import { slidePageName, slideWhere } from './page-names';

describe('slidePageName', () => {
	it('names every page a slide can open in French, like the header', () => {
		expect(slidePageName('/')).toBe('Carte');
		expect(slidePageName('/diagnostic/')).toBe('Diagnostic');
		expect(slidePageName('/diagnostic')).toBe('Diagnostic');
		expect(slidePageName('/comparer/')).toBe('Comparer');
		expect(slidePageName('/croisements/')).toBe('Croisements');
		expect(slidePageName('/commune/30007/')).toBe('Portrait de commune 30007');
		expect(slidePageName('/commune/2A004/')).toBe('Portrait de commune 2A004');
		expect(slidePageName('/diagnostic/jeunesse/')).toBe('Diagnostic · Jeunesse');
		expect(slidePageName('/diagnostic/tous/')).toBe('Diagnostic · tous les thèmes');
		expect(slidePageName('/donnees/')).toBe('Données');
	});
	it('shows an unknown path as is', () => {
		expect(slidePageName('/autre/')).toBe('/autre/');
	});
});

describe('slideWhere', () => {
	it('says the parameters in words: the indicator by its name, the communes by their codes', () => {
		expect(slideWhere('/comparer/', '?communes=30007%2C30132')).toBe(
			'Comparer · communes 30007, 30132'
		);
		expect(slideWhere('/', '?indicateur=part_15_29&commune=30007&problemes=1')).toBe(
			'Carte · Part des jeunes de 15 à 29 ans · commune 30007 · problématiques'
		);
		expect(slideWhere('/diagnostic/', '?theme=jeunesse')).toBe('Diagnostic · Jeunesse');
		// The map without an indicator shows the default one (chomage_15_24), named as the others.
		expect(slideWhere('/', '')).toBe('Carte · Taux de chômage des 15-24 ans');
		expect(slideWhere('/', '?')).toBe('Carte · Taux de chômage des 15-24 ans');
		expect(slideWhere('/', '?commune=30007')).toBe(
			'Carte · Taux de chômage des 15-24 ans · commune 30007'
		);
		// /croisements' workshop theme by its name, as the page's choice says it.
		expect(slideWhere('/croisements/', '?indicateur=part_0_14&atelier=petite_enfance')).toBe(
			'Croisements · Part des enfants de 0 à 14 ans · ateliers : petite enfance et enfance'
		);
		// Unknown ids and parameters are shown as written, never dropped.
		expect(slideWhere('/', '?indicateur=inconnu&zoom=3')).toBe(
			'Carte · indicateur inconnu · zoom=3'
		);
	});
	it('names the communes once their names are read; a code without a name stays a code', () => {
		const names = { '30007': 'Alès', '30010': 'Anduze' };
		expect(slideWhere('/comparer/', '?communes=30007%2C30010%2C99999', names)).toBe(
			'Comparer · communes Alès, Anduze, 99999'
		);
		expect(slideWhere('/', '?indicateur=part_15_29&commune=30010', names)).toBe(
			'Carte · Part des jeunes de 15 à 29 ans · Anduze'
		);
		expect(slideWhere('/comparer/', '?communes=30007%2C30010', names)).toBe(
			'Comparer · Alès, Anduze'
		);
		expect(slidePageName('/commune/30007/', names)).toBe('Portrait · Alès');
		expect(slidePageName('/commune/30132/', names)).toBe('Portrait de commune 30132');
	});
	it('keeps a malformed escape as stored instead of failing', () => {
		expect(slideWhere('/', '?q=%E0')).toBe('Carte · ?q=%E0');
	});
});
