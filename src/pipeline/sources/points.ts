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

/** Reads the four point files; skips rows without coordinates or outside `bbox`. */
export function readPoints(dataDir: string, bbox: BBox): PointSet {
	const points: ServicePoint[] = [];
	const rows: PointSet['rows'] = {};

	const fs = SOURCES.fs2024;
	const fsT = readCsv(dataDir, fs.file, ['id_fs', 'lib_fs', 'insee_com', 'latitude', 'longitude']);
	rows.fs2024 = fsT.rows.length;
	for (const r of fsT.rows) {
		const p = located(
			toNumber(r.longitude, fs.file, 'longitude'),
			toNumber(r.latitude, fs.file, 'latitude'),
			bbox
		);
		if (p)
			points.push({
				id: `fs-${r.id_fs}`,
				kind: 'france_services',
				nom: r.lib_fs ?? '',
				code_commune: toCog2025(r.insee_com ?? '', fs.cogYear),
				source: 'fs2024',
				...p
			});
	}

	const dila = SOURCES.dila2016;
	const dT = readCsv(dataDir, dila.file, [
		'id',
		'type',
		'nom',
		'codeinsee',
		'latitude',
		'longitude'
	]);
	rows.dila2016 = dT.rows.length;
	for (const r of dT.rows) {
		const kind = DILA_KINDS[r.type ?? ''];
		if (!kind) continue;
		const p = located(
			toNumber(r.longitude, dila.file, 'longitude'),
			toNumber(r.latitude, dila.file, 'latitude'),
			bbox
		);
		if (p)
			points.push({
				id: r.id ?? '',
				kind,
				nom: r.nom ?? '',
				code_commune: toCog2025(r.codeinsee ?? '', dila.cogYear),
				source: 'dila2016',
				...p
			});
	}

	const educ = SOURCES.educ2024;
	const eT = readCsv(dataDir, educ.file, [
		'Identifiant_de_l_etablissement',
		'Nom_etablissement',
		'Code_commune',
		'latitude',
		'longitude',
		'Type_etablissement',
		'libelle_nature'
	]);
	rows.educ2024 = eT.rows.length;
	for (const r of eT.rows.filter(isLycee)) {
		const p = located(
			toNumber(r.longitude, educ.file, 'longitude'),
			toNumber(r.latitude, educ.file, 'latitude'),
			bbox
		);
		if (p)
			points.push({
				id: `uai-${r.Identifiant_de_l_etablissement}`,
				kind: 'lycee',
				nom: r.Nom_etablissement ?? '',
				code_commune: toCog2025(r.Code_commune ?? '', educ.cogYear),
				source: 'educ2024',
				...p
			});
	}

	const gares = SOURCES.gares2022;
	const gT = readCsv(dataDir, gares.file, [
		'code_insee',
		'Code plate-forme',
		'Date fin validité plateforme',
		'Intitulé gare',
		'Longitude',
		'Latitude'
	]);
	rows.gares2022 = gT.rows.length;
	for (const r of gT.rows) {
		// Closed platforms carry an end-of-validity date (and often a wrong commune code).
		if ((r['Date fin validité plateforme'] ?? '').trim() !== '') continue;
		const p = located(
			toNumber(r.Longitude, gares.file, 'Longitude'),
			toNumber(r.Latitude, gares.file, 'Latitude'),
			bbox
		);
		if (p)
			points.push({
				id: `gare-${r['Code plate-forme']}`,
				kind: 'gare',
				nom: r['Intitulé gare'] ?? '',
				code_commune: toCog2025(r.code_insee ?? '', gares.cogYear),
				source: 'gares2022',
				...p
			});
	}
	return { points, rows };
}
