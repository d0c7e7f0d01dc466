/**
 * Stability of LISA classes across random seeds. A pseudo p-value near the threshold flips
 * between "significant" and "not significant" from one run to the next; the map should say so
 * instead of showing a class as certain. For each unit we report its modal class over the seeds
 * and the share of seeds that gave it.
 */
import { localMoran, type LisaOptions } from './lisa';
import type { Values } from './stats';
import type { SpatialWeights } from './weights';

/** Per-unit stability of a class map over several runs. */
export interface ClassStability {
	/** Most frequent class (ties: the lowest code, i.e. "non significatif" first). */
	modalClass: Uint8Array;
	/** Share of runs giving the modal class, in (0, 1]. */
	agreement: Float64Array;
	/** Number of runs. */
	runs: number;
}

/** Modal class and agreement share from several class arrays of equal length. */
export function classStability(runs: ReadonlyArray<ArrayLike<number>>): ClassStability {
	const first = runs[0];
	if (!first) throw new Error('Il faut au moins un calcul pour mesurer la stabilité.');
	const n = first.length;
	const modalClass = new Uint8Array(n);
	const agreement = new Float64Array(n);
	const tally = new Int32Array(256);
	for (let i = 0; i < n; i++) {
		tally.fill(0);
		for (const run of runs) tally[run[i]!]!++;
		let best = 0;
		for (let c = 1; c < 256; c++) if (tally[c]! > tally[best]!) best = c;
		modalClass[i] = best;
		agreement[i] = tally[best]! / runs.length;
	}
	return { modalClass, agreement, runs: runs.length };
}

/** Runs LISA once per seed and measures how stable each unit's cluster class is. */
export function lisaStability(
	values: Values,
	w: SpatialWeights,
	seeds: readonly number[],
	options: Omit<LisaOptions, 'seed'> = {}
): ClassStability {
	return classStability(seeds.map((seed) => localMoran(values, w, { ...options, seed }).clusters));
}
