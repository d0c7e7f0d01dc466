/**
 * Class breaks for a choropleth: quantiles (default), natural breaks (Jenks) or equal intervals.
 * Only the territory's communes are classified; NULL values are left out and get their own class.
 */
import { ckmeans, equalIntervalBreaks, quantileSorted } from 'simple-statistics';

/** Classification methods, with their French labels. */
export const METHODS = {
	quantile: 'Quantiles (effectifs égaux)',
	jenks: 'Seuils naturels (Jenks)',
	equal: 'Intervalles égaux'
} as const;

export type Method = keyof typeof METHODS;

/**
 * The method's label for a legend; with fewer classes than asked, why: « Quantiles (effectifs
 * égaux) : 2 classes au lieu de 5, trop de communes ont la même valeur ». When the lowest value
 * has a class of its own (51 communes without any childcare establishment share 0,0), the label
 * says that this class is not of equal count. `breaks` as `classBreaks` returns them.
 */
export function methodText(method: Method, asked: number, breaks: readonly number[]): string {
	const got = breaks.length - 1;
	// The lowest value in a class of its own (`quantileBreaks`): its class is not of equal count.
	const label =
		method === 'quantile' && got > 1 && breaks[0] === breaks[1]
			? 'Quantiles (effectifs égaux au-dessus de la valeur la plus basse, qui a sa propre classe)'
			: METHODS[method];
	if (got < 1 || got >= asked) return label;
	const classes = got > 1 ? `${got} classes` : '1 classe';
	return `${label} : ${classes} au lieu de ${asked}, trop de communes ont la même valeur`;
}

/**
 * Returns ascending breaks `[min, t1, …, max]` for at most `k` classes. Fewer classes come back
 * when there are fewer distinct values than `k` (never an empty class from duplicated breaks).
 */
export function classBreaks(
	values: readonly (number | null)[],
	method: Method,
	k: number
): number[] {
	const data = values.filter((v): v is number => v !== null && Number.isFinite(v));
	if (data.length === 0) return [];
	const sorted = [...data].sort((a, b) => a - b);
	const distinct = new Set(sorted).size;
	const n = Math.max(1, Math.min(k, distinct));
	if (n === 1) return [sorted[0]!, sorted[sorted.length - 1]!];
	let breaks: number[];
	// Natural breaks via ckmeans (optimal 1-D k-means, Jenks' criterion): each class ends at the
	// largest value of its cluster, matching `classOf`'s (lower, upper] classes.
	if (method === 'jenks') breaks = [sorted[0]!, ...ckmeans(sorted, n).map((c) => c[c.length - 1]!)];
	else if (method === 'equal') breaks = equalIntervalBreaks(sorted, n);
	else return quantileBreaks(sorted, n);
	return dedupe(breaks);
}

/**
 * Quantile breaks of ascending `sorted` for `n` classes. When many communes share the lowest
 * value (no collège: 0,00 for 60 of 71), the cut points fall on it and merge, and the map could
 * come out in one colour (« 1 classe au lieu de 5 »). The lowest value then gets a class of its
 * own, `[min, min]`, and the communes above it are cut in quantiles into the other classes.
 */
function quantileBreaks(sorted: readonly number[], n: number): number[] {
	const cut = (xs: readonly number[], m: number) => {
		const b = [xs[0]!];
		for (let i = 1; i < m; i++) b.push(quantileSorted([...xs], i / m));
		b.push(xs[xs.length - 1]!);
		return dedupe(b);
	};
	const plain = cut(sorted, n);
	const min = sorted[0]!;
	const above = sorted.filter((v) => v > min);
	if (plain.length - 1 >= n || above.length === 0 || sorted.length - above.length < 2) return plain;
	const rest = cut(above, Math.min(n - 1, new Set(above).size));
	// Class 0 holds the values ≤ min (`classOf`), class 1 (min, t1]: the rest's own lowest cut
	// is replaced by `min`.
	return [min, min, ...rest.slice(1)];
}

function dedupe(breaks: number[]): number[] {
	const out: number[] = [];
	for (const b of breaks) if (out.length === 0 || b > out[out.length - 1]!) out.push(b);
	return out.length === 1 ? [out[0]!, out[0]!] : out;
}

/** Class index (0-based) of a value: class i holds (breaks[i], breaks[i+1]], the first also its min. */
export function classOf(value: number | null, breaks: readonly number[]): number | null {
	if (value === null || !Number.isFinite(value) || breaks.length < 2) return null;
	const last = breaks.length - 2;
	for (let i = 0; i <= last; i++) if (value <= breaks[i + 1]!) return i;
	return last;
}
