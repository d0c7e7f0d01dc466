/** Edit distance used to suggest communes for typos that a subsequence matcher cannot see. */

/** Levenshtein distance between two strings (insertions, deletions, substitutions). */
export function levenshtein(a: string, b: string): number {
	if (a === b) return 0;
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			current[j] = Math.min(
				(previous[j] ?? 0) + 1,
				(current[j - 1] ?? 0) + 1,
				(previous[j - 1] ?? 0) + cost
			);
		}
		previous = current;
	}
	return previous[b.length] ?? 0;
}
