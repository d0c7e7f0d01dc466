/** Deleted problems: split from the visible ones, and those an imported file would bring back. */
import type { StoredProblem } from '../conflict';
import type { Problem } from '../model';

/** The stored (deleted) records of `trash` that `incoming` holds, each once, in file order. */
export function restorableIn(
	incoming: readonly Problem[],
	trash: readonly StoredProblem[]
): StoredProblem[] {
	const byId = new Map(trash.map((r) => [r.id, r] as const));
	const ids = new Set(incoming.map((p) => p.id).filter((id) => byId.has(id)));
	return [...ids].flatMap((id) => byId.get(id) ?? []);
}

/** Visible problems (latest created first) and deleted ones (latest deleted first). */
export interface SplitRecords {
	visible: StoredProblem[];
	deleted: StoredProblem[];
}

const latest = (key: 'createdAt' | 'deletedAt') => (a: StoredProblem, b: StoredProblem) =>
	(a[key] ?? '') < (b[key] ?? '') ? 1 : -1;

/** Splits stored records into visible problems and deleted ones, each in its order. */
export function splitByDeletion(all: readonly StoredProblem[]): SplitRecords {
	return {
		visible: all.filter((r) => r.deletedAt === null).sort(latest('createdAt')),
		deleted: all.filter((r) => r.deletedAt !== null).sort(latest('deletedAt'))
	};
}

/**
 * `sorted` and `more` (each latest created first) as one list in that order, in one pass. Equal
 * creation dates (an import stamps its new rows alike): the record of `sorted` first.
 */
function mergeLatest(sorted: readonly StoredProblem[], more: readonly StoredProblem[]) {
	const byCreated = latest('createdAt');
	const out: StoredProblem[] = [];
	let i = 0;
	let j = 0;
	while (i < sorted.length || j < more.length) {
		const a = sorted[i];
		const b = more[j];
		const takeOld = b === undefined || (a !== undefined && byCreated(a, b) <= 0);
		out.push(takeOld ? a! : b);
		if (takeOld) i++;
		else j++;
	}
	return out;
}

/**
 * The lists with `batch` (records not listed yet: a batch of the store's first reading) added:
 * the batch is sorted, then merged in one pass. Reading 100 000 records this way ends with the
 * list sorted, without one sort of 100 000 that would hold the page.
 */
export function withBatch(current: SplitRecords, batch: readonly StoredProblem[]): SplitRecords {
	const incoming = splitByDeletion(batch);
	return {
		visible: mergeLatest(current.visible, incoming.visible),
		deleted: incoming.deleted.length
			? [...current.deleted, ...incoming.deleted].sort(latest('deletedAt'))
			: current.deleted
	};
}

/**
 * The lists once `written` records are stored (they replace those with the same ids): the same
 * result as `splitByDeletion` of everything, without sorting the whole list again (the written
 * records are sorted, then merged into the visible list in one pass).
 */
export function withWritten(
	current: SplitRecords,
	written: readonly StoredProblem[]
): SplitRecords {
	if (!written.length) return current;
	const ids = new Set(written.map((r) => r.id));
	const kept = {
		visible: current.visible.filter((r) => !ids.has(r.id)),
		deleted: current.deleted.filter((r) => !ids.has(r.id))
	};
	return withBatch(kept, written);
}
