/**
 * The kept copy of the engine's tables brought up to date (`engine-copy.ts`), from the journal's
 * entries (`journal.ts`), in the store reader's worker while the engine starts: the copy's rows
 * of every problem touched since are left out, and the latest row of each (the one of the last
 * generation that touched it; none if it was deleted then) is added. The rows are copied buffer
 * by buffer (`$lib/data/arrow-take.ts`), never rebuilt from values; the engine then loads the
 * tables as it loads a copy.
 */
import { tableFromIPC, tableToIPC, type Table } from 'apache-arrow';
import { rowsWithValueIn, takeRows } from '$lib/data/arrow-take';
import { problemsToArrowTables } from './arrow';
import type { UsableCopy } from './engine-copy';
import type { TablesIPC } from './store-tables';

/**
 * The number of visible problems and the engine's tables after the changes (the copy's own bytes
 * when nothing was written since). Throws when the copy or an entry is not what it should be
 * (damaged on disk): the store is then read.
 */
export function copyUpToDate(copy: UsableCopy): { count: number; tables: TablesIPC } {
	const base = checkedTable(copy.tables.problems, 'problems');
	const baseLinks = checkedTable(copy.tables.problem_links, 'problem_links');
	if (base.numRows !== copy.count) throw new Error('copie illisible');
	if (!copy.entries.length) return { count: copy.count, tables: copy.tables };
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
	const touched = new Set(latest.keys());
	const untouched = (table: Table, idColumn: string) =>
		rowsWithValueIn(table.getChild(idColumn)!, touched).map(flip);
	const latestRows = (table: Table, idColumn: string) => {
		const seqs = table.getChild('seq')?.toArray() ?? [];
		return mask(table, idColumn, (id, i) => latest.get(id) === seqs[i]);
	};
	const problems = concat(copy.entries, 'problems');
	const links = concat(copy.entries, 'problem_links');
	const kept = untouched(base, 'id');
	const added = latestRows(problems, 'id');
	const joined = (copyRows: Table, copyMask: Uint8Array, rows: Table, rowsMask: Uint8Array) => {
		const columns = copyRows.schema.fields.map((f) => f.name);
		const table = takeRows(copyRows, copyMask).concat(takeRows(rows, rowsMask, columns));
		return tableToIPC(table, 'stream');
	};
	return {
		count: ones(kept) + ones(added),
		tables: {
			problems: joined(base, kept, problems, added),
			problem_links: joined(
				baseLinks,
				untouched(baseLinks, 'problem_id'),
				links,
				latestRows(links, 'problem_id')
			)
		}
	};
}

/** 1 for each row of `table` whose id (in `idColumn`) passes `test`, 0 otherwise. */
function mask(
	table: Table,
	idColumn: string,
	test: (id: string, row: number) => boolean
): Uint8Array {
	const out = new Uint8Array(table.numRows);
	let row = 0;
	for (const id of table.getChild(idColumn) ?? []) {
		out[row] = test(id as string, row) ? 1 : 0;
		row++;
	}
	return out;
}

const flip = (v: number) => 1 - v;

function ones(m: Uint8Array): number {
	let n = 0;
	for (let i = 0; i < m.length; i++) n += m[i]!;
	return n;
}

/** Column names and types, as one text. */
const layout = (table: Table) =>
	table.schema.fields.map((f) => `${f.name} ${String(f.type)}`).join();

/** The atlas's layouts: the copy's tables, and the journal's (the same plus `seq`). */
let layouts: Record<'copy' | 'journal', Record<'problems' | 'problem_links', string>> | null = null;
function expectedLayout(kind: 'copy' | 'journal', part: 'problems' | 'problem_links'): string {
	if (!layouts) {
		const copy = problemsToArrowTables([]);
		const journal = problemsToArrowTables([], 0);
		layouts = {
			copy: { problems: layout(copy.problems), problem_links: layout(copy.problem_links) },
			journal: { problems: layout(journal.problems), problem_links: layout(journal.problem_links) }
		};
	}
	return layouts[kind][part];
}

/**
 * The table an IPC stream holds; throws unless its columns are those the atlas writes, in
 * order and of the same types (a journal's have `seq` too): rows are copied by their bytes.
 */
function checkedTable(
	bytes: Uint8Array,
	part: 'problems' | 'problem_links',
	kind: 'copy' | 'journal' = 'copy'
): Table {
	const table = tableFromIPC(bytes);
	if (layout(table) !== expectedLayout(kind, part)) throw new Error('table illisible');
	return table;
}

/**
 * The entries' tables (IPC) as one table: their record batches one after the other. Throws when
 * one is not a journal's table, or holds a row of an id its entry does not name.
 */
function concat(entries: UsableCopy['entries'], part: 'problems' | 'problem_links'): Table {
	const tables = entries.map((entry) => {
		const table = checkedTable(entry[part], part, 'journal');
		const named = new Set(entry.removed);
		for (const id of table.getChild(part === 'problems' ? 'id' : 'problem_id') ?? [])
			if (!named.has(id as string)) throw new Error('entrée du journal illisible');
		return table;
	});
	const [first, ...rest] = tables;
	return first!.concat(...rest);
}
