/** Commune polygons: output layers, the territory outline, the bbox and reference points. */
import fs from 'node:fs';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { MAIRIE_TOLERANCE_KM, type RefPointKind } from '../lib/indicators/distance-origin';
import { SOURCES } from '../lib/indicators/sources';
import { mirrorPath } from './csv';
import { PipelineError } from './errors';
import type { Territory } from './territory';
import type { BBox, ServicePoint } from './sources/points';

/** A commune polygon as published (COG 2025 code). */
export type CommuneFeature = Feature<Polygon | MultiPolygon, { code: string }>;

/** Reads the COG 2025 contours and checks every commune of the département has one. */
export function readContours(dataDir: string, territory: Territory): CommuneFeature[] {
	const file = SOURCES.contours.file;
	const fc = JSON.parse(fs.readFileSync(mirrorPath(dataDir, file), 'utf8')) as FeatureCollection;
	const byCode = new Map<string, CommuneFeature>();
	for (const f of fc.features) {
		const code = String((f.properties as { code?: unknown } | null)?.code ?? '');
		if (f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon') {
			byCode.set(code, { type: 'Feature', properties: { code }, geometry: f.geometry });
		}
	}
	const missing = territory.contextCommunes.filter((c) => !byCode.has(c));
	if (missing.length > 0) {
		throw new PipelineError(
			`${file} (propriété code) : ${missing.length} commune(s) du département sans contour ` +
				`(${missing.slice(0, 10).join(', ')}) ; la sortie aurait moins de communes que le département.`
		);
	}
	return territory.contextCommunes.map((c) => byCode.get(c) as CommuneFeature);
}

/**
 * Output communes layer: properties {code, nom, territory, lx, ly, ref_point_kind, ref_mairie_km},
 * coordinates at 5 decimals. (lx, ly) is a point inside the polygon (turf pointOnFeature), where
 * the map draws the commune's problem symbol; a centroid can fall outside a concave commune.
 * ref_point_kind and ref_mairie_km say where its distances start from (see `referencePoints`), so
 * the page can say it at first paint.
 */
export function communesLayer(
	features: CommuneFeature[],
	territory: Territory,
	refs: ReadonlyMap<string, RefPoint>
): FeatureCollection {
	const members = new Set(territory.communes);
	const round = (x: number) => Math.round(x * 1e5) / 1e5;
	const km = (x: number | null) => (x === null ? null : Math.round(x * 100) / 100);
	return turf.truncate(
		turf.featureCollection(
			features.map((f) => {
				const [lx, ly] = turf.pointOnFeature(f).geometry.coordinates as [number, number];
				return {
					...f,
					properties: {
						code: f.properties.code,
						nom: territory.names.get(f.properties.code) ?? '',
						territory: members.has(f.properties.code),
						lx: round(lx),
						ly: round(ly),
						ref_point_kind: refs.get(f.properties.code)?.kind ?? null,
						ref_mairie_km: km(refs.get(f.properties.code)?.mairieKm ?? null)
					}
				};
			})
		),
		{ precision: 5, mutate: false }
	) as FeatureCollection;
}

/** Territory outline: union of member polygons, as a collection of one feature. */
export function outlineLayer(features: CommuneFeature[], territory: Territory): FeatureCollection {
	const members = new Set(territory.communes);
	const union = turf.union(
		turf.featureCollection(features.filter((f) => members.has(f.properties.code)))
	);
	if (!union) throw new PipelineError('Contour du territoire vide : aucune commune membre ?');
	union.properties = { siren: territory.siren, nom: territory.name };
	return turf.truncate(turf.featureCollection([union]), { precision: 5 }) as FeatureCollection;
}

/** Bounding box of the département's polygons. */
export function departementBBox(features: CommuneFeature[]): BBox {
	return turf.bbox(turf.featureCollection(features)) as BBox;
}

/** Distance (km) from a mairie to the commune polygon: 0 inside. */
function outsideKm(m: ServicePoint, f: CommuneFeature): number {
	const pt = turf.point([m.lon, m.lat]);
	if (turf.booleanPointInPolygon(pt, f)) return 0;
	return turf.pointToPolygonDistance(pt, f, { units: 'kilometers' });
}

/** Where distances start from, and why (see `RefPointKind`). */
export interface RefPoint {
	lon: number;
	lat: number;
	kind: RefPointKind;
	/** Distance from the directory's mairie to the polygon (km, 0 inside); null without mairie. */
	mairieKm: number | null;
}

/**
 * One reference point per commune: its own mairie (DILA id `mairie-<code>-…`, so the mairie of a
 * merged former commune is not taken) when it lies in the commune polygon or within
 * MAIRIE_TOLERANCE_KM of it (kind 'mairie'); else turf.pointOnFeature of the polygon (the middle
 * of its bounding box, or the nearest vertex when that falls outside), with kind
 * 'mairie_hors_commune' or 'mairie_absente'. The 2016 DILA geocoding puts some mairies
 * kilometres away (La Bruguière 30056: 70 km), hence the check.
 */
export function referencePoints(
	features: CommuneFeature[],
	points: ServicePoint[]
): Map<string, RefPoint> {
	const mairies = new Map<string, ServicePoint>();
	for (const p of points) {
		const own = p.id.startsWith(`mairie-${p.code_commune}-`);
		if (p.kind === 'mairie' && own && !mairies.has(p.code_commune)) mairies.set(p.code_commune, p);
	}
	const out = new Map<string, RefPoint>();
	for (const f of features) {
		const m = mairies.get(f.properties.code);
		const mairieKm = m ? outsideKm(m, f) : null;
		if (m && mairieKm !== null && mairieKm <= MAIRIE_TOLERANCE_KM) {
			out.set(f.properties.code, { lon: m.lon, lat: m.lat, kind: 'mairie', mairieKm });
		} else {
			const [lon, lat] = turf.pointOnFeature(f).geometry.coordinates as [number, number];
			const kind = m ? 'mairie_hors_commune' : 'mairie_absente';
			out.set(f.properties.code, { lon, lat, kind, mairieKm });
		}
	}
	return out;
}
