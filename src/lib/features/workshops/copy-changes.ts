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
 * when the copy or an entry is not what it should be (damaged on disk): the store is then read.
 */
export function copyChanges(copy: UsableCopy): { count: number; changes: ChangesIPC | null } {
	const base = checkedTable(copy.tables.problems, PROBLEM_COLUMNS);
	checkedTable(copy.tables.problem_links, LINK_COLUMNS);
	if (base.numRows !== copy.count) throw new Error('copie illisible');
	if (!copy.entries.length) return { count: copy.count, changes: null };
	// The latest generation that touched each id: its row, if any, is the one that counts. One
	// transaction touches an id once: an id twice in one generation is a damaged journal.
	const latest = new Map<string, number>();
	const once = new Set<string>();
	for (const entry of copy.entries)
		for (const id of entry.removed) {
			const key = `${entry.generation} ${id}`;
			if (once.has(key)) throw new Error('journal illisible');
			once.add(key);
			latest.set(id, Math.max(latest.get(id) ?? 0, entry.generation));
		}
	const problems = concat(copy.entries, 'problems', [...PROBLEM_COLUMNS, 'seq']);
	const links = concat(copy.entries, 'problem_links', [...LINK_COLUMNS, 'seq']);
	const ids = problems.getChild('id')?.toArray() ?? [];
	const seqs = problems.getChild('seq')?.toArray() ?? [];
	let visible = 0;
	for (let i = 0; i < ids.length; i++) if (latest.get(ids[i] as string) === seqs[i]) visible++;
	let before = 0;
	for (const id of base.getChild('id') ?? []) if (latest.has(id as string)) before++;
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

/** The table an IPC stream holds; throws unless its columns are `columns`, in order. */
function checkedTable(bytes: Uint8Array, columns: readonly string[]): Table {
	const table = tableFromIPC(bytes);
	const names = table.schema.fields.map((f) => f.name);
	if (names.join() !== columns.join()) throw new Error('table illisible');
	return table;
}

/**
 * The entries' tables (IPC) as one table: their record batches one after the other. Throws when
 * one is not a table with `columns`, or holds a row of an id its entry does not name.
 */
function concat(
	entries: UsableCopy['entries'],
	part: 'problems' | 'problem_links',
	columns: readonly string[]
): Table {
	const tables = entries.map((entry) => {
		const table = checkedTable(entry[part], columns);
		const named = new Set(entry.removed);
		for (const id of table.getChild(part === 'problems' ? 'id' : 'problem_id') ?? [])
			if (!named.has(id as string)) throw new Error('entrée du journal illisible');
		return table;
	});
	const [first, ...rest] = tables;
	return first!.concat(...rest);
}
