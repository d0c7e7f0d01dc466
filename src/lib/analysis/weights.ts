/**
 * Spatial weights in a compact CSR layout (compressed sparse rows), built from polygons.
 *
 * Contiguity is tested on vertices: two communes are neighbours when a vertex of one lies within
 * `tolerance` (degrees) of a vertex of the other. The tolerance exists because our contours are
 * simplified (mapshaper, Visvalingam): after simplification two neighbours may no longer share
 * bit-identical vertices. A vertex hash grid keeps this linear in the number of vertices, so
 * France-scale layers (35 000 communes) stay feasible.
 */
import { flattenVertices, type PolygonCollection } from './geometry';

/** Spatial weights, CSR layout: the neighbours of unit i are `neighbors[offsets[i] .. offsets[i+1])`. */
export interface SpatialWeights {
	/** How the neighbours were found. */
	kind: 'queen' | 'rook' | 'knn' | 'custom';
	/** Number of units. */
	n: number;
	/** Unit identifiers (e.g. INSEE commune codes), in row order. */
	ids: string[];
	/** Row starts, length n + 1. */
	offsets: Int32Array;
	/** Neighbour indices, sorted ascending within each row. */
	neighbors: Int32Array;
	/** Indices of units without any neighbour ("îles"), listed so the UI can say so. */
	islands: number[];
}

/** Options of {@link contiguityWeights}. */
export interface ContiguityOptions {
	/** 'queen' = shared vertex or edge (default); 'rook' = shared edge only. */
	kind?: 'queen' | 'rook';
	/** Max distance, in coordinate units (degrees), for two vertices to count as shared. 0 = exact. */
	tolerance?: number;
	/** Feature property holding the identifier; falls back to `feature.id`, then the row index. */
	idProperty?: string;
}

/** Default snapping tolerance: 1e-4 degree is about 8 m in longitude and 11 m in latitude here. */
export const DEFAULT_TOLERANCE = 1e-4;

/** Reads the identifiers of the features (property, then feature id, then row index). */
export function featureIds(fc: PolygonCollection, idProperty?: string): string[] {
	return fc.features.map((f, i) => {
		const p = idProperty ? f.properties?.[idProperty] : undefined;
		return String(p ?? f.id ?? i);
	});
}

/** Builds CSR weights from neighbour lists (symmetry is not enforced; lists are sorted, deduplicated). */
export function weightsFromLists(
	lists: ReadonlyArray<ReadonlyArray<number>>,
	ids?: string[],
	kind: SpatialWeights['kind'] = 'custom'
): SpatialWeights {
	const n = lists.length;
	const offsets = new Int32Array(n + 1);
	const rows = lists.map((l, i) => [...new Set(l)].filter((j) => j !== i).sort((a, b) => a - b));
	rows.forEach((r, i) => (offsets[i + 1] = offsets[i]! + r.length));
	const neighbors = new Int32Array(offsets[n]!);
	rows.forEach((r, i) => neighbors.set(r, offsets[i]!));
	const islands = rows.flatMap((r, i) => (r.length === 0 ? [i] : []));
	return { kind, n, ids: ids ?? rows.map((_, i) => String(i)), offsets, neighbors, islands };
}

/** Returns the neighbour lists as plain arrays (for display, or for libraries expecting them). */
export function toNeighborLists(w: SpatialWeights): number[][] {
	const out: number[][] = [];
	for (let i = 0; i < w.n; i++)
		out.push(Array.from(w.neighbors.subarray(w.offsets[i], w.offsets[i + 1])));
	return out;
}

/** Number of neighbours of each unit. */
export function cardinalities(w: SpatialWeights): Int32Array {
	const c = new Int32Array(w.n);
	for (let i = 0; i < w.n; i++) c[i] = w.offsets[i + 1]! - w.offsets[i]!;
	return c;
}

/**
 * Row-standardised weight values aligned with `w.neighbors`: each neighbour of i weighs 1/|N(i)|.
 * Islands have no entries, so their spatial lag is undefined (not 0).
 */
export function rowStandardize(w: SpatialWeights): Float64Array {
	const values = new Float64Array(w.neighbors.length);
	for (let i = 0; i < w.n; i++) {
		const start = w.offsets[i]!;
		const end = w.offsets[i + 1]!;
		values.fill(1 / (end - start), start, end);
	}
	return values;
}

/** Hash of a grid cell; collisions are harmless because candidate distances are re-checked. */
function cellHash(cx: number, cy: number, mask: number): number {
	return (Math.imul(cx | 0, 73856093) ^ Math.imul(cy | 0, 19349663)) & mask;
}

/**
 * Queen or rook contiguity weights from polygons, with a vertex snapping tolerance.
 *
 * Rook needs a shared edge: two consecutive vertices of a ring of one unit both matched to the
 * other unit. Like GeoDa's vertex-based test, it misses edges that one side splits with an extra
 * vertex (T-junction); topology-preserving simplification does not create those.
 */
export function contiguityWeights(
	fc: PolygonCollection,
	options: ContiguityOptions = {}
): SpatialWeights {
	const kind = options.kind ?? 'queen';
	const tol = Math.max(0, options.tolerance ?? DEFAULT_TOLERANCE);
	const tol2 = tol * tol;
	const n = fc.features.length;
	const { x, y, feature, next } = flattenVertices(fc.features);
	const nv = x.length;
	// With tolerance 0 any tiny cell works: identical vertices share a cell.
	const cell = tol > 0 ? tol : 1e-9;
	let size = 1;
	while (size < 2 * nv) size <<= 1;
	const mask = size - 1;
	const cx = new Float64Array(nv);
	const cy = new Float64Array(nv);
	// Counting sort of the vertices into hash buckets (CSR again): no Map, no per-vertex array.
	const bucketStart = new Int32Array(size + 1);
	for (let v = 0; v < nv; v++) {
		cx[v] = Math.floor(x[v]! / cell);
		cy[v] = Math.floor(y[v]! / cell);
		bucketStart[cellHash(cx[v]!, cy[v]!, mask) + 1]!++;
	}
	for (let b = 0; b < size; b++) bucketStart[b + 1]! += bucketStart[b]!;
	const fill = bucketStart.slice(0, size);
	const bucketItems = new Int32Array(nv);
	for (let v = 0; v < nv; v++) bucketItems[fill[cellHash(cx[v]!, cy[v]!, mask)]!++] = v;

	// Per vertex, the features it touches (other than its own): CSR built in vertex order.
	const matchStart = new Int32Array(nv + 1);
	let matches = new Int32Array(Math.max(16, nv));
	let m = 0;
	const reach = tol > 0 ? 1 : 0;
	for (let v = 0; v < nv; v++) {
		const fv = feature[v]!;
		const rowStart = m;
		for (let dx = -reach; dx <= reach; dx++) {
			for (let dy = -reach; dy <= reach; dy++) {
				const h = cellHash(cx[v]! + dx, cy[v]! + dy, mask);
				for (let k = bucketStart[h]!; k < bucketStart[h + 1]!; k++) {
					const u = bucketItems[k]!;
					const fu = feature[u]!;
					if (fu === fv) continue;
					const ddx = x[u]! - x[v]!;
					const ddy = y[u]! - y[v]!;
					if (ddx * ddx + ddy * ddy > tol2) continue;
					let seen = false;
					for (let q = rowStart; q < m; q++) if (matches[q] === fu) seen = true;
					if (seen) continue;
					if (m === matches.length) {
						const grown = new Int32Array(matches.length * 2);
						grown.set(matches);
						matches = grown;
					}
					matches[m++] = fu;
				}
			}
		}
		matchStart[v + 1] = m;
	}

	const sets: Set<number>[] = Array.from({ length: n }, () => new Set<number>());
	for (let v = 0; v < nv; v++) {
		const fv = feature[v]!;
		for (let q = matchStart[v]!; q < matchStart[v + 1]!; q++) {
			const fu = matches[q]!;
			if (kind === 'queen') {
				sets[fv]!.add(fu);
				sets[fu]!.add(fv);
				continue;
			}
			// Rook: the next vertex on the same ring must touch the same feature.
			const w = next[v]!;
			for (let r = matchStart[w]!; r < matchStart[w + 1]!; r++) {
				if (matches[r] === fu) {
					sets[fv]!.add(fu);
					sets[fu]!.add(fv);
				}
			}
		}
	}
	const ids = featureIds(fc, options.idProperty);
	return weightsFromLists(
		sets.map((s) => [...s]),
		ids,
		kind
	);
}
