/**
 * What each column of `commune_values.csv` is, for `manifest.json`: which mirror file and
 * original column it comes from and how it was built (so every number can be traced).
 */
import type { SourceId } from '../lib/indicators/sources';

/** One column's provenance. */
export interface ColumnInfo {
	sources: SourceId[];
	/** Original column(s) or the rule used to build the value. */
	from: string;
	/** count: summed over merged communes; published: NULL for merged communes; distance: km. */
	kind: 'count' | 'published' | 'distance';
}

const rp = (from: string): ColumnInfo => ({ sources: ['rp2022'], from, kind: 'count' });
const dist = (sources: SourceId[], what: string): ColumnInfo => ({
	sources: [...sources, 'dila2016', 'contours'],
	from: `distance à vol d’oiseau (km) du point de référence de la commune au plus proche : ${what}`,
	kind: 'distance'
});

/** Provenance of every numeric column, by output name. */
export const COLUMN_DICTIONARY: Record<string, ColumnInfo> = {
	...Object.fromEntries(
		['0014', '1529', '3044', '4559', '6074', '7589', '90P'].map((b) => [
			`rp22_pop${b.toLowerCase()}`,
			rp(`P22_POP${b}`)
		])
	),
	rp22_pop: rp('somme P22_POP0014 + … + P22_POP90P (= population municipale 2022)'),
	rp16_pop: rp('P16_POP'),
	rp11_pop: rp('P11_POP'),
	rp22_coupaenf: rp('C22_COUPAENF'),
	rp22_coupsenf: rp('C22_COUPSENF'),
	rp22_fammono: rp('C22_FAMMONO'),
	...Object.fromEntries(
		['ACT', 'CHOM'].flatMap((v) =>
			['1524', '2554', '5564'].map((a) => [`rp22_${v.toLowerCase()}${a}`, rp(`P22_${v}${a}`)])
		)
	),
	cmp24_naissances_2022: { sources: ['cmp2024'], from: 'naissances_2022 (NAISD22)', kind: 'count' },
	cmp24_pop2021: { sources: ['cmp2024'], from: 'population_2021 (P21_POP)', kind: 'count' },
	filo21_med21: { sources: ['filo2021'], from: 'MED21', kind: 'published' },
	filo21_tp6021: { sources: ['filo2021'], from: 'TP6021', kind: 'published' },
	...Object.fromEntries(
		['2008', '2013', '2018'].map((y) => [
			`neet${y.slice(2)}_part_non_inseres`,
			{
				sources: ['neet2018'],
				from: `part_non_inseres, lignes an = ${y}`,
				kind: 'published'
			} satisfies ColumnInfo
		])
	),
	...Object.fromEntries(
		['P18_LOG', 'P18_LOGVAC', 'P18_RP', 'P18_RP_PROP'].map((c) => [
			`cmp22_${c.toLowerCase()}`,
			{ sources: ['cmp2022'], from: c, kind: 'count' } satisfies ColumnInfo
		])
	),
	bpe19_eaje: { sources: ['bpe2019'], from: 'somme NB_EQUIP où TYPEQU = D502', kind: 'count' },
	educ24_ecoles: {
		sources: ['educ2024'],
		from: 'lignes Type_etablissement = Ecole, hors Type_contrat_prive = HORS CONTRAT',
		kind: 'count'
	},
	educ24_colleges: {
		sources: ['educ2024'],
		from: 'lignes Type_etablissement = Collège, hors Type_contrat_prive = HORS CONTRAT',
		kind: 'count'
	},
	educ24_lycees: {
		sources: ['educ2024'],
		from: 'lignes Type_etablissement = Lycée, hors libelle_nature = SECTION D ENSEIGNEMENT PROFESSIONNEL et hors Type_contrat_prive = HORS CONTRAT',
		kind: 'count'
	},
	qpv_pop: {
		sources: ['qpv2022'],
		from: 'somme POP_MUN des QPV de la commune (LIB_COM)',
		kind: 'count'
	},
	dist_france_services_km: dist(['fs2024'], 'France services'),
	dist_mission_locale_pij_km: dist(
		[],
		'mission locale ou point information jeunesse (DILA mission_locale, cij)'
	),
	dist_lycee_km: dist(['educ2024'], 'lycée (hors SEP et hors contrat)'),
	dist_gare_km: dist(['gares2022'], 'gare voyageurs ouverte')
};
