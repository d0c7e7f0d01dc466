/**
 * Merging imported problems into the stored ones. Nothing stored is lost: a record edited here
 * since it was created is never overwritten by a file; both versions go to `conflicts`. A file
 * that holds a problem deleted here (a backup made before the deletion) restores it, when the
 * user agreed to it in the import review (`restore`).
 */
import type { Problem } from './model';

/** What a merge did, for the import summary (« 12 ajoutées, 3 mises à jour… »). */
export interface MergeResult {
	/** The full list after the merge: existing order first, then the added problems. */
	merged: Problem[];
	added: Problem[];
	unchanged: Problem[];
	updated: Problem[];
	/** Each update with the stored version it replaces, for the report (same order). */
	replaced: Problem[];
	/** Same id, different content, and the stored record was edited or is newer: kept as is. */
	conflicts: { existing: Problem; incoming: Problem }[];
	/** Deleted here, held by the file: brought back as they were when deleted. */
	restored: Problem[];
	/** Deleted here, held by the file, left deleted because the user chose not to restore. */
	keptDeleted: Problem[];
}

/** What the merge knows of deletions, and what the user chose in the import review. */
export interface MergeOptions {
	/** Ids of stored problems deleted (still restorable). */
	deleted?: ReadonlySet<string>;
	/** True (default) to bring back the deleted problems that the file holds. */
	restore?: boolean;
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
 * True when a file's version was made from the stored version itself: same « Modifié le » (the
 * atlas changes it at every edit, so the stored one was not edited since the export), and its
 * other values edited outside the atlas (a spreadsheet). It replaces the stored one, even if
 * that one had been edited in the atlas before the export.
 */
const fromThisVersion = (stored: Problem, file: Problem) =>
	edited(stored) && file.updatedAt === stored.updatedAt && file.createdAt === stored.createdAt;

/**
 * Merges `incoming` into `existing` by id. A differing incoming record replaces the stored one
 * when the stored one was never edited and the incoming one is not older, or when the incoming
 * one was made from the stored version (`fromThisVersion`: an export edited in a spreadsheet);
 * otherwise the stored one is kept and the pair is reported as a conflict for the user to settle.
 * A deleted record (`options.deleted`) held by the file is restored as it was when deleted (its
 * deletion counts as an edit, so a differing file version is also reported as a conflict), or
 * left deleted when `options.restore` is false; it is never counted as « unchanged ».
 */
export function mergeProblems(
	existing: readonly Problem[],
	incoming: readonly Problem[],
	options: MergeOptions = {}
): MergeResult {
	const { deleted = new Set<string>(), restore = true } = options;
	const byId = new Map(existing.map((p) => [p.id, p] as const));
	const result: MergeResult = {
		merged: [],
		added: [],
		unchanged: [],
		updated: [],
		replaced: [],
		conflicts: [],
		restored: [],
		keptDeleted: []
	};
	const replaced = new Map<string, Problem>();
	const seenDeleted = new Set<string>();
	for (const inc of incoming) {
		const cur = replaced.get(inc.id) ?? byId.get(inc.id);
		if (cur && deleted.has(inc.id) && !replaced.has(inc.id)) {
			if (seenDeleted.has(inc.id)) continue; // the same id twice in a file left deleted
			seenDeleted.add(inc.id);
			(restore ? result.restored : result.keptDeleted).push(cur);
			if (!sameContent(cur, inc)) result.conflicts.push({ existing: cur, incoming: inc });
			if (restore) replaced.set(inc.id, cur);
		} else if (!cur) {
			result.added.push(inc);
			byId.set(inc.id, inc);
			replaced.set(inc.id, inc);
		} else if (sameContent(cur, inc)) result.unchanged.push(cur);
		else if (fromThisVersion(cur, inc) || (!edited(cur) && inc.updatedAt >= cur.updatedAt)) {
			const next = { ...inc, createdAt: cur.createdAt };
			result.updated.push(next);
			result.replaced.push(cur);
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
