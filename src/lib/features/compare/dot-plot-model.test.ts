/**
 * The dot plot of youth unemployment for Alès (30007) and Saint-Martin-de-Valgalgues (30284),
 * checked by hand against static/data/commune_values.csv (rp22_chom1524 ÷ rp22_act1524):
 * - 71 communes in the territory; Sénéchas (30316) has 0 active young people, so no
 *   rate: 70 dots, 1 left out;
 * - lowest 0 % (30022: 0 of 2.14), highest 100 % (30236: 0.96 of 0.96);
 * - 39 communes have between 0 and 30 active young people: 39 hollow dots;
 * - 30284: 37.078694 ÷ 183.415485 = 20.2157 %, 46 communes above it (counted in the CSV): 47e;
 * - Alès 39.287238 % (see compare-rows.test.ts);
 * - Agglomération 32.816301 %, Gard 28.816589 % (summed counts, snapshot.json).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { snapshotProvider } from '$lib/data/values';
import { indicators } from '$lib/indicators/catalogue';
import type { Snapshot, TerritoryInfo } from '$lib/indicators/types';
import { compareRows } from './compare-rows';
import { dotPlotModel } from './dot-plot-model';

const read = <T>(f: string) => JSON.parse(readFileSync(`static/data/${f}`, 'utf8')) as T;
const provider = snapshotProvider(read<Snapshot>('snapshot.json'));
const { communes } = read<TerritoryInfo>('territory.json');
const refs = { territory: 'CA Alès Agglomération', departement: 'Gard' };
const names = { '30007': 'Alès', '30284': 'Saint-Martin-de-Valgalgues' };

async function rowOf(id: string, selected: string[]) {
	const ind = indicators.find((i) => i.id === id)!;
	const [row] = compareRows(
		[ind],
		selected,
		communes,
		{ [id]: await provider.communeValues(ind) },
		{ [id]: await provider.aggregates(ind) }
	);
	return row!;
}

async function modelOf(id: string, selected: string[]) {
	return dotPlotModel(await rowOf(id, selected), communes, names, refs);
}

describe('dotPlotModel', () => {
	it('places every commune with a value, flags small denominators, marks both references', async () => {
		const m = await modelOf('chomage_15_24', ['30007', '30284']);
		expect(m.points).toHaveLength(70);
		expect(m.missing).toBe(1);
		expect(m.points.find((p) => p.id === '30316')).toBeUndefined();
		expect(m.points.filter((p) => p.small)).toHaveLength(39);
		expect(m.highlights.map((h) => h.id)).toEqual(['30007', '30284']);
		expect(m.marks.map((k) => k.label)).toEqual(['Agglo.', 'Gard']);
		expect(m.marks[0]!.value).toBeCloseTo(32.816301, 6);
		expect(m.marks[1]!.value).toBeCloseTo(28.816589, 6);
		expect(m.summary).toBe(
			'70 communes de l’Agglomération placées selon leur valeur, de 0,0\u00a0% à 100,0\u00a0% ; ' +
				'1 commune sans valeur (n.d.) n’est pas placée ; 39 valeurs reposent sur un petit effectif (cercle vide).'
		);
		expect(m.lines[1]).toBe(
			'Saint-Martin-de-Valgalgues : 20,2\u00a0% (37 sur 183 actifs de 15 à 24 ans), 47e sur 70 communes renseignées'
		);
		expect(m.lines.slice(2)).toEqual([
			'CA Alès Agglomération : 32,8\u00a0% (repère)',
			'Gard : 28,8\u00a0% (repère)'
		]);
	});

	it('draws a birth rate on fewer than 20 births hollow, and says how many (« peu de naissances »)', async () => {
		// comparateur_insee_2024_communes_gard.csv, naissances_2022 of the 71 communes: 58 under 20
		// (Thoiras 0 + Corbès 2 for Thoiras-Corbès, 30329), Alès 20 or more; no commune under 30
		// inhabitants (the smallest has 80), so no « petit effectif ».
		const m = await modelOf('naissances_pour_1000', ['30007', '30329']);
		expect(m.points).toHaveLength(71);
		expect(m.points.filter((p) => p.small)).toHaveLength(58);
		expect(m.points.find((p) => p.id === '30007')!.small).toBe(false);
		expect(m.points.find((p) => p.id === '30329')!.small).toBe(true);
		expect(m.summary).toContain('58 taux reposent sur moins de 20 naissances (cercle vide)');
		expect(m.summary).not.toContain('petit effectif');
	});

	it('counts a commune flagged both ways once, under « petit effectif »', async () => {
		// A made-up case (no commune here has under 30 inhabitants): Thoiras-Corbès's 2 births
		// over 25 inhabitants instead of 591, a tiny denominator and fewer than 20 births.
		const row = await rowOf('naissances_pour_1000', ['30007']);
		const counts = { ...row.values.counts, '30329': [2, 25] as [number, number] };
		const m = dotPlotModel({ ...row, values: { ...row.values, counts } }, communes, names, refs);
		expect(m.points.filter((p) => p.small)).toHaveLength(58);
		expect(m.summary).toContain('1 valeur repose sur un petit effectif (cercle vide)');
		expect(m.summary).toContain('57 taux reposent sur moins de 20 naissances (cercle vide)');
	});

	it('draws no reference for a count (the Agglomération’s total is not a commune value)', async () => {
		const m = await modelOf('population_2022', ['30007']);
		expect(m.marks).toEqual([]);
		expect(m.missing).toBe(0);
		expect(m.lines[1]).toBe(
			'Pas de repère CA Alès Agglomération ni Gard : c’est un effectif, pas un taux.'
		);
	});
});
