/**
 * Reads the Gard open data shipped in `data/sources/gard` for tests and benchmarks:
 * commune polygons (COG 2025) and the INSEE census 2022 extract.
 */
import { readFileSync } from 'node:fs';
import { configFromEnv } from '../../../pipeline/config';
import type { PolygonCollection } from '../geometry';

/** Folder of the open data shipped with the project (the pipeline's default input). */
export const DATA_DIR = configFromEnv().dataDir;

/** Commune polygons; `agglo` keeps the 71 members of Alès Agglomération only. */
export function readGardCommunes(scope: 'agglo' | 'gard'): PolygonCollection {
	const fc = JSON.parse(
		readFileSync(`${DATA_DIR}/communes_gard_cog2025.geojson`, 'utf8')
	) as PolygonCollection;
	if (scope === 'gard') return fc;
	return { ...fc, features: fc.features.filter((f) => f.properties?.ales_agglo === true) };
}

/** Age bands of the census extract whose sum is the municipal population. */
const AGE_BANDS = [
	'P22_POP0014',
	'P22_POP1529',
	'P22_POP3044',
	'P22_POP4559',
	'P22_POP6074',
	'P22_POP7589',
	'P22_POP90P'
];

/** Census rows by INSEE code: count of 0–14 year olds and total population (sum of the 7 bands). */
export function readAgeCounts(): Map<string, { young: number; population: number }> {
	const [header, ...rows] = readFileSync(
		`${DATA_DIR}/dossier_complet_extrait_rp2022_communes_gard.csv`,
		'utf8'
	)
		.trim()
		.split('\n')
		.map((l) => l.split(','));
	const col = (name: string) => header!.indexOf(name);
	const out = new Map<string, { young: number; population: number }>();
	for (const r of rows) {
		const population = AGE_BANDS.reduce((s, b) => s + Number(r[col(b)]), 0);
		out.set(r[col('CODGEO')]!, { young: Number(r[col('P22_POP0014')]), population });
	}
	return out;
}

/** Share of 0–14 year olds for each feature, in feature order (the rate from summed counts). */
export function shareYoung(fc: PolygonCollection): Float64Array {
	const counts = readAgeCounts();
	return Float64Array.from(fc.features, (f) => {
		const c = counts.get(String(f.properties?.code));
		if (!c) throw new Error(`Commune ${String(f.properties?.code)} absente du recensement.`);
		return c.young / c.population;
	});
}
