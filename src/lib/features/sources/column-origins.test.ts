import { describe, expect, it } from 'vitest';
import { indicators } from '$lib/indicators/catalogue';
import { columnOrigins } from './column-origins';

const formula = (id: string) => indicators.find((i) => i.id === id)!.formula;

describe('where a formula’s columns come from', () => {
	it('names the producer’s column and the file of each', () => {
		expect(columnOrigins(formula('chomage_15_24'))).toEqual([
			{
				column: 'rp22_chom1524',
				from: 'P22_CHOM1524',
				files: ['dossier_complet_extrait_rp2022_communes_gard.csv']
			},
			{
				column: 'rp22_act1524',
				from: 'P22_ACT1524',
				files: ['dossier_complet_extrait_rp2022_communes_gard.csv']
			}
		]);
		expect(columnOrigins(formula('naissances_pour_1000'))).toEqual([
			{
				column: 'cmp24_naissances_2022',
				from: 'naissances_2022 (NAISD22)',
				files: ['comparateur_insee_2024_communes_gard.csv']
			},
			{
				column: 'cmp24_pop2021',
				from: 'population_2021 (P21_POP)',
				files: ['comparateur_insee_2024_communes_gard.csv']
			}
		]);
	});
	it('knows every column of the catalogue’s formulas', () => {
		const unknown = indicators.flatMap((i) => {
			const known = new Set(columnOrigins(i.formula).map((o) => o.column));
			const f = i.formula;
			const all =
				f.kind === 'ratio'
					? [...f.numerator, ...f.denominator]
					: f.kind === 'growth'
						? [f.from, f.to]
						: [f.column];
			return all.filter((c) => !known.has(c)).map((c) => `${i.id}: ${c}`);
		});
		expect(unknown).toEqual([]);
	});
});
