/** Reads every source and assembles the per-commune table (in memory; nothing is written here). */
import { SOURCES, type SourceId } from '../lib/indicators/sources';
import type { CommuneValues } from './cog';
import { distanceColumns, DISTANCE_COLUMNS } from './distances';
import { PipelineError } from './errors';
import {
	communesLayer,
	departementBBox,
	outlineLayer,
	readContours,
	referencePoints,
	type RefPoint
} from './geo';
import { readBpe2019, readEducation, readQpv } from './sources/equipment';
import { readPoints, type ServicePoint } from './sources/points';
import {
	readComparateur2022,
	readComparateur2024,
	readFilosofi2021,
	readNeet2018,
	readRp2022
} from './sources/tables';
import type { SourceColumns } from './table';
import type { Territory } from './territory';
import type { FeatureCollection } from 'geojson';

/** Everything the writers need. */
export interface BuiltData {
	territory: Territory;
	/** Numeric columns of `commune_values.csv`, in order. */
	columns: string[];
	/** Values per commune code (every commune of the département). */
	values: Map<string, CommuneValues>;
	refPoints: Map<string, RefPoint>;
	points: ServicePoint[];
	communes: FeatureCollection;
	outline: FeatureCollection;
	/** Rows read per source file. */
	rowCounts: Partial<Record<SourceId, number>>;
}

/** Reads the mirror for `territory`; throws a PipelineError on any missing file or column. */
export function buildData(dataDir: string, territory: Territory): BuiltData {
	const codes = territory.contextCommunes;
	const contours = readContours(dataDir, territory);
	const { points, rows: pointRows } = readPoints(dataDir, departementBBox(contours));
	const refPoints = referencePoints(contours, points);
	const tables: SourceColumns[] = [
		readRp2022(dataDir),
		readComparateur2024(dataDir),
		readFilosofi2021(dataDir),
		readNeet2018(dataDir),
		readComparateur2022(dataDir),
		readBpe2019(dataDir, codes),
		readEducation(dataDir, codes),
		readQpv(dataDir, territory.names)
	];
	const rp = tables[0];
	const missingRp = codes.filter((c) => !rp?.values.has(c));
	if (missingRp.length > 0) {
		throw new PipelineError(
			`${SOURCES.rp2022.file} (colonne CODGEO) : ${missingRp.length} commune(s) du département absentes ` +
				`(${missingRp.slice(0, 10).join(', ')}) ; la sortie aurait moins de communes que le département.`
		);
	}
	const distances = distanceColumns(refPoints, points);
	const columns = [...tables.flatMap((t) => t.columns), ...Object.keys(DISTANCE_COLUMNS)];
	const values = new Map<string, CommuneValues>();
	for (const code of codes) {
		const row: CommuneValues = {};
		for (const t of tables) {
			const v = t.values.get(code);
			// A commune absent from a table (e.g. not published) is NULL, never 0.
			for (const c of t.columns) row[c] = v?.[c] ?? null;
		}
		Object.assign(row, distances.get(code));
		values.set(code, row);
	}
	const rowCounts: BuiltData['rowCounts'] = { ...pointRows, contours: contours.length };
	for (const t of tables) rowCounts[t.id] = t.rows;
	return {
		territory,
		columns,
		values,
		refPoints,
		points,
		communes: communesLayer(contours, territory, refPoints),
		outline: outlineLayer(contours, territory),
		rowCounts
	};
}
