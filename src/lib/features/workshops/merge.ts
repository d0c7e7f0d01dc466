/**
 * Merging imported problems into the stored ones. Nothing stored is lost: a record edited here
 * since it was created is never overwritten by a file; both versions go to `conflicts`.
 */
import type { Problem } from './model';

/** What a merge did, for the import summary (« 12 ajoutées, 3 mises à jour… »). */
export interface MergeResult {
	/** The full list after the merge: existing order first, then the added problems. */
	merged: Problem[];
	added: Problem[];
	unchanged: Problem[];
	updated: Problem[];
	/** Same id, different content, and the stored record was edited or is newer: kept as is. */
	conflicts: { existing: Problem; incoming: Problem }[];
}

/** True when two problems say the same thing (timestamps aside). */
export function sameContent(a: Problem, b: Problem): boolean {
	const strip = ({ createdAt: _c, updatedAt: _u, ...rest }: Problem) => rest;
	return JSON.stringify(strip(a), keysInOrder) === JSON.stringify(strip(b), keysInOrder);
}

// Object key order differs between a parsed file and a stored record: sort before comparing.
function keysInOrder(_key: string, value: unknown): unknown {
	if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
	return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** True when the record was changed after it was created (in the app or in a later export). */
const edited = (p: Problem) => p.updatedAt !== p.createdAt;

/**
 * Merges `incoming` into `existing` by id. A differing incoming record replaces the stored one
 * only when the stored one was never edited and the incoming one is not older; otherwise the
 * stored one is kept and the pair is reported as a conflict for the user to settle.
 */
export function mergeProblems(
	existing: readonly Problem[],
	incoming: readonly Problem[]
): MergeResult {
	const byId = new Map(existing.map((p) => [p.id, p] as const));
	const result: MergeResult = { merged: [], added: [], unchanged: [], updated: [], conflicts: [] };
	const replaced = new Map<string, Problem>();
	for (const inc of incoming) {
		const cur = replaced.get(inc.id) ?? byId.get(inc.id);
		if (!cur) {
			result.added.push(inc);
			byId.set(inc.id, inc);
			replaced.set(inc.id, inc);
		} else if (sameContent(cur, inc)) result.unchanged.push(cur);
		else if (!edited(cur) && inc.updatedAt >= cur.updatedAt) {
			const next = { ...inc, createdAt: cur.createdAt };
			result.updated.push(next);
			replaced.set(inc.id, next);
		} else result.conflicts.push({ existing: cur, incoming: inc });
	}
	const existingIds = new Set(existing.map((p) => p.id));
	result.merged = [
		...existing.map((p) => replaced.get(p.id) ?? p),
		...result.added.filter((p) => !existingIds.has(p.id)).map((p) => replaced.get(p.id) ?? p)
	];
	return result;
}
