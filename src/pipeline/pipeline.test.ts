/**
 * The pipeline on the real mirror (CA Alès Agglomération). Expected values were computed by hand
 * from the raw mirror rows (awk / a calculator), never copied from the program’s output.
 * Snapshot values are rounded to 6 decimal places, hence the tolerances.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { indicators } from '../lib/indicators/catalogue';
import { formulaColumns } from '../lib/sql/indicators';
import { cell, runInto, type Outputs } from './test/helpers';

let o: Outputs;
beforeAll(async () => {
	o = await runInto('200066918');
});

const value = (id: string, code: string) => o.snapshot.indicators[id]?.values[code];

describe('pipeline on the real mirror (Alès Agglomération)', () => {
	it('writes 350 communes of the Gard, 71 of them in the territory', () => {
		expect(o.rows.size).toBe(350);
		expect([...o.rows.values()].filter((r) => r.in_territory === '1')).toHaveLength(71);
		const info = o.json('territory.json') as {
			communes: string[];
			contextCommunes: string[];
			name: string;
			formerCommunes: unknown[];
		};
		expect(info.name).toBe('CA Alès Agglomération');
		expect(info.communes).toHaveLength(71);
		expect(info.contextCommunes).toHaveLength(350);
		// Corbès (30094) no longer exists in COG 2025.
		expect(o.rows.has('30094')).toBe(false);
		expect(o.rows.get('30329')?.nom).toBe('Thoiras-Corbès');
		// …but an old link to it still finds the commune it merged into.
		expect(info.formerCommunes).toContainEqual({
			code: '30094',
			name: 'Corbès',
			into: '30329',
			year: 2025
		});
	});

	it('has a column for every column the catalogue references', () => {
		expect(o.header.slice(0, 3)).toEqual(['code', 'nom', 'in_territory']);
		for (const ind of indicators) {
			for (const c of formulaColumns(ind.formula)) expect(o.header).toContain(c);
		}
	});

	it('sums Corbès and Thoiras counts of COG 2024 files into Thoiras-Corbès', () => {
		// comparateur 2022 P18_LOG: 30094 = 109, 30329 = 269.50859106529 → 378.50859106529
		expect(cell(o, '30329', 'cmp22_p18_log')).toBeCloseTo(378.50859106529, 9);
		// P18_LOGVAC 12 + 4.02749140893472 = 16.02749140893472 → 16.02749 / 378.50859 = 4.23438 %
		expect(value('part_logements_vacants', '30329')).toBeCloseTo(4.23438, 3);
		// comparateur 2024: births 2022 = 2 + 0, population 2021 = 149 + 442 = 591 → 3.3841 ‰
		expect(cell(o, '30329', 'cmp24_pop2021')).toBe(591);
		expect(value('naissances_pour_1000', '30329')).toBeCloseTo(3.38409, 3);
		// BPE 2019 D502: 30329 has 1, 30094 none → 1
		expect(cell(o, '30329', 'bpe19_eaje')).toBe(1);
	});

	it('makes published values of merged communes NULL, never averaged', () => {
		// Filosofi 2021 MED21: 30094 = 21 290, 30329 = 17 730: a median of the union is unknown.
		expect(cell(o, '30329', 'filo21_med21')).toBeNull();
		// NEET 2018: 30094 = 16.7, 30329 = 13.9 → NULL
		expect(cell(o, '30329', 'neet18_part_non_inseres')).toBeNull();
	});

	it('keeps secret values NULL, not 0', () => {
		// 30001 Aigaliers: TP6021 empty in filosofi_2021 (secret), MED21 = 22 390
		expect(cell(o, '30001', 'filo21_tp6021')).toBeNull();
		expect(value('taux_pauvrete_2021', '30001')).toBeNull();
		expect(cell(o, '30001', 'filo21_med21')).toBe(22390);
		expect(o.rows.get('30001')?.filo21_tp6021).toBe('');
	});

	it('computes Alès (30007) from RP 2022 counts', () => {
		// P22 = Σ 7 bands = 45 025 (= population municipale in epci.json)
		expect(cell(o, '30007', 'rp22_pop')).toBe(45025);
		// P22_POP0014 6 906.73145695127 / 45 025 → 15.33977 %
		expect(value('part_0_14', '30007')).toBeCloseTo(15.33977, 3);
		// CHOM1524 761.968332826146 / ACT1524 1 939.48053438748 → 39.28724 %
		expect(value('chomage_15_24', '30007')).toBeCloseTo(39.28724, 3);
		// FAMMONO 3 185.34768267189 / (3 406.65112171897 + 5 016.14343710411 + 3 185.34768267189) → 27.44063 %
		expect(value('part_familles_monoparentales', '30007')).toBeCloseTo(27.44063, 3);
		// (45 025 / P16_POP 39 970)^(1/6) − 1 → 2.00464 % per year
		expect(value('evolution_population_2016_2022', '30007')).toBeCloseTo(2.00464, 3);
		// MED21 18 000 €, TP6021 30.0 %
		expect(value('niveau_vie_median_2021', '30007')).toBe(18000);
		expect(value('taux_pauvrete_2021', '30007')).toBe(30);
		// annuaire: 28 écoles less 1 hors contrat (« Ecole privée Caminarem ») = 27; 4 lycées (6 rows
		// of type Lycée minus 2 SEP, none hors contrat); BPE D502 1+2+1+1 = 5
		expect(cell(o, '30007', 'educ24_ecoles')).toBe(27);
		expect(cell(o, '30007', 'educ24_lycees')).toBe(4);
		expect(cell(o, '30007', 'bpe19_eaje')).toBe(5);
		// 5 / 6 906.73145695127 × 1000 → 0.723931 per 1 000 children
		expect(value('eaje_pour_1000_enfants', '30007')).toBeCloseTo(0.723931, 5);
		// QPV QP030001 POP_MUN 14 036 / 45 025 → 31.17379 %
		expect(value('part_population_qpv', '30007')).toBeCloseTo(31.17379, 3);
	});

	it('computes La Grand-Combe (30132)', () => {
		// Σ bands = 4 837; P22_POP0014 836.851982173411 / 4 837 → 17.30105 %
		expect(value('part_0_14', '30132')).toBeCloseTo(17.301054, 3);
		// CHOM1524 54.3538004874023 / ACT1524 187.453737088389 → 28.99585 %
		expect(value('chomage_15_24', '30132')).toBeCloseTo(28.99585, 3);
		// (54.3538 + 183.381126 + 57.344534 = 295.07946) / (187.453737 + 940.199086 + 277.194574 = 1 404.847396) → 21.00438 %
		expect(value('chomage_15_64', '30132')).toBeCloseTo(21.00438, 3);
		// births 50 / population 2021 4 891 → 10.22286 ‰
		expect(value('naissances_pour_1000', '30132')).toBeCloseTo(10.22286, 3);
		// TP6021 43.0; NEET 2018 37.8
		expect(value('taux_pauvrete_2021', '30132')).toBe(43);
		expect(value('jeunes_non_inseres_2018', '30132')).toBe(37.8);
		// QPV QP030016 2 422 + QP030017 806 = 3 228
		expect(cell(o, '30132', 'qpv_pop')).toBe(3228);
	});

	it('computes a small commune, Thoiras-Corbès (30329, 603 inhabitants)', () => {
		// Σ bands 603; P22_POP0014 88.6823529411765 / 603 → 14.70686 %
		expect(value('part_0_14', '30329')).toBeCloseTo(14.70686, 3);
		// (7589 53.7647058823529 + 90P 2.91764705882353) / 603 → 9.40006 %
		expect(value('part_75_plus', '30329')).toBeCloseTo(9.40006, 3);
		// CHOM1524 2.91764705882353 / ACT1524 27.1764705882353 → 10.73593 %
		expect(value('chomage_15_24', '30329')).toBeCloseTo(10.73593, 3);
		// 1 école (Thoiras), no collège: a real 0 from the listing
		expect(cell(o, '30329', 'educ24_ecoles')).toBe(1);
		expect(cell(o, '30329', 'educ24_colleges')).toBe(0);
	});

	it('leaves out the private schools « hors contrat »: Anduze (30010)', () => {
		// annuaire: 3 écoles, 2 collèges, 1 lycée; one of each is « Ecole privée Team Etud' »,
		// Type_contrat_prive = HORS CONTRAT. Left: 2 écoles, 1 collège, no lycée.
		expect(cell(o, '30010', 'educ24_ecoles')).toBe(2);
		expect(cell(o, '30010', 'educ24_colleges')).toBe(1);
		expect(cell(o, '30010', 'educ24_lycees')).toBe(0);
		// Haversine by hand (R = 6 371.0088 km) from the DILA mairie (44.0536994934, 3.98633003235):
		// Team Etud' at 1.344 km and the Ecole des Métiers Professionnels Cévenole (hors contrat) at
		// 7.908 km are passed over; the Lycée polyvalent Jacques Prévert (30243) is at 8.856 km.
		expect(cell(o, '30010', 'dist_lycee_km')).toBeCloseTo(8.856, 3);
	});

	it('aggregates youth unemployment from summed counts', () => {
		// awk over the 71 members: Σ CHOM1524 1 719.473055 / Σ ACT1524 5 239.691888 → 32.81630 %
		const t = o.snapshot.indicators.chomage_15_24?.territory;
		expect(t?.value).toBeCloseTo(32.8163, 3);
		expect(t?.covered).toBe(71);
		expect(t?.total).toBe(71);
		// awk over the 350 Gard communes: 9 520.757069 / 33 039.153236 → 28.81659 %
		expect(o.snapshot.indicators.chomage_15_24?.departement.value).toBeCloseTo(28.8166, 3);
	});

	it('gives no aggregate for published rates and medians', () => {
		const m = o.snapshot.indicators.niveau_vie_median_2021?.territory;
		expect(m).toEqual({
			value: null,
			numerator: null,
			denominator: null,
			missing: null,
			covered: 0,
			total: 71
		});
	});

	it('writes a manifest with provenance of every source and column, without URLs', () => {
		const m = o.json('manifest.json') as {
			territory: { siren: string };
			sources: { id: string; file: string; origin: string; licence: string; rows: number | null }[];
			columns: { name: string }[];
		};
		expect(m.territory.siren).toBe('200066918');
		// wc -l minus the header: 351 - 1 = 350 rows in the RP 2022 extract; 1 054 - 1 in the NEET file.
		expect(m.sources.find((s) => s.id === 'rp2022')?.rows).toBe(350);
		expect(m.sources.find((s) => s.id === 'neet2018')?.rows).toBe(1053);
		expect(m.sources.find((s) => s.id === 'gares2022')?.licence).toBe('ODbL');
		expect(m.columns.map((c) => c.name)).toEqual(o.header.slice(3, -1));
		expect(JSON.stringify(m)).not.toMatch(new RegExp(['ht', 'tps?:', '//'].join('')));
	});
});
