/**
 * The sum of counts, or NULL as soon as one of them is missing: a partial sum would understate
 * the count and be shown as if it were complete. The one place this rule is written.
 */
export function sumOrNull(values: Iterable<number | null | undefined>): number | null {
	let sum = 0;
	for (const v of values) {
		if (v === null || v === undefined || !Number.isFinite(v)) return null;
		sum += v;
	}
	return sum;
}
