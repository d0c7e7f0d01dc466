/**
 * A GeoJSON of points or polygons as a table of items: each feature is placed in the commune that
 * contains it (a point, or a point inside a polygon, turf `pointOnFeature`), tested against the
 * atlas's commune outlines with turf `booleanPointInPolygon`. Coordinates must be longitude /
 * latitude (WGS 84): a file in another projection is refused as a whole, a point whose latitude
 * and longitude look swapped, or outside the file's scope, is listed and left out.
 */
import { bbox, booleanPointInPolygon, pointOnFeature } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { RejectedRow, TextTable } from './aggregate';

/** The column the position fills in (the commune code found). */
export const POSITION_COLUMN = 'commune (position)';

/** A GeoJSON read into a table of items, or why it cannot be. */
export type GeoReading =
	| { ok: true; table: TextTable; rejected: RejectedRow[]; notes: string[] }
	| { ok: false; message: string };

type Outline = {
	code: string;
	nom: string;
	box: number[];
	feature: Feature<Polygon | MultiPolygon>;
};

const PROJECTED =
	'Ce GeoJSON n’est pas en longitude / latitude (WGS 84) : ses coordonnées sont en mètres, sans doute en Lambert 93 (EPSG:2154). Réexportez-le en WGS 84 (EPSG:4326), par exemple avec QGIS (« Exporter » puis « SCR : EPSG:4326 »), et importez-le de nouveau.';

function cellOf(v: unknown): string {
	if (v === null || v === undefined) return '';
	return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

/** Every coordinate pair of a geometry (for the projection check). */
function positions(coords: unknown, out: Position[] = []): Position[] {
	if (Array.isArray(coords) && typeof coords[0] === 'number') out.push(coords as Position);
	else if (Array.isArray(coords)) for (const c of coords) positions(c, out);
	return out;
}

const isPosition = (p: unknown): p is Position =>
	Array.isArray(p) && p.length >= 2 && Number.isFinite(p[0]) && Number.isFinite(p[1]);

/** A closed ring of 4 positions or more, each a pair of numbers (GeoJSON, RFC 7946 § 3.1.6). */
function isRing(ring: unknown): boolean {
	if (!Array.isArray(ring) || ring.length < 4 || !ring.every(isPosition)) return false;
	const [first, last] = [ring[0] as Position, ring.at(-1) as Position];
	return first[0] === last[0] && first[1] === last[1];
}

/**
 * Why a point or polygon cannot be placed, in French, or null. A ring left open (a file cut
 * short, a hand edit) made turf throw in English and the import's section vanish.
 */
function geometryFault(g: Point | Polygon | MultiPolygon): string | null {
	const c: unknown = g.coordinates;
	if (g.type === 'Point')
		return isPosition(c) ? null : 'point sans coordonnées numériques (longitude, latitude)';
	const polygons: unknown[] = g.type === 'Polygon' ? [c] : Array.isArray(c) ? c : [null];
	const valid = polygons.every(
		(rings) => Array.isArray(rings) && rings.length > 0 && rings.every(isRing)
	);
	return valid
		? null
		: 'polygone invalide : chaque contour doit avoir au moins 4 points et se refermer sur son premier point';
}

function inside(outlines: Outline[], [x, y]: Position): Outline | undefined {
	return outlines.find(
		(o) =>
			x! >= o.box[0]! &&
			x! <= o.box[2]! &&
			y! >= o.box[1]! &&
			y! <= o.box[3]! &&
			booleanPointInPolygon([x!, y!], o.feature)
	);
}

/**
 * Reads the features; `communes` are the atlas's outlines (the whole département), `inScope`
 * says which codes the file speaks for.
 */
export function readGeoJson(
	text: string,
	communes: FeatureCollection,
	inScope: (code: string) => boolean,
	scopeName: string
): GeoReading {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return { ok: false, message: 'Ce fichier n’est pas un GeoJSON lisible (JSON mal formé).' };
	}
	const fc = json as Partial<FeatureCollection> & { crs?: { properties?: { name?: string } } };
	if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features))
		return {
			ok: false,
			message: 'Ce fichier JSON n’est pas une collection d’objets GeoJSON (FeatureCollection).'
		};
	const crs = fc.crs?.properties?.name ?? '';
	const all = fc.features.flatMap((f) =>
		positions(f?.geometry && 'coordinates' in f.geometry ? f.geometry.coordinates : [])
	);
	if (/2154|3857|27572/.test(crs) || all.some(([x, y]) => Math.abs(x!) > 180 || Math.abs(y!) > 90))
		return { ok: false, message: PROJECTED };

	const outlines: Outline[] = communes.features
		.filter((f) => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon')
		.map((f) => {
			const p = f.properties as { code: string; nom: string };
			return {
				code: p.code,
				nom: p.nom,
				box: bbox(f),
				feature: f as Feature<Polygon | MultiPolygon>
			};
		});
	const keys = [...new Set(fc.features.flatMap((f) => Object.keys(f?.properties ?? {})))];
	const table: TextTable = { headers: [POSITION_COLUMN, ...keys], rows: [] };
	const rejected: RejectedRow[] = [];
	let swapped = 0;
	fc.features.forEach((f, i) => {
		const line = i + 1;
		const cells = keys.map((k) => cellOf(f?.properties?.[k]));
		const g = f?.geometry;
		if (!g || !['Point', 'Polygon', 'MultiPolygon'].includes(g.type)) {
			rejected.push({ line, cells: ['', ...cells], reasons: ['objet sans point ni polygone'] });
			return;
		}
		const fault = geometryFault(g as Point | Polygon | MultiPolygon);
		if (fault) {
			rejected.push({ line, cells: ['', ...cells], reasons: [fault] });
			return;
		}
		const [x, y] =
			g.type === 'Point' ? g.coordinates : pointOnFeature(f as Feature).geometry.coordinates;
		const hit = inside(outlines, [x!, y!]);
		if (!hit) {
			const flipped = inside(outlines, [y!, x!]);
			if (flipped) swapped++;
			rejected.push({
				line,
				cells: ['', ...cells],
				reasons: [
					flipped
						? `latitude et longitude inversées ? (${x}, ${y}) tombe hors du Gard, (${y}, ${x}) dans ${flipped.nom} : corrigez le fichier`
						: `position (${x}, ${y}) hors du Gard`
				]
			});
			return;
		}
		if (!inScope(hit.code)) {
			rejected.push({
				line,
				cells: ['', ...cells],
				reasons: [`position dans ${hit.nom}, hors de ${scopeName}`]
			});
			return;
		}
		table.rows.push({ line, cells: [hit.code, ...cells] });
	});
	const notes = [
		'Chaque objet est placé dans la commune qui le contient, sur les contours simplifiés de l’atlas : un objet à quelques dizaines de mètres d’une limite peut tomber dans la commune voisine.'
	];
	if (swapped)
		notes.push(
			`${swapped} objet${swapped > 1 ? 's' : ''} semble${swapped > 1 ? 'nt' : ''} avoir la latitude et la longitude inversées : ils ne sont pas comptés.`
		);
	return { ok: true, table, rejected, notes };
}
