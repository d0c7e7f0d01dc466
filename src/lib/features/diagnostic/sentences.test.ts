/**
 * The « Jeunesse » chapter, checked against data/sources/gard/dossier_complet_extrait_rp2022_communes_gard.csv
 * (the 71 communes of territory.json for the Agglomération, all 350 rows for the Gard):
 *
 * Taux de chômage des 15-24 ans = P22_CHOM1524 / P22_ACT1524, counts summed first:
 *   Agglomération 1 719,473 / 5 239,692 = 32,816 % → « 32,8 % »;
 *   Gard 9 520,757 / 33 039,153 = 28,817 % → « 28,8 % »; gap 32,816 − 28,817 = 3,999 → « 4,0 points ».
 *   Lowest: 0 chômeur in Aujac (2,14 actifs), Martignargues (7,33), Sainte-Croix-de-Caderle (0,94)
 *   and Vabres (3,04) → « 0,0 % (Aujac, Martignargues et 2 autres communes) ».
 *   Highest: Bonnevaux 2 / 2 and Saint-Bonnet-de-Salendrinque 0,961 / 0,961 → « 100,0 % ».
 *   Spread 100 − 0 → « 100,0 points »; those extremes rest on fewer than 30 actifs → caveat.
 *   Sénéchas has P22_ACT1524 = 0: no rate (dénominateur nul) → « 1 commune sans valeur ».
 * Part des jeunes de 15 à 29 ans = P22_POP1529 / (the seven P22_POP bands):
 *   Agglomération 19 687,3 / 135 747 = 14,503 % → « 14,5 % »;
 *   Gard 116 398,9 / 764 010 = 15,235 % → « 15,2 % »; gap 14,503 − 15,235 = −0,732 → « 0,7 point » (singular below 2).
 */
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { indicators } from '$lib/indicators/catalogue';
import { missingIndicators } from '$lib/indicators/missing';
import type { Snapshot, TerritoryInfo } from '$lib/indicators/types';
import { buildChapter } from './chapter';
import { diagnosticMarkdown } from './markdown';
import { placesText } from './sentences';

const read = <T>(name: string) => JSON.parse(readFileSync(`static/data/${name}`, 'utf8')) as T;
const territory = read<TerritoryInfo>('territory.json');
const communes = read<FeatureCollection>('communes.geojson');
const names = Object.fromEntries(
	communes.features.map((f) => [f.properties!.code as string, f.properties!.nom as string])
);
const theme = {
	id: 'jeunesse' as const,
	label: 'Jeunesse',
	missing: missingIndicators.filter((m) => m.theme === 'jeunesse')
};
const chapter = buildChapter(theme, indicators, {
	snapshot: read<Snapshot>('snapshot.json'),
	territory: territory.communes,
	names,
	departementName: 'Gard'
});
const text = (id: string) => chapter.sentences.find((s) => s.indicator === id)?.text;

describe('diagnostic sentences (Jeunesse)', () => {
	it('writes youth unemployment against the Gard, with its extremes and the small-number caveat', () => {
		expect(text('chomage_15_24')).toBe(
			'Taux de chômage des 15-24 ans : l’Agglomération (32,8\u00a0%) dépasse le Gard (28,8\u00a0%) ' +
				'de 4,0\u00a0points ; selon les communes, la valeur va de 0,0\u00a0% (Aujac, Martignargues ' +
				'et 2 autres communes) à 100,0\u00a0% (Bonnevaux et Saint-Bonnet-de-Salendrinque), soit un ' +
				'écart de 100,0\u00a0points, mais des valeurs extrêmes portent sur moins de 30 actifs de 15 ' +
				'à 24 ans (1 commune sans valeur).'
		);
	});

	it('flags the young people’s share (published without counts) by the communes’ 15–29 year olds', () => {
		// jeunes_non_inseres_communes_gard.csv, 2018 rows of the 71 communes: lowest 0.00 in
		// Bonnevaux, Sénéchas and Vabres, whose P22_POP1529 (RP 2022) are 5,0, 7,8 and 9,1; highest
		// 42.20 in Chamborigaud (65,2). Thoiras-Corbès merged 30329 (13.90) and 30094 (16.70): no
		// value. No Agglomération or Gard value: the rate comes without its counts.
		expect(text('jeunes_non_inseres_2018')).toBe(
			'Part des jeunes non insérés (15-24 ans), 2018 : l’Agglomération : n.d. (pas de valeur ' +
				'd’ensemble) ; le Gard : n.d. (pas de valeur d’ensemble) ; selon les communes, la valeur ' +
				'va de 0,0\u00a0% (Bonnevaux, Sénéchas et 1 autre commune) à 42,2\u00a0% (Chamborigaud), ' +
				'soit un écart de 42,2\u00a0points, mais des valeurs extrêmes sont celles de communes ' +
				'comptant moins de 30 habitants de 15 à 29 ans selon le RP 2022 (1 commune sans valeur).'
		);
	});

	it('says « en dessous » when the Agglomération is lower', () => {
		expect(text('part_15_29')).toMatch(
			/^Part des jeunes de 15 à 29 ans : l’Agglomération \(14,5\u00a0%\) est en dessous du Gard \(15,2\u00a0%\) de 0,7\u00a0point ; /
		);
	});

	it('gives each sentence its source and vintage', () => {
		const s = chapter.sentences.find((x) => x.indicator === 'chomage_15_24');
		expect(s?.source).toContain('RP 2022');
	});

	it('lists what open data cannot measure', () => {
		expect(chapter.missing.map((m) => m.id)).toEqual(['taux_activite_15_24']);
	});

	it('exports the same sentences as Markdown, the theme named once', () => {
		const md = diagnosticMarkdown([chapter], { territoryName: 'X', date: '1 décembre 2026' });
		expect(md).toContain(text('chomage_15_24'));
		expect(md).toContain('# Diagnostic partagé — Jeunesse\n');
		expect(md).not.toContain('## Jeunesse');
		expect(md).toContain('## Indicateurs clés');
		expect(md).toContain('Taux d’activité des 15-24 ans');
		// The workshops are counted in the browser: without them, the section says so.
		expect(md).toContain('## Ce que les ateliers ont soulevé\n\n_Non compté');
	});

	it('exports where needs concentrate and what the workshops raised, labelled « exemple fictif »', () => {
		const withParts = {
			...chapter,
			concentration: {
				components: ['A', 'B'],
				headline: 'Titre des concentrations.',
				clusters: 'Regroupements.',
				caveats: [{ title: 'Tests multiples', text: 'prudence.' }]
			}
		};
		const md = diagnosticMarkdown(
			[withParts, { ...withParts, theme: 'familles', label: 'Familles' }],
			{
				territoryName: 'X',
				date: '1 décembre 2026',
				example: true,
				workshops: { jeunesse: { summary: 'Résumé.', crossings: ['Silence à Aujac.'] } }
			}
		);
		expect(md).toContain('## Jeunesse\n\n### Indicateurs clés');
		expect(md).toContain(
			'### Où les besoins se concentrent\n\nTitre des concentrations.\n\nIndice de besoins : A ; B.\n\nRegroupements.\n\n- **Tests multiples** : prudence.'
		);
		expect(md).toContain(
			'### Ce que les ateliers ont soulevé\n\n**Exemple fictif** : problématiques d’exemple livrées avec l’atlas.\n\nRésumé.\n\n#### Besoins silencieux\n\n- Silence à Aujac.'
		);
		// « Familles » was not counted: its section says so rather than showing nothing.
		expect(md.split('_Non compté').length).toBe(2);
	});

	it('says how many stored problems are marked « exemple fictif » among the user’s own', () => {
		const md = diagnosticMarkdown([chapter], {
			territoryName: 'X',
			date: '1 décembre 2026',
			fictionalStored: 2,
			workshops: { jeunesse: { summary: 'Résumé.', crossings: [] } }
		});
		expect(md).toContain(
			'## Ce que les ateliers ont soulevé\n\n**Exemple fictif** : 2 problématiques enregistrées dans ce navigateur sont marquées « exemple fictif » et comptées avec les autres : supprimez-les dans « Ateliers » pour ne compter que celles des forums.\n\nRésumé.'
		);
	});
});

describe('diagnostic sentences (Petite enfance)', () => {
	it('says when extreme birth rates rest on fewer than 20 births', () => {
		// data/sources/gard/comparateur_insee_2024_communes_gard.csv, naissances_2022 over
		// population_2021, Corbès (30094: 2 births, 149 inhabitants) added to Thoiras-Corbès:
		// Agglomération 1 147 / 134 056 = 8,556 ‰ → « 8,6 ‰ »; Gard (351 rows) 7 422 / 756 543 =
		// 9,810 ‰ → « 9,8 ‰ »; gap −1,254 → « 1,3 ‰ ». No birth in Aujac (168 inhabitants),
		// Lamelouze, Portes, Saint-Paul-la-Coste, Sainte-Croix-de-Caderle and Sénéchas; Soustelle
		// 3 / 121 = 24,79 ‰ → « 24,8 ‰ ». Every denominator is over 30: no small-number caveat, but
		// both ends rest on fewer than 20 births (0 and 3).
		const early = buildChapter(
			{
				id: 'petite_enfance',
				label: 'Petite enfance et enfance',
				missing: missingIndicators.filter((m) => m.theme === 'petite_enfance')
			},
			indicators,
			{
				snapshot: read<Snapshot>('snapshot.json'),
				territory: territory.communes,
				names,
				departementName: 'Gard'
			}
		);
		expect(early.sentences.find((x) => x.indicator === 'naissances_pour_1000')?.text).toBe(
			'Naissances pour 1\u202f000 habitants : l’Agglomération (8,6\u00a0‰) est en dessous du Gard ' +
				'(9,8\u00a0‰) de 1,3\u00a0‰ ; selon les communes, la valeur va de 0,0\u00a0‰ (Aujac, ' +
				'Lamelouze et 4 autres communes) à 24,8\u00a0‰ (Soustelle), soit un écart de 24,8\u00a0‰, ' +
				'mais des valeurs extrêmes reposent sur moins de 20 naissances : quelques-unes de plus ou ' +
				'de moins les changent beaucoup.'
		);
		// Counts of people, not of events: no such clause (part des 0-14 ans).
		expect(early.sentences.find((x) => x.indicator === 'part_0_14')?.text).not.toContain(
			'reposent sur'
		);
	});
});

describe('placesText', () => {
	it('names one or two places, and counts the others', () => {
		expect(placesText(['Vabres'])).toBe('Vabres');
		expect(placesText(['Vabres', 'Aujac'])).toBe('Aujac et Vabres');
		expect(placesText(['Vabres', 'Aujac', 'Soustelle'])).toBe(
			'Aujac, Soustelle et 1 autre commune'
		);
	});
});
