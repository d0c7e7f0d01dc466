/**
 * What importing a file does to the stored records: one computation, run by the store inside its
 * write transaction (storage.ts), on the records it reads there, and by the import review before
 * « Importer », on the records the page has read, to say what will be added, updated, left as it
 * is or kept as a conflict.
 */
import type { StoredProblem } from './conflict';
import { toProblem } from './conflict';
import { formerIdOf, identityOf, problemId } from './identity';
import { mergeProblems, type MergeResult } from './merge';
import type { Problem } from './model';

// Each problem's former id, worked out once: the import review asks again at each commune choice,
// for the same problem objects (a problem is never changed in place).
const formerIds = new WeakMap<Problem, string | null>();
function formerOf(p: Problem): string | null {
	let id = formerIds.get(p);
	if (id === undefined) formerIds.set(p, (id = formerIdOf(p)));
	return id;
}

/** The stored records an import needs: the file's ids, and the ids an older atlas derived. */
export function importIds(file: readonly Problem[]): {
	ids: string[];
	former: Map<string, string>;
} {
	const former = new Map<string, string>();
	for (const p of file) {
		const id = formerOf(p);
		if (id) former.set(p.id, id);
	}
	return { ids: [...new Set([...file.map((p) => p.id), ...former.values()])], former };
}

export interface ImportPlan extends MergeResult {
	/** Problems of the file whose stored record failed its check: not written, reported. */
	blocked: Problem[];
	/** The records to write (added, updated, restored), with their next revision. */
	records: StoredProblem[];
}

/**
 * The merge of `file` into `valid` (the stored records of `importIds`, checked), without the
 * problems whose stored record is set aside (`held`, its ids), and the records it writes.
 */
export function planImport(
	file: readonly Problem[],
	former: ReadonlyMap<string, string>,
	valid: readonly StoredProblem[],
	held: ReadonlySet<string>,
	restore: boolean
): ImportPlan {
	const incoming = keepFormerIds(file, former, valid);
	const blocked = incoming.filter((p) => held.has(p.id));
	const deleted = new Set(valid.filter((r) => r.deletedAt !== null).map((r) => r.id));
	const result = mergeProblems(
		valid.map(toProblem),
		incoming.filter((p) => !held.has(p.id)),
		{ deleted, restore }
	);
	const byId = new Map(valid.map((r) => [r.id, r]));
	const restoredIds = new Set(result.restored.map((p) => p.id));
	const records = [...result.added, ...result.updated, ...result.restored].map((p) => {
		const before = byId.get(p.id);
		return {
			...p,
			revision: (before?.revision ?? 0) + 1,
			deletedAt: restoredIds.has(p.id) ? null : (before?.deletedAt ?? null)
		};
	});
	return { ...result, blocked, records };
}

/**
 * A problem of the file stored under the id an older atlas derived from the same content keeps
 * that id: the file then updates it instead of adding it twice. Only when the stored record's
 * content gives the file's id, never for another problem that shared the older id.
 */
function keepFormerIds(
	incoming: readonly Problem[],
	former: ReadonlyMap<string, string>,
	stored: readonly StoredProblem[]
): readonly Problem[] {
	if (!former.size) return incoming;
	const byId = new Map(stored.map((r) => [r.id, r]));
	return incoming.map((p) => {
		const old = byId.get(former.get(p.id) ?? '');
		if (!old || byId.has(p.id)) return p;
		return problemId(identityOf(old)) === p.id ? { ...p, id: old.id } : p;
	});
}

/**
 * The plan on records a page has already read (the import review's forecast): the lists of
 * records (visible, deleted) are each gone through once for the ids the file needs, and the
 * records set aside as unreadable are named by their keys.
 */
export function planOnRead(
	file: readonly Problem[],
	lists: readonly (readonly StoredProblem[])[],
	invalidKeys: readonly string[],
	restore: boolean
): ImportPlan {
	const { ids, former } = importIds(file);
	const wanted = new Set(ids);
	const valid = lists.flatMap((list) => list.filter((r) => wanted.has(r.id)));
	return planImport(file, former, valid, new Set(invalidKeys), restore);
}
