/**
 * k-nearest-neighbour weights on polygon centroids. Useful when contiguity leaves islands or when
 * unit sizes vary a lot; note that k-NN weights are not symmetric (i may be among j's nearest
 * without the converse), as in GeoDa.
 */
import { planarCentroid, type PolygonCollection } from './geometry';
import { featureIds, weightsFromLists, type SpatialWeights } from './weights';

/** Options of {@link knnWeights}. */
export interface KnnOptions {
	/** Number of neighbours per unit (default 4). */
	k?: number;
	/** Feature property holding the identifier. */
	idProperty?: string;
	/**
	 * 'equirectangular' (default): longitudes scaled by cos(mean latitude), closer to distances
	 * on the ground (at 44° N a degree of longitude is 0.72 of a degree of latitude);
	 * 'degrees': plain Euclidean distance on longitude/latitude, as GeoDa's k-NN.
	 */
	metric?: 'equirectangular' | 'degrees';
}

/**
 * Centroids as an equirectangular projection: longitudes are scaled by cos(mean latitude) so
 * that a degree east counts about as much as a degree north. Good enough at commune scale
 * within a département or a country; not for ranking neighbours across the globe.
 */
export function projectedCentroids(
	fc: PolygonCollection,
	scaleLongitude = true
): { x: Float64Array; y: Float64Array } {
	const n = fc.features.length;
	const x = new Float64Array(n).fill(NaN);
	const y = new Float64Array(n).fill(NaN);
	let latSum = 0;
	let count = 0;
	fc.features.forEach((f, i) => {
		const c = planarCentroid(f.geometry);
		if (!c) return;
		x[i] = c[0];
		y[i] = c[1];
		latSum += c[1];
		count++;
	});
	const scale = scaleLongitude ? Math.cos(((count ? latSum / count : 0) * Math.PI) / 180) : 1;
	for (let i = 0; i < n; i++) x[i] = x[i]! * scale;
	return { x, y };
}

/**
 * k-nearest-neighbour weights. Sweep along x: points are sorted by x once, and the search around
 * each point stops as soon as the x gap alone exceeds the current k-th best distance.
 * Ties are broken by the lower index so that the result is deterministic.
 */
export function knnWeights(fc: PolygonCollection, options: KnnOptions = {}): SpatialWeights {
	const { x, y } = projectedCentroids(
		fc,
		(options.metric ?? 'equirectangular') === 'equirectangular'
	);
	const n = x.length;
	const valid = Array.from({ length: n }, (_, i) => i).filter((i) => Number.isFinite(x[i]!));
	const k = Math.min(options.k ?? 4, Math.max(0, valid.length - 1));
	const order = valid.sort((a, b) => x[a]! - x[b]! || a - b);
	const lists: number[][] = Array.from({ length: n }, () => []);
	const bestD = new Float64Array(k);
	const bestJ = new Int32Array(k);
	order.forEach((i, pos) => {
		if (k === 0) return;
		let found = 0;
		const consider = (j: number) => {
			const d = (x[j]! - x[i]!) ** 2 + (y[j]! - y[i]!) ** 2;
			if (found === k && (d > bestD[k - 1]! || (d === bestD[k - 1]! && j > bestJ[k - 1]!))) return;
			// Insertion into the small sorted list of the best k.
			let p = found < k ? found++ : k - 1;
			while (p > 0 && (bestD[p - 1]! > d || (bestD[p - 1] === d && bestJ[p - 1]! > j))) {
				bestD[p] = bestD[p - 1]!;
				bestJ[p] = bestJ[p - 1]!;
				p--;
			}
			bestD[p] = d;
			bestJ[p] = j;
		};
		let lo = pos - 1;
		let hi = pos + 1;
		while (lo >= 0 || hi < order.length) {
			const gapLo = lo >= 0 ? x[i]! - x[order[lo]!]! : Infinity;
			const gapHi = hi < order.length ? x[order[hi]!]! - x[i]! : Infinity;
			const gap = Math.min(gapLo, gapHi);
			if (found === k && gap * gap > bestD[k - 1]!) break;
			if (gapLo <= gapHi) consider(order[lo--]!);
			else consider(order[hi++]!);
		}
		lists[i] = Array.from(bestJ.subarray(0, found));
	});
	return weightsFromLists(lists, featureIds(fc, options.idProperty), 'knn');
}
