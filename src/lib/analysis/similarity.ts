/**
 * « Communes similaires »: the communes closest to one commune on a set of indicators.
 *
 * Method (stated on screen in plain French, see features/compare/similar-text.ts):
 * - each indicator is standardised over the territory's communes that have a value, with
 *   {@link standardize} (z = (x − mean) / sd, sample sd): a z of 1 is one standard deviation
 *   above the communes' mean, so indicators in %, € or km weigh the same;
 * - an indicator whose known values are all equal says nothing and is left out;
 * - the distance between two communes is taken over the indicators both have: the square root
 *   of the mean of the squared z differences (the Euclidean distance divided by √m, m being that
 *   number of indicators), so that a pair sharing 8 indicators and one sharing 10 compare fairly;
 * - a pair sharing fewer than `minShared` indicators is not compared at all;
 * - the indicators that « drive » the similarity are those with the smallest |z difference|.
 * A NULL is never replaced by a value: it only narrows the indicators of the pairs it is in.
 */
import { isPresent, standardize } from './stats';

/** One indicator's value by commune code (null: n.d.). */
export interface SimilarityIndicator {
	id: string;
	values: Readonly<Record<string, number | null | undefined>>;
}

/** A close commune. */
export interface SimilarCommune {
	code: string;
	/** Root mean square of the z differences over the shared indicators. */
	distance: number;
	/** How many indicators the distance is taken over. */
	shared: number;
	/** The shared indicators, smallest |z difference| first (the ones that make them alike). */
	closest: { id: string; diff: number }[];
}

/** The answer for one commune. */
export interface SimilarityResult {
	neighbours: SimilarCommune[];
	/** Communes left out for sharing fewer than `minShared` indicators with the target. */
	excluded: string[];
	/** Indicators left out because all their known values are equal. */
	constant: string[];
}

/** Options: how many neighbours, the minimum shared indicators, how many drivers to keep. */
export interface SimilarityOptions {
	k?: number;
	minShared: number;
	drivers?: number;
}

/** z-scores over `codes` (n.d. stays absent), or null when the indicator has no spread. */
export function zScoresOver(
	values: SimilarityIndicator['values'],
	codes: readonly string[]
): Map<string, number> | null {
	const present = codes.filter((c) => isPresent(values[c]));
	const raw = present.map((c) => values[c] as number);
	if (raw.length < 2 || raw.every((v) => v === raw[0])) return null;
	const z = standardize(raw);
	return new Map(present.map((c, i) => [c, z[i]!]));
}

/** The z-scores of every indicator over `codes`, computed once for many targets. */
export function zTable(indicators: readonly SimilarityIndicator[], codes: readonly string[]) {
	const table = new Map<string, Map<string, number>>();
	const constant: string[] = [];
	for (const ind of indicators) {
		const z = zScoresOver(ind.values, codes);
		if (z) table.set(ind.id, z);
		else constant.push(ind.id);
	}
	return { table, constant };
}

/** The `k` communes of `codes` closest to `target` (ties: more shared indicators, then code). */
export function similarCommunes(
	target: string,
	codes: readonly string[],
	z: ReturnType<typeof zTable>,
	{ k = 5, minShared, drivers = 3 }: SimilarityOptions
): SimilarityResult {
	const neighbours: SimilarCommune[] = [];
	const excluded: string[] = [];
	for (const code of codes) {
		if (code === target) continue;
		const diffs: { id: string; diff: number }[] = [];
		for (const [id, zs] of z.table) {
			const a = zs.get(target);
			const b = zs.get(code);
			if (a !== undefined && b !== undefined) diffs.push({ id, diff: b - a });
		}
		if (diffs.length < minShared) {
			excluded.push(code);
			continue;
		}
		const sum = diffs.reduce((s, d) => s + d.diff * d.diff, 0);
		const closest = [...diffs].sort((p, q) => Math.abs(p.diff) - Math.abs(q.diff));
		neighbours.push({
			code,
			distance: Math.sqrt(sum / diffs.length),
			shared: diffs.length,
			closest: closest.slice(0, drivers)
		});
	}
	neighbours.sort(
		(p, q) => p.distance - q.distance || q.shared - p.shared || p.code.localeCompare(q.code)
	);
	return { neighbours: neighbours.slice(0, k), excluded, constant: z.constant };
}
