/**
 * What the engine needs to bring the kept copy of its tables up to date (`engine-copy.ts`), from
 * the journal's entries (`journal.ts`): every id touched since the copy, with the generation that
 * touched it (its rows of the copy are removed), and the entries' tables, one after the other
 * (the latest row of each id is added back). `applyChangesSql` (`$lib/sql/problem-changes.ts`)
 * applies them. Built in the store reader's worker: the tables are only concatenated, never
 * rebuilt.
 */
import { Table, tableFromIPC, tableToIPC } from 'apache-arrow';
import { int32Vector, utf8Vector } from '$lib/data/arrow-columns';
import { LINK_COLUMNS, PROBLEM_COLUMNS } from './arrow';
import type { UsableCopy } from './engine-copy';

/** The changes as the engine loads them: `removed` (`id`, `seq`), then the two tables (+ `seq`). */
export interface ChangesIPC {
	removed: Uint8Array;
	problems: Uint8Array;
	problem_links: Uint8Array;
}

/**
 * The number of visible problems after the changes, and the changes (null when none). Throws
 * when an entry is not the tables it should be.
 */
export function copyChanges(copy: UsableCopy): { count: number; changes: ChangesIPC | null } {
	if (!copy.entries.length) return { count: copy.count, changes: null };
	// The latest generation that touched each id: its row, if any, is the one that counts.
	const latest = new Map<string, number>();
	for (const entry of copy.entries)
		for (const id of entry.removed) latest.set(id, Math.max(latest.get(id) ?? 0, entry.generation));
	const problems = concat(
		copy.entries.map((e) => e.problems),
		[...PROBLEM_COLUMNS, 'seq']
	);
	const links = concat(
		copy.entries.map((e) => e.problem_links),
		[...LINK_COLUMNS, 'seq']
	);
	const ids = problems.getChild('id')?.toArray() ?? [];
	const seqs = problems.getChild('seq')?.toArray() ?? [];
	let visible = 0;
	for (let i = 0; i < ids.length; i++) if (latest.get(ids[i] as string) === seqs[i]) visible++;
	const before = visibleAmong(copy.tables.problems, latest);
	return {
		count: copy.count - before + visible,
		changes: {
			removed: tableToIPC(
				new Table({ id: utf8Vector([...latest.keys()]), seq: int32Vector([...latest.values()]) }),
				'stream'
			),
			problems: tableToIPC(problems, 'stream'),
			problem_links: tableToIPC(links, 'stream')
		}
	};
}

/**
 * The entries' tables (IPC) as one table: their record batches one after the other. Throws when
 * one is not a table with `columns` (damaged on disk).
 */
function concat(parts: readonly Uint8Array[], columns: readonly string[]): Table {
	const tables = parts.map((bytes) => tableFromIPC(bytes));
	for (const table of tables) {
		const names = table.schema.fields.map((f) => f.name);
		if (names.join() !== columns.join()) throw new Error('entrée du journal illisible');
	}
	const [first, ...rest] = tables;
	return first!.concat(...rest);
}

/** How many of `ids` the copy's `problems` table (IPC) holds. */
function visibleAmong(problems: Uint8Array, ids: ReadonlyMap<string, number>): number {
	const column = tableFromIPC(problems).getChild('id');
	let n = 0;
	if (column) for (const id of column) if (ids.has(id as string)) n++;
	return n;
}
