/** The deleted problems an imported file would bring back, shown before « Importer ». */
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
