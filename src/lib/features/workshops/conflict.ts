/**
 * Concurrency rules for stored problems, kept pure so they are tested without IndexedDB.
 * Every write is per record and carries the revision the editor started from; two tabs editing
 * the same problem are detected, the latest edit is kept and the other is reported.
 */
import type { Problem } from './model';

/** A problem as stored: revision counter and soft-deletion mark (for undo). */
export interface StoredProblem extends Problem {
	/** Incremented on every write; 0 means « never stored ». */
	revision: number;
	/** ISO timestamp of deletion; null while the problem is visible. */
	deletedAt: string | null;
}

/** Result of a write attempt: the record to store, and the losing version when there was a race. */
export interface WriteDecision {
	record: StoredProblem;
	/** Set when another tab wrote first: `lost` is the version that was not kept. */
	conflict: { kept: StoredProblem; lost: StoredProblem } | null;
	/** False when the stored record is kept as is (nothing to write). */
	write: boolean;
}

/**
 * Decides what to store when `next` (edited from revision `baseRevision`) meets `stored`.
 * Same revision: normal write. Different revision: someone else wrote meanwhile; the edit with
 * the later `updatedAt` wins (ties go to the new edit, the user's latest action).
 */
export function decideWrite(
	stored: StoredProblem | undefined,
	next: Problem,
	baseRevision: number,
	deletedAt: string | null = null
): WriteDecision {
	const candidate: StoredProblem = { ...next, revision: (stored?.revision ?? 0) + 1, deletedAt };
	if (!stored || stored.revision === baseRevision)
		return { record: candidate, conflict: null, write: true };
	if (next.updatedAt >= stored.updatedAt)
		return { record: candidate, conflict: { kept: candidate, lost: stored }, write: true };
	const lost: StoredProblem = { ...next, revision: baseRevision, deletedAt };
	return { record: stored, conflict: { kept: stored, lost }, write: false };
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

/** A save from the capture form: the write decision, and whether it brought back a deleted record. */
export type SaveDecision = WriteDecision & { revived: boolean };

/**
 * Decides a save typed in the capture form, edited from `baseRevision` (0 for a new problem).
 * Unlike `decideWrite`, a typed edit never replaces a version it did not start from: when another
 * tab wrote meanwhile, nothing is written and both versions go to `conflict` for the user. A new
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
	return { ...decideWrite(stored, next, baseRevision), revived: false };
}
