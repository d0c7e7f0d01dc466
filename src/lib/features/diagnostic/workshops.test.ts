/**
 * The workshop part of a chapter on small fixtures whose answer is worked out by hand, and on
 * the fictional example set (data/problemes-exemple-fictif.csv) for « Jeunesse ».
 */
import { describe, expect, it } from 'vitest';
import { chapterWorkshops, crossingSentence, everyPlace, workshopSentence } from './workshops';

const codes = ['a', 'b', 'c', 'd', 'e', 'f'];
const names = { a: 'Aujac', b: 'Bagard', c: 'Cendras', d: 'Deaux', e: 'Euzet', f: 'Mons' };
const at = (problems: number, weight: number, intensity: number | null) => ({
	problems,
	weight,
	intensity
});

describe('workshopSentence', () => {
	it('names the most cited communes (by weighted mentions) and the whole-territory problems', () => {
		// « Jeunesse » in the example set, leaving out the 3 « écartée » rows (none is Jeunesse):
		// weights La Grand-Combe 11+7+4 = 22 (3 problems), Anduze 12+6 = 18
		// (2), Saint-Jean-du-Gard 12+3 = 15 (2), then 8 more communes; 2 problems (7 and 6) name
		// « tout le territoire ». Here with three of them and a fourth lighter one.
		const counts = {
			byCommune: {
				a: at(3, 22, 1),
				b: at(2, 18, 1),
				c: at(2, 15, 1),
				d: at(1, 5, 1),
				e: at(0, 0, 0)
			},
			whole: { problems: 2, weight: 13 }
		};
		expect(workshopSentence(counts, codes, names)).toBe(
			'Les problématiques de ce thème nomment 4 communes ; les plus citées, en mentions pondérées : ' +
				'Aujac (22 mentions, 3 problématiques), Bagard (18 mentions, 2 problématiques) et ' +
				'Cendras (15 mentions, 2 problématiques) ; 2 problématiques visent tout le territoire.'
		);
	});
	it('ranks by weighted mentions, not by problems, and leaves no commune of a tie out', () => {
		// Deaux has the most problems (4) but fewer mentions (9) than three others; Euzet and Mons
		// tie with Cendras, the third (12 mentions): all three are named, Deaux is not.
		const counts = {
			byCommune: {
				a: at(1, 30, 1),
				b: at(2, 20, 1),
				c: at(2, 12, 1),
				d: at(4, 9, 1),
				e: at(1, 12, 1),
				f: at(3, 12, 1)
			},
			whole: { problems: 0, weight: 0 }
		};
		expect(workshopSentence(counts, codes, names)).toBe(
			'Les problématiques de ce thème nomment 6 communes ; les plus citées, en mentions pondérées : ' +
				'Aujac (30 mentions, 1 problématique), Bagard (20 mentions, 2 problématiques), ' +
				'Cendras (12 mentions, 2 problématiques), Euzet (12 mentions, 1 problématique) et ' +
				'Mons (12 mentions, 3 problématiques).'
		);
	});
	it('says when nothing was raised', () => {
		const none = { byCommune: {}, whole: { problems: 0, weight: 0 } };
		expect(workshopSentence(none, codes, names)).toBe(
			'Les ateliers n’ont soulevé aucune problématique sur ce thème.'
		);
		expect(workshopSentence({ ...none, whole: { problems: 1, weight: 3 } }, codes, names)).toBe(
			'Aucune problématique de ce thème ne nomme une commune ; 1 problématique vise tout le territoire.'
		);
	});
});

describe('crossingSentence (the /croisements quadrants)', () => {
	// Values 1…6: terciles (simple-statistics, 6 values) at (2+3)/2 = 2,5 and (4+5)/2 = 4,5, so
	// e (5) and f (6) are the most marked third. Intensities > 0: b 1, f 2, a 10 → median 2; a
	// (10 > 2) is « beaucoup », in the least marked third: raised but little measured. e has no
	// mention: a silent need. f is cited: measured and raised.
	const values = { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6 };
	const counts = {
		byCommune: { a: at(2, 10, 10), b: at(1, 1, 1), f: at(1, 2, 2) },
		whole: { problems: 0, weight: 0 }
	};
	const ind = { label: 'Taux de chômage', polarity: 1 as const };

	it('names the silent needs and the needs raised but little measured', () => {
		expect(crossingSentence(ind, values, counts, codes, names)).toBe(
			'Taux de chômage : besoin silencieux (tiers le plus marqué, aucune problématique) à Euzet ; ' +
				'besoin exprimé mais peu mesuré (beaucoup de mentions, tiers le moins marqué) à Aujac.'
		);
	});
	it('says « aucune commune » for the reading nobody is in, not « aucun besoin »', () => {
		// Aujac (a) cited once: intensities a 1, b 1, f 2 → median 1; nobody least marked is above
		// it. Euzet (e) is still silent.
		const fewer = { ...counts, byCommune: { ...counts.byCommune, a: at(1, 1, 1) } };
		expect(crossingSentence(ind, values, fewer, codes, names)).toBe(
			'Taux de chômage : besoin silencieux (tiers le plus marqué, aucune problématique) à Euzet ; ' +
				'aucune commune où le besoin est exprimé mais peu mesuré.'
		);
		// Euzet cited once: intensities a 10, b 1, e 1, f 2 → median 1,5; nobody most marked is
		// without a mention. Aujac (10) is still raised but little measured.
		const cited = { ...counts, byCommune: { ...counts.byCommune, e: at(1, 1, 1) } };
		expect(crossingSentence(ind, values, cited, codes, names)).toBe(
			'Taux de chômage : aucune commune en besoin silencieux ; ' +
				'besoin exprimé mais peu mesuré (beaucoup de mentions, tiers le moins marqué) à Aujac.'
		);
	});
	it('names a commune whose value rests on a tiny denominator with « petit effectif »', () => {
		// Euzet (e) is the silent need above; its value is flagged, Aujac's is not.
		expect(crossingSentence(ind, values, counts, codes, names, ['e', 'b'])).toBe(
			'Taux de chômage : besoin silencieux (tiers le plus marqué, aucune problématique) à Euzet (petit effectif) ; ' +
				'besoin exprimé mais peu mesuré (beaucoup de mentions, tiers le moins marqué) à Aujac.'
		);
	});
	it('names a birth rate on fewer than 20 births with « peu de naissances », « petit effectif » first', () => {
		// Euzet (e) as a rare-births commune: flagged « peu de naissances »; flagged both ways, the
		// denominator's flag is the one named (one flag per commune, as on the scatter's hover).
		expect(crossingSentence(ind, values, counts, codes, names, [], ['e'])).toBe(
			'Taux de chômage : besoin silencieux (tiers le plus marqué, aucune problématique) à Euzet (peu de naissances) ; ' +
				'besoin exprimé mais peu mesuré (beaucoup de mentions, tiers le moins marqué) à Aujac.'
		);
		expect(crossingSentence(ind, values, counts, codes, names, ['e'], ['e'])).toContain(
			'à Euzet (petit effectif) ;'
		);
	});
	it('turns the terciles round when a low value signals the need', () => {
		// Polarity −1: a (1) and b (2) are the most marked third; b is cited, a is cited → no silent
		// need; e (5) is now least marked with no mention; nobody is « beaucoup » and least marked.
		expect(crossingSentence({ ...ind, polarity: -1 }, values, counts, codes, names)).toBeNull();
	});
	it('says nothing for an indicator without a direction of need', () => {
		expect(crossingSentence({ ...ind, polarity: 0 }, values, counts, codes, names)).toBeNull();
	});
	it('names two groups, not thirds, when more than a third of the communes share one value', () => {
		// As the EAJE (none in 51 communes of 71): values 0, 0, 0, 0, 0, 2; both tercile cuts (R
		// type 7, positions 5/3 and 10/3 of the sorted values, both between zeros) are 0. Polarity −1: a–e (0) are
		// the most marked group, Mons (2) the least. Intensities > 0: a 2, b 1, f 10 → median 2;
		// Mons (10 > 2) is « beaucoup »; c, d, e have no mention: silent needs.
		const zeros = { a: 0, b: 0, c: 0, d: 0, e: 0, f: 2 };
		const cited = {
			byCommune: { a: at(1, 2, 2), b: at(1, 1, 1), f: at(2, 10, 10) },
			whole: { problems: 0, weight: 0 }
		};
		const eaje = { label: 'Accueil du jeune enfant', polarity: -1 as const };
		expect(crossingSentence(eaje, zeros, cited, codes, names)).toBe(
			'Accueil du jeune enfant : besoin silencieux (groupe le plus marqué, aucune problématique) à Cendras, Deaux et Euzet ; ' +
				'besoin exprimé mais peu mesuré (beaucoup de mentions, groupe le moins marqué) à Mons.'
		);
	});
	it('counts the communes without a collège, and says they lack nothing, instead of naming them', () => {
		// The same values and mentions as the EAJE above, for an equipment that serves a sector: c,
		// d and e (0, no mention) are not named; Mons is still raised but little measured.
		const zeros = { a: 0, b: 0, c: 0, d: 0, e: 0, f: 2 };
		const cited = {
			byCommune: { a: at(1, 2, 2), b: at(1, 1, 1), f: at(2, 10, 10) },
			whole: { problems: 0, weight: 0 }
		};
		const colleges = {
			label: 'Collèges pour 1 000 enfants',
			polarity: -1 as const,
			servesSector: {
				without: 'sans collège',
				why: 'un collège accueille les élèves de tout un secteur'
			}
		};
		expect(crossingSentence(colleges, zeros, cited, codes, names)).toBe(
			'Collèges pour 1 000 enfants : aucun besoin silencieux lu ici (3 communes sans collège ne sont ' +
				'nommées par aucune problématique, mais un collège accueille les élèves de tout un secteur : ' +
				'ce n’est pas en soi un manque) ; besoin exprimé mais peu mesuré (beaucoup de mentions, ' +
				'groupe le moins marqué) à Mons.'
		);
	});
	it('gathers the chapter: summary, then one sentence per indicator that has something', () => {
		const part = chapterWorkshops(
			[ind, { ...ind, polarity: 0 }],
			() => values,
			counts,
			codes,
			names
		);
		expect(part.crossings).toHaveLength(1);
		expect(part.summary).toContain('nomment 3 communes');
	});
});

describe('everyPlace', () => {
	it('lists every name in French order, up to a limit', () => {
		expect(everyPlace(['Mons', 'Aujac'])).toBe('Aujac et Mons');
		expect(everyPlace(['Mons', 'Aujac', 'Euzet'], 2)).toBe('Aujac, Euzet et 1 autre commune');
	});
});
