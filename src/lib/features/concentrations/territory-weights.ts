/**
 * Spatial weights over the territory's communes only (the rest of the département is context and
 * never enters the statistics), in the order of `codes`.
 */
import type { FeatureCollection } from 'geojson';
import type { PolygonCollection } from '$lib/analysis/geometry';
import { knnWeights } from '$lib/analysis/knn';
import { contiguityWeights, DEFAULT_TOLERANCE, type SpatialWeights } from '$lib/analysis/weights';

/** Neighbour rules offered in the page. */
export type WeightsKind = 'queen' | 'rook' | 'knn';

/** French labels of the neighbour rules. */
export const weightsLabels: Record<WeightsKind, string> = {
	queen: 'Contiguïté « reine » : un côté ou un sommet en commun',
	rook: 'Contiguïté « tour » : un côté en commun',
	knn: 'k plus proches voisins (centres des communes)'
};

/** The snapping tolerance of contiguity, in metres, for the text shown (1e-4° ≈ 8 to 11 m). */
export const TOLERANCE_TEXT = `${String(DEFAULT_TOLERANCE).replace('.', ',')} degré (environ 10 m)`;

/** The territory's commune polygons, ordered as `codes`; a code without contour is an error. */
export function territoryCollection(
	communes: FeatureCollection,
	codes: readonly string[]
): PolygonCollection {
	const byCode = new Map(
		communes.features.map((f) => [String((f.properties as { code: string }).code), f])
	);
	return {
		type: 'FeatureCollection',
		features: codes.map((c) => {
			const f = byCode.get(c);
			if (!f) throw new Error(`La commune ${c} n’a pas de contour : relancez « npm run data ».`);
			return f as PolygonCollection['features'][number];
		})
	};
}

/** Builds the weights of the chosen rule over the territory (ids = commune codes). */
export function territoryWeights(
	fc: PolygonCollection,
	kind: WeightsKind,
	k: number
): SpatialWeights {
	return kind === 'knn'
		? knnWeights(fc, { k, idProperty: 'code' })
		: contiguityWeights(fc, { kind, idProperty: 'code' });
}

/** Codes of the neighbours of `code` under `w` (empty for an island or an unknown code). */
export function neighbourCodes(w: SpatialWeights, code: string): string[] {
	const i = w.ids.indexOf(code);
	if (i < 0) return [];
	return Array.from(w.neighbors.subarray(w.offsets[i], w.offsets[i + 1]), (j) => w.ids[j]!);
}
