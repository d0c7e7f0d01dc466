/** The per-commune statistical tables of the mirror (census, comparateurs, Filosofi, NEET). */
import { sumOrNull } from '../../lib/data/sum-or-null';
import { readCommuneTable, type ColumnSpec, type SourceColumns } from '../table';

const RP22_BANDS = ['0014', '1529', '3044', '4559', '6074', '7589', '90P'];

/** RP 2022 age bands (columns `rp22_pop0014`…), their sum `rp22_pop`, families, activity. */
export function readRp2022(dataDir: string): SourceColumns {
	const specs: ColumnSpec[] = [
		...RP22_BANDS.map((b) => ({ out: `rp22_pop${b.toLowerCase()}`, from: `P22_POP${b}` })),
		{ out: 'rp16_pop', from: 'P16_POP' },
		{ out: 'rp11_pop', from: 'P11_POP' },
		...['COUPAENF', 'COUPSENF', 'FAMMONO'].map((c) => ({
			out: `rp22_${c.toLowerCase()}`,
			from: `C22_${c}`
		})),
		...['ACT', 'CHOM'].flatMap((v) =>
			['1524', '2554', '5564'].map((a) => ({
				out: `rp22_${v.toLowerCase()}${a}`,
				from: `P22_${v}${a}`
			}))
		)
	].map((s) => ({ ...s, kind: 'count' as const }));
	const t = readCommuneTable(dataDir, 'rp2022', 'CODGEO', specs);
	// P22_POP is not in the extract: the 7 bands sum exactly to the official population (SOURCES.md §2).
	for (const v of t.values.values()) {
		const sum = sumOrNull(RP22_BANDS.map((b) => v[`rp22_pop${b.toLowerCase()}`]));
		// Rounded to 1e-6 to drop floating-point noise (533.9999999999991 → 534), not to alter data.
		v.rp22_pop = sum === null ? null : Math.round(sum * 1e6) / 1e6;
	}
	return { ...t, columns: [...t.columns.slice(0, 7), 'rp22_pop', ...t.columns.slice(7)] };
}

/** Comparateur 2024: domiciled births 2022 and population 2021 (COG 2024, Corbès summed). */
export function readComparateur2024(dataDir: string): SourceColumns {
	return readCommuneTable(dataDir, 'cmp2024', 'insee_com', [
		{ out: 'cmp24_naissances_2022', from: 'naissances_2022', kind: 'count' },
		{ out: 'cmp24_pop2021', from: 'population_2021', kind: 'count' }
	]);
}

/** Comparateur 2022: housing RP 2018 (the only housing vintage of the mirror). */
export function readComparateur2022(dataDir: string): SourceColumns {
	return readCommuneTable(
		dataDir,
		'cmp2022',
		'CODGEO',
		['P18_LOG', 'P18_LOGVAC', 'P18_RP', 'P18_RP_PROP'].map((c) => ({
			out: `cmp22_${c.toLowerCase()}`,
			from: c,
			kind: 'count' as const
		}))
	);
}

/** Filosofi 2021: published median and poverty rate (NULL when secret or merged). */
export function readFilosofi2021(dataDir: string): SourceColumns {
	return readCommuneTable(dataDir, 'filo2021', 'CODGEO', [
		{ out: 'filo21_med21', from: 'MED21', kind: 'published' },
		{ out: 'filo21_tp6021', from: 'TP6021', kind: 'published' }
	]);
}

/** Share of NEET youth 15–24 in 2018 (published rate, year 2018 rows only). */
export function readNeet2018(dataDir: string): SourceColumns {
	return readNeet(dataDir, '2018');
}

/**
 * The same share in an earlier year of the file (2008, 2013: for the trend on /comparer), as
 * column `neetYY_part_non_inseres`.
 */
export function readNeet(dataDir: string, year: '2008' | '2013' | '2018'): SourceColumns {
	return readCommuneTable(
		dataDir,
		'neet2018',
		'codgeo',
		[{ out: `neet${year.slice(2)}_part_non_inseres`, from: 'part_non_inseres', kind: 'published' }],
		{ column: 'an', equals: year }
	);
}
