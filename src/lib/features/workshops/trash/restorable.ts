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
	const incoming = splitByDeletion(written);
	const old = current.visible.filter((r) => !ids.has(r.id));
	const byCreated = latest('createdAt');
	const visible: StoredProblem[] = [];
	let i = 0;
	let j = 0;
	// Equal creation dates (an import stamps its new rows alike): the one already listed first.
	while (i < old.length || j < incoming.visible.length) {
		const a = old[i];
		const b = incoming.visible[j];
		const takeOld = b === undefined || (a !== undefined && byCreated(a, b) <= 0);
		visible.push(takeOld ? a! : b);
		if (takeOld) i++;
		else j++;
	}
	const deleted = [...current.deleted.filter((r) => !ids.has(r.id)), ...incoming.deleted];
	return { visible, deleted: deleted.sort(latest('deletedAt')) };
}
