/** Located services (France services, DILA offices, lycées, open stations) as map points. */
import { SOURCES, type SourceId } from '../../lib/indicators/sources';
import { toCog2025 } from '../cog';
import { readCsv, toNumber } from '../csv';
import { isLycee } from './equipment';

/** Kinds of `services.geojson` points. */
export type ServiceKind =
	'france_services' | 'mission_locale' | 'pij' | 'lycee' | 'gare' | 'mairie';

/** One located service; `code_commune` is COG 2025. */
export interface ServicePoint {
	id: string;
	kind: ServiceKind;
	nom: string;
	code_commune: string;
	source: SourceId;
	lon: number;
	lat: number;
}

/** [minLon, minLat, maxLon, maxLat] of the département. */
export type BBox = [number, number, number, number];

/** Points and the number of rows read per source (for the manifest). */
export interface PointSet {
	points: ServicePoint[];
	rows: Partial<Record<SourceId, number>>;
}

function located(
	lon: number | null,
	lat: number | null,
	bbox: BBox
): { lon: number; lat: number } | null {
	if (lon === null || lat === null) return null;
	// Rows with coordinates outside the département are publisher errors (SOURCES.md §7).
	if (lon < bbox[0] || lon > bbox[2] || lat < bbox[1] || lat > bbox[3]) return null;
	return { lon, lat };
}

const DILA_KINDS: Record<string, ServiceKind> = {
	mission_locale: 'mission_locale',
	cij: 'pij',
	mairie: 'mairie'
};

type Row = Record<string, string>;

/** How one mirror file becomes points: the same reading for every source, only columns differ. */
interface PointSpec {
	source: 'fs2024' | 'dila2016' | 'educ2024' | 'gares2022';
	columns: { lon: string; lat: string; commune: string; nom: string };
	/** Extra columns that must exist. */
	required: string[];
	/** Kind of a row's point, or null to skip the row. */
	kind(r: Row): ServiceKind | null;
	id(r: Row): string;
}

const SPECS: PointSpec[] = [
	{
		source: 'fs2024',
		columns: { lon: 'longitude', lat: 'latitude', commune: 'insee_com', nom: 'lib_fs' },
		required: ['id_fs'],
		kind: () => 'france_services',
		id: (r) => `fs-${r.id_fs}`
	},
	{
		source: 'dila2016',
		columns: { lon: 'longitude', lat: 'latitude', commune: 'codeinsee', nom: 'nom' },
		required: ['id', 'type'],
		kind: (r) => DILA_KINDS[r.type ?? ''] ?? null,
		id: (r) => r.id ?? ''
	},
	{
		source: 'educ2024',
		columns: {
			lon: 'longitude',
			lat: 'latitude',
			commune: 'Code_commune',
			nom: 'Nom_etablissement'
		},
		required: [
			'Identifiant_de_l_etablissement',
			'Type_etablissement',
			'libelle_nature',
			'Type_contrat_prive'
		],
		kind: (r) => (isLycee(r) ? 'lycee' : null),
		id: (r) => `uai-${r.Identifiant_de_l_etablissement}`
	},
	{
		source: 'gares2022',
		columns: { lon: 'Longitude', lat: 'Latitude', commune: 'code_insee', nom: 'Intitulé gare' },
		required: ['Code plate-forme', 'Date fin validité plateforme'],
		// Closed platforms carry an end-of-validity date (and often a wrong commune code).
		kind: (r) => ((r['Date fin validité plateforme'] ?? '').trim() === '' ? 'gare' : null),
		id: (r) => `gare-${r['Code plate-forme']}`
	}
];

/** Reads the four point files; skips rows without coordinates or outside `bbox`. */
export function readPoints(dataDir: string, bbox: BBox): PointSet {
	const points: ServicePoint[] = [];
	const rows: PointSet['rows'] = {};
	for (const spec of SPECS) {
		const src = SOURCES[spec.source];
		const c = spec.columns;
		const table = readCsv(dataDir, src.file, [...spec.required, c.lon, c.lat, c.commune, c.nom]);
		rows[spec.source] = table.rows.length;
		for (const r of table.rows) {
			const kind = spec.kind(r);
			if (!kind) continue;
			const p = located(
				toNumber(r[c.lon], src.file, c.lon),
				toNumber(r[c.lat], src.file, c.lat),
				bbox
			);
			if (p)
				points.push({
					id: spec.id(r),
					kind,
					nom: r[c.nom] ?? '',
					code_commune: toCog2025(r[c.commune] ?? '', src.cogYear),
					source: spec.source,
					...p
				});
		}
	}
	return { points, rows };
}
