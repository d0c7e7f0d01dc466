import { describe, expect, it } from 'vitest';
import type { MoranResult } from '$lib/analysis/moran';
import {
	formatP,
	headlineSentence,
	indexComposition,
	islandsSentence,
	missingNote,
	moranSentence,
	roomHeadline,
	stabilityText
} from './texts';

const base: MoranResult = {
	I: 0.3112,
	expected: -1 / 70,
	pValue: 0.001,
	permutedMean: 0,
	permutedSd: 0.07,
	zScore: 4.2,
	n: 71,
	permutations: 999,
	seed: 1
};

describe('plain-French results', () => {
	it('states Moran as in the issue, French numbers', () => {
		expect(moranSentence(base).replace(/\u202f/g, ' ')).toBe(
			'I de Moran = 0,31 ; p = 0,001 (999 permutations) : les valeurs proches se ressemblent plus que le hasard ne le voudrait.'
		);
		expect(moranSentence({ ...base, pValue: 0.2 })).toContain('pas de structure spatiale nette');
		expect(moranSentence({ ...base, I: -0.3 })).toContain('moins que le hasard');
	});

	it('shows p with the resolution of the permutations', () => {
		expect(formatP(0.0001, 9999)).toBe('0,0001');
		expect(formatP(0.05, 999)).toBe('0,050');
	});

	it('names the islands, or says there are none', () => {
		expect(islandsSentence([])).toContain('Aucune commune sans voisin');
		expect(islandsSentence(['Corbès'])).toContain('1 commune sans voisin (île) : Corbès');
		expect(islandsSentence(['A', 'B'])).toContain('2 communes sans voisin');
	});

	it('says how stable a class is', () => {
		expect(stabilityText(0.9, 10)).toBe('classe stable sur 9 des 10 tirages');
		expect(stabilityText(1, 10)).toBe('classe stable sur les 10 tirages');
	});
});

describe('the headline sentence', () => {
	const base = {
		label: 'Indice de besoins',
		alpha: 0.05,
		correction: 'fdr' as const,
		correctionName: 'taux de fausses découvertes',
		fdr: 0
	};
	it('says when nothing survives the correction, and how many do without it', () => {
		expect(headlineSentence({ ...base, corrected: 0, uncorrected: 12 })).toBe(
			'Aucune concentration significative pour « Indice de besoins » au seuil p ≤ 0,05 après correction des tests multiples (taux de fausses découvertes) ; 12 communes ressortent sans correction, à lire avec prudence.'
		);
	});
	it('counts the communes that do', () => {
		expect(headlineSentence({ ...base, corrected: 1, uncorrected: 5 })).toBe(
			'1 commune appartient à un regroupement significatif pour « Indice de besoins » au seuil p ≤ 0,05 après correction des tests multiples (taux de fausses découvertes) (5 communes sans correction).'
		);
	});
	it('warns when no correction is applied, and says when there is nothing at all', () => {
		expect(
			headlineSentence({ ...base, correction: 'none', corrected: 7, uncorrected: 7 })
		).toContain('7 communes ressortent dans un regroupement');
		expect(
			headlineSentence({ ...base, correction: 'none', corrected: 7, uncorrected: 7 })
		).toContain(': à lire avec prudence.');
	});
	it('without correction, says how many of them the false discovery rate keeps', () => {
		// /concentrations' default (no correction): « 10 communes » was read alone, while none of
		// them survived the correction the diagnostic uses.
		const none = { ...base, correction: 'none' as const };
		expect(headlineSentence({ ...none, corrected: 10, uncorrected: 10, fdr: 0 })).toBe(
			'10 communes ressortent dans un regroupement pour « Indice de besoins » au seuil p ≤ 0,05, sans correction des tests multiples ; aucune ne reste après correction (taux de fausses découvertes) : à lire avec prudence.'
		);
		expect(headlineSentence({ ...none, corrected: 10, uncorrected: 10, fdr: 3 })).toContain(
			'sans correction des tests multiples ; 3 communes restent après correction (taux de fausses découvertes) : à lire avec prudence.'
		);
		expect(headlineSentence({ ...none, corrected: 10, uncorrected: 10, fdr: 1 })).toContain(
			'; 1 commune reste après correction'
		);
		expect(headlineSentence({ ...none, corrected: 4, uncorrected: 4, fdr: 4 })).toContain(
			'; toutes restent après correction'
		);
		expect(headlineSentence({ ...none, corrected: 1, uncorrected: 1, fdr: 1 })).toContain(
			'1 commune ressort dans un regroupement pour « Indice de besoins » au seuil p ≤ 0,05, sans correction des tests multiples ; elle reste après correction'
		);
		expect(headlineSentence({ ...none, corrected: 1, uncorrected: 1, fdr: 0 })).toContain(
			'; elle ne reste pas après correction'
		);
		expect(headlineSentence({ ...base, alpha: 0.001, corrected: 0, uncorrected: 0 })).toBe(
			'Aucune concentration significative pour « Indice de besoins » au seuil p ≤ 0,001, avec ou sans correction des tests multiples.'
		);
	});
});

describe('roomHeadline (the same result for the room, without « p ≤ »)', () => {
	const base = {
		label: 'Indice de besoins',
		alpha: 0.05,
		correction: 'fdr' as 'none' | 'fdr' | 'bonferroni',
		correctionName: 'taux de fausses découvertes',
		fdr: 0
	};
	it('says each case in words, the threshold as a share of communes', () => {
		// alpha 0,05: 1 / 0,05 = 20, « 1 commune sur 20 ».
		expect(roomHeadline({ ...base, correction: 'none', corrected: 12, uncorrected: 12 })).toBe(
			'12 communes ressortent dans un regroupement pour «\u00a0Indice de besoins\u00a0». Chaque commune est testée à part : environ 1 commune sur 20 peut ressortir par hasard ; après le tri des fausses alertes, aucune ne reste. À lire avec prudence.'
		);
		expect(
			roomHeadline({ ...base, correction: 'none', corrected: 12, uncorrected: 12, fdr: 2 })
		).toContain('; après le tri des fausses alertes, 2 communes restent. À lire avec prudence.');
		expect(roomHeadline({ ...base, corrected: 0, uncorrected: 1 })).toBe(
			'Aucun regroupement pour «\u00a0Indice de besoins\u00a0» ne résiste au tri des fausses alertes ; sans ce tri, 1 commune ressort, à lire avec prudence (environ 1 commune sur 20 peut ressortir par hasard).'
		);
		expect(roomHeadline({ ...base, corrected: 1, uncorrected: 5 })).toBe(
			'1 commune appartient à un regroupement pour «\u00a0Indice de besoins\u00a0», même après le tri des fausses alertes (5 communes sans ce tri).'
		);
		// alpha 0,001: 1 / 0,001 = 1 000, written the French way.
		expect(
			roomHeadline({ ...base, alpha: 0.001, correction: 'none', corrected: 3, uncorrected: 3 })
		).toContain('environ 1 commune sur 1\u202f000 peut ressortir par hasard');
		// Nothing stands out: the threshold is not said.
		expect(roomHeadline({ ...base, alpha: 0.001, corrected: 0, uncorrected: 0 })).toBe(
			'Aucun regroupement de communes ne ressort pour «\u00a0Indice de besoins\u00a0».'
		);
	});
	it('never uses the planners’ terms', () => {
		for (const correction of ['none', 'fdr', 'bonferroni'] as const)
			for (const [corrected, uncorrected] of [
				[0, 0],
				[0, 4],
				[3, 4]
			] as const)
				expect(roomHeadline({ ...base, correction, corrected, uncorrected })).not.toMatch(
					/p ≤|tests multiples|significati|FDR|Bonferroni/
				);
	});
});

describe('indexComposition (what the room reads instead of the weights table)', () => {
	const labels = {
		a: { label: 'Part des 15-29 ans', polarity: 1 },
		b: { label: 'Chômage des 15-24 ans', polarity: 1 },
		c: { label: 'Collèges', polarity: -1 }
	};
	it('equal weights: the labels alone, « à poids égaux »; a weight of 0 is left out', () => {
		expect(
			indexComposition(
				[
					{ id: 'a', weight: 1 },
					{ id: 'b', weight: 1 },
					{ id: 'c', weight: 0 }
				],
				labels,
				0
			)
		).toEqual({
			sentence: 'Indice composé de 2 indicateurs, à poids égaux :',
			parts: ['Part des 15-29 ans', 'Chômage des 15-24 ans']
		});
	});
	it('weights that differ are given, in French numbers; a low value that signals the need is said; the workshops are named with theirs', () => {
		expect(
			indexComposition(
				[
					{ id: 'a', weight: 2 },
					{ id: 'c', weight: 0.5 }
				],
				labels,
				1.5
			)
		).toEqual({
			sentence: 'Indice composé de 2 indicateurs et des problématiques des ateliers (poids 1,5) :',
			parts: ['Part des 15-29 ans (poids 2)', 'Collèges (poids 0,5 ; valeur faible = besoin)']
		});
	});
	it('one indicator, no « à poids égaux »; an unknown id shows as itself', () => {
		expect(indexComposition([{ id: 'zz', weight: 3 }], labels, 0)).toEqual({
			sentence: 'Indice composé de 1 indicateur :',
			parts: ['zz']
		});
	});
});

describe('missingNote', () => {
	// Five communes: a and b have every component; c and d miss one, their index rests on the
	// others; e misses one under the rule that excludes it, or all of them: no index.
	const flagged = [false, false, true, true, true];
	it('says whose index rests on the known components, and who is left out', () => {
		expect(missingNote({ flagged, index: [1, 2, 0.5, -1, null] })).toBe(
			'2 communes sans toutes les valeurs : leur indice est calculé sur les indicateurs connus ; ' +
				'1 commune sans toutes les valeurs : exclue de l’indice (« valeur manquante » sur la carte)'
		);
		expect(missingNote({ flagged, index: [1, 2, null, null, null] })).toBe(
			'3 communes sans toutes les valeurs : exclues de l’indice (« valeur manquante » sur la carte)'
		);
		expect(missingNote({ flagged: [false, true], index: [1, 3] })).toBe(
			'1 commune sans toutes les valeurs : son indice est calculé sur les indicateurs connus'
		);
	});
	it('says nothing when no commune misses a component', () => {
		expect(missingNote({ flagged: [false, false], index: [1, null] })).toBe('');
	});
});
