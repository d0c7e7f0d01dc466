/**
 * « Où les besoins se concentrent »: the /concentrations functions with a LISA result fixed by
 * hand, so that the counts with and without correction can be worked out here.
 *
 * 71 communes (territory.json). p-values: Alès 0,0001, Anduze 0,01, Aujac 0,04 (quadrant
 * « élevé-élevé »), Bagard 0,02 (quadrant « faible-faible »), every other 1.
 * Without correction (p ≤ 0,05): 4 communes in a significant cluster, 3 of them high-high.
 * Benjamini–Hochberg over 71 tests: the k-th smallest p passes when p ≤ k × 0,05 / 71:
 *   k = 1: 0,0001 ≤ 0,000704 → passes; k = 2: 0,01 > 0,001408; k = 3: 0,02 > 0,002113;
 *   k = 4: 0,04 > 0,002817 → only Alès stays: 1 commune after correction.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ClusterClass } from '$lib/analysis/clusters';
import type { LisaResult } from '$lib/analysis/lisa';
import type { SpatialWeights } from '$lib/analysis/weights';
import type { StatsInput } from '$lib/features/concentrations/run-stats';
import { indicators } from '$lib/indicators/catalogue';
import type { Snapshot, TerritoryInfo } from '$lib/indicators/types';
import { clustersSentence, themeConcentration } from './concentration';

const read = <T>(name: string) => JSON.parse(readFileSync(`static/data/${name}`, 'utf8')) as T;
const territory = read<TerritoryInfo>('territory.json');
const snapshot = read<Snapshot>('snapshot.json');
const codes = territory.communes;
const names: Record<string, string> = {
	'30007': 'Alès',
	'30010': 'Anduze',
	'30022': 'Aujac',
	'30027': 'Bagard'
};
const fixed: Record<string, [number, number]> = {
	'30007': [0.0001, ClusterClass.HighHigh],
	'30010': [0.01, ClusterClass.HighHigh],
	'30022': [0.04, ClusterClass.HighHigh],
	'30027': [0.02, ClusterClass.LowLow]
};
const weights = { n: codes.length } as SpatialWeights;

function fakeLisa(seen: StatsInput[]) {
	return (input: StatsInput): LisaResult => {
		seen.push(input);
		return {
			pValues: Float64Array.from(codes, (c) => fixed[c]?.[0] ?? 1),
			quadrants: Uint8Array.from(codes, (c) => fixed[c]?.[1] ?? ClusterClass.LowHigh),
			permutations: input.permutations
		} as LisaResult;
	};
}

const input = (theme: 'jeunesse' | 'vie_associative', seen: StatsInput[]) => ({
	theme,
	themeLabel: theme === 'jeunesse' ? 'Jeunesse' : 'Vie associative',
	catalogue: indicators,
	snapshot,
	codes,
	names,
	weightsOf: () => weights,
	lisa: fakeLisa(seen)
});

describe('themeConcentration', () => {
	it('writes the /concentrations headline with the FDR correction, and the clusters', () => {
		const seen: StatsInput[] = [];
		const c = themeConcentration(input('jeunesse', seen));
		expect(c.headline).toBe(
			'1 commune appartient à un regroupement significatif pour « Indice de besoins (Jeunesse) » ' +
				'au seuil p ≤ 0,05 après correction des tests multiples (taux de fausses découvertes) ' +
				'(4 communes sans correction).'
		);
		expect(c.clusters).toBe(
			'Parmi elles, besoins élevés entourés de besoins élevés (les autres regroupements sont de besoins faibles ou mêlés), sans correction : 3 communes (Alès, Anduze et ' +
				'1 autre commune) ; après correction (FDR) : 1 commune (Alès).'
		);
		// The /concentrations defaults: 999 permutations, seed 12345, one value per commune.
		expect(seen).toHaveLength(1);
		expect(seen[0]).toMatchObject({ permutations: 999, seed: 12345, weights });
		expect(seen[0]!.values).toHaveLength(71);
		// Every « Jeunesse » indicator of the catalogue with a direction of need.
		expect(c.components).toContain('Taux de chômage des 15-24 ans');
		expect(c.caveats.map((k) => k.title)).toEqual([
			'Tests multiples',
			'Petits nombres',
			'Ressemblance, pas cause'
		]);
	});
	it('says why there is no index, and runs nothing', () => {
		const seen: StatsInput[] = [];
		const c = themeConcentration(input('vie_associative', seen));
		expect(c.headline).toBe('Pas d’indice de besoins : aucun indicateur mesurable pour ce thème.');
		expect(seen).toEqual([]);
		expect(c.caveats).toEqual([]);
	});
});

describe('clustersSentence', () => {
	it('says when no cluster survives the correction, and when there is none', () => {
		expect(clustersSentence(['Aujac'], [])).toBe(
			'Parmi elles, besoins élevés entourés de besoins élevés (les autres regroupements sont de besoins faibles ou mêlés), sans correction : 1 commune (Aujac) ; aucune ne le reste après correction (FDR).'
		);
		expect(clustersSentence([], [])).toBeNull();
	});
});
