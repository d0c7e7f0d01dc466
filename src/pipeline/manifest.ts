/** `manifest.json`: provenance of every source, the territory and row counts. */
import { COG_PACKAGE, SOURCES, type SourceId } from '../lib/indicators/sources';
import type { BuiltData } from './build';
import { COLUMN_DICTIONARY, type ColumnInfo } from './dictionary';

/** Provenance manifest written next to the data. */
export interface Manifest {
	generatedAt: string;
	territory: { siren: string; name: string; departement: { code: string; name: string } };
	counts: {
		territoryCommunes: number;
		departementCommunes: number;
		services: number;
		indicators: number;
	};
	cog: typeof COG_PACKAGE;
	sources: (Omit<(typeof SOURCES)[SourceId], never> & { rows: number | null })[];
	/** Provenance of each numeric column of commune_values.csv, in file order. */
	columns: (ColumnInfo & { name: string })[];
}

/** Builds the manifest; `rows` is the number of data rows read from each mirror file. */
export function buildManifest(
	data: BuiltData,
	indicatorCount: number,
	generatedAt: string
): Manifest {
	const t = data.territory;
	return {
		generatedAt,
		territory: { siren: t.siren, name: t.name, departement: t.departement },
		counts: {
			territoryCommunes: t.communes.length,
			departementCommunes: t.contextCommunes.length,
			services: data.points.length,
			indicators: indicatorCount
		},
		cog: COG_PACKAGE,
		sources: (Object.keys(SOURCES) as SourceId[]).map((id) => ({
			...SOURCES[id],
			rows: data.rowCounts[id] ?? null
		})),
		columns: data.columns.map((name) => {
			const info = COLUMN_DICTIONARY[name];
			if (!info) throw new Error(`Colonne ${name} absente de src/pipeline/dictionary.ts`);
			return { name, ...info };
		})
	};
}

/** The official sources, one per line, for the "mirror not found" message. */
export function officialSourcesText(): string {
	return Object.values(SOURCES)
		.map((s) => `  - ${s.file} : ${s.origin} (${s.producer}, ${s.vintage}, ${s.licence})`)
		.join('\n');
}
