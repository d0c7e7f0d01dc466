/** Reads every source and assembles the per-commune table (in memory; nothing is written here). */
import { SOURCES, type SourceDefinition, type SourceId } from '../lib/indicators/sources';
import type { MissingReason } from '../lib/indicators/types';
import { mergesAfter, type CommuneValues } from './cog';
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
	readNeet,
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
	/** Why each NULL cell of `values` is NULL, by commune code then column. */
	gaps: Map<string, Record<string, MissingReason>>;
	refPoints: Map<string, RefPoint>;
	points: ServicePoint[];
	communes: FeatureCollection;
	outline: FeatureCollection;
	/** Rows read per source file. */
	rowCounts: Partial<Record<SourceId, number>>;
}

/**
 * Why a cell is NULL: the commune is absent from the file (non publié); a published rate or
 * median of a commune formed by a merge after the file's geography (fusion); otherwise the
 * producer left the cell empty: statistical secrecy for INSEE, as each source declares.
 */
function gapReason(t: SourceColumns, code: string, column: string, absent: boolean): MissingReason {
	if (absent) return 'non_publie';
	const merged = mergesAfter(SOURCES[t.id].cogYear).some((m) => m.to === code);
	if (merged && t.published?.includes(column)) return 'fusion';
	const source: SourceDefinition = SOURCES[t.id];
	return source.emptyCell ?? 'secret';
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
		readNeet(dataDir, '2008'),
		readNeet(dataDir, '2013'),
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
	const gaps = new Map<string, Record<string, MissingReason>>();
	for (const code of codes) {
		const row: CommuneValues = {};
		const why: Record<string, MissingReason> = {};
		for (const t of tables) {
			const v = t.values.get(code);
			// A commune absent from a table (e.g. not published) is NULL, never 0.
			for (const c of t.columns) {
				row[c] = v?.[c] ?? null;
				if (row[c] === null) why[c] = gapReason(t, code, c, v === undefined);
			}
		}
		Object.assign(row, distances.get(code));
		values.set(code, row);
		if (Object.keys(why).length > 0) gaps.set(code, why);
	}
	const rowCounts: BuiltData['rowCounts'] = { ...pointRows, contours: contours.length };
	for (const t of tables) rowCounts[t.id] = t.rows;
	return {
		territory,
		columns,
		values,
		gaps,
		refPoints,
		points,
		communes: communesLayer(contours, territory, refPoints),
		outline: outlineLayer(contours, territory),
		rowCounts
	};
}
