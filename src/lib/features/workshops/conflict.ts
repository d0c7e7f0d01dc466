/**
 * Concurrency rules for stored problems, kept pure so they are tested without IndexedDB.
 * Every write is per record and carries the revision the editor started from; two tabs editing
 * the same problem are detected, and the user sees both versions before anything is replaced.
 */
import type { Problem } from './model';

/** A problem as stored: revision counter and soft-deletion mark (for undo). */
export interface StoredProblem extends Problem {
	/** Incremented on every write; 0 means « never stored ». */
	revision: number;
	/** ISO timestamp of deletion; null while the problem is visible. */
	deletedAt: string | null;
}

/** What a save does: the record to store, and both versions when another tab wrote first. */
export interface SaveDecision {
	record: StoredProblem;
	/** Set when another tab wrote first: `lost` is the version that was not kept. */
	conflict: { kept: StoredProblem; lost: StoredProblem } | null;
	/** False when the stored record is kept as is (nothing to write). */
	write: boolean;
	/** True when the save brought back a deleted record. */
	revived: boolean;
}

/** Marks a record deleted (kept for undo), as a new revision. */
export function markDeleted(stored: StoredProblem, now: string): StoredProblem {
	return { ...stored, deletedAt: now, updatedAt: now, revision: stored.revision + 1 };
}

/** Undoes a deletion, as a new revision. */
export function markRestored(stored: StoredProblem, now: string): StoredProblem {
	return { ...stored, deletedAt: null, updatedAt: now, revision: stored.revision + 1 };
}

/** Drops the storage fields: what the rest of the app works with. */
export function toProblem({ revision: _r, deletedAt: _d, ...problem }: StoredProblem): Problem {
	return problem;
}

/** Ids of deleted records older than `before` (ISO), safe to purge: their undo window is over. */
export function purgeable(records: readonly StoredProblem[], before: string): string[] {
	return records.filter((r) => r.deletedAt !== null && r.deletedAt < before).map((r) => r.id);
}

/**
 * Decides a save typed in the capture form, edited from `baseRevision` (0 for a new problem).
 * A typed edit never replaces a version it did not start from: when another tab wrote meanwhile,
 * nothing is written and both versions go to `conflict` for the user. A new
 * problem with the content of a deleted one brings that record back with what was just typed.
 */
export function decideSave(
	stored: StoredProblem | undefined,
	next: Problem,
	baseRevision: number
): SaveDecision {
	if (stored && stored.deletedAt !== null && baseRevision === 0) {
		const record: StoredProblem = { ...next, revision: stored.revision + 1, deletedAt: null };
		return { record, conflict: null, write: true, revived: true };
	}
	if (stored && stored.revision !== baseRevision) {
		const lost: StoredProblem = { ...next, revision: baseRevision, deletedAt: null };
		return { record: stored, conflict: { kept: stored, lost }, write: false, revived: false };
	}
	const record: StoredProblem = { ...next, revision: (stored?.revision ?? 0) + 1, deletedAt: null };
	return { record, conflict: null, write: true, revived: false };
}
