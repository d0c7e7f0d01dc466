/**
 * The worker calls of the page: LISA, global Moran and Gi* for one variable, and the extra LISA
 * runs (other seeds) that measure how stable each class is.
 */
import type { AnalysisClient } from '$lib/analysis/client';
import type { GiStarResult } from '$lib/analysis/getis-ord';
import type { LisaResult } from '$lib/analysis/lisa';
import type { MoranResult } from '$lib/analysis/moran';
import { classStability, type ClassStability } from '$lib/analysis/stability';
import type { SpatialWeights } from '$lib/analysis/weights';
import { handleRequest } from '$lib/analysis/protocol';
import { correctedClusters, type Correction } from './significance';

/** Number of seeds used to measure stability. */
export const STABILITY_RUNS = 10;

/** What the statistics are computed on. */
export interface StatsInput {
	values: Float64Array;
	weights: SpatialWeights;
	permutations: number;
	seed: number;
}

/** Results of one computation, with the LISA time (round trip, and inside the worker). */
export interface StatsRun {
	lisa: LisaResult;
	moran: MoranResult;
	gi: GiStarResult;
	lisaMs: number;
	lisaWorkerMs: number | null;
}

function message(input: StatsInput) {
	const { n, offsets, neighbors } = input.weights;
	return {
		values: input.values,
		weights: { n, offsets, neighbors },
		permutations: input.permutations,
		seed: input.seed
	};
}

/** Runs LISA, then Moran and Gi* (analytic), in the worker. */
export async function runStats(client: AnalysisClient, input: StatsInput): Promise<StatsRun> {
	const msg = message(input);
	const t0 = performance.now();
	const lisa = await client.run({ kind: 'lisa', ...msg });
	const lisaMs = performance.now() - t0;
	const lisaWorkerMs = client.lastMs;
	const [moran, gi] = await Promise.all([
		client.run({ kind: 'moran', ...msg }),
		client.run({ kind: 'gi', ...msg, inference: 'analytic' })
	]);
	return { lisa, moran, gi, lisaMs, lisaWorkerMs };
}

/**
 * The LISA of `input` computed here, without the worker: the worker's own request handler, for
 * pages prerendered at build time (same request, same seed, same result as `runStats`).
 */
export function lisaHere(input: StatsInput): LisaResult {
	const res = handleRequest({ kind: 'lisa', ...message(input) });
	if (!res.ok) throw new Error(res.error);
	return res.result as LisaResult;
}

/** Seeds of the stability runs: the chosen seed and the following ones. */
export function stabilitySeeds(seed: number, runs = STABILITY_RUNS): number[] {
	return Array.from({ length: runs }, (_, k) => (seed + k) >>> 0);
}

/** LISA once per stability seed (p-values and quadrants are what stability needs). */
export function runStabilityLisas(
	client: AnalysisClient,
	input: StatsInput
): Promise<LisaResult[]> {
	const msg = message(input);
	return Promise.all(
		stabilitySeeds(input.seed).map((seed) => client.run({ kind: 'lisa', ...msg, seed }))
	);
}

/** Stability of the classes shown (same threshold and correction) over the runs. */
export function stabilityOf(
	runs: readonly LisaResult[],
	alpha: number,
	correction: Correction
): ClassStability {
	return classStability(runs.map((r) => correctedClusters(r, alpha, correction)));
}

/** A computation and its stability runs, as the page keeps them. */
export interface StatsEntry {
	run: StatsRun;
	stability: LisaResult[];
}

/**
 * The computations already made in this tab (the page's worker does not outlive the page): going
 * back to the page, or a presentation's slide shown again, paints at once. Same input, same seed,
 * same result: this only skips doing it twice. The most recent `STATS_KEPT` are kept.
 */
const kept = new Map<string, StatsEntry>();
const STATS_KEPT = 24;

/** What identifies a computation: every number the worker gets. */
export function statsKey(input: StatsInput): string {
	const { weights: w } = input;
	return [
		input.permutations,
		input.seed,
		w.kind,
		w.ids.join(','),
		w.offsets.join(','),
		w.neighbors.join(','),
		[...input.values].join(',')
	].join('|');
}

export function keptStats(input: StatsInput): StatsEntry | null {
	return kept.get(statsKey(input)) ?? null;
}

export function keepStats(input: StatsInput, entry: StatsEntry): void {
	const key = statsKey(input);
	kept.delete(key);
	kept.set(key, entry);
	if (kept.size > STATS_KEPT) kept.delete(kept.keys().next().value!);
}
