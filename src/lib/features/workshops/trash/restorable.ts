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
export function splitByDeletion(all: readonly StoredProblem[]): {
	visible: StoredProblem[];
	deleted: StoredProblem[];
} {
	const latest = (key: 'createdAt' | 'deletedAt') => (a: StoredProblem, b: StoredProblem) =>
		(a[key] ?? '') < (b[key] ?? '') ? 1 : -1;
	return {
		visible: all.filter((r) => r.deletedAt === null).sort(latest('createdAt')),
		deleted: all.filter((r) => r.deletedAt !== null).sort(latest('deletedAt'))
	};
}
