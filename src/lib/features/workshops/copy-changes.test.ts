import { describe, expect, it } from 'vitest';
import { Table, tableFromIPC, tableToIPC } from 'apache-arrow';
import { utf8Vector } from '$lib/data/arrow-columns';
import { rows, useNodeDb } from '../../../../tests/helpers/duckdb-node';
import { makeProblem } from '../../../../tests/fixtures/workshops/problem';
import { nodeEngine } from '../../../../tests/helpers/static-engine';
import { problemsToArrowIPC } from './arrow';
import { copyUpToDate } from './copy-changes';
import type { StoredProblem } from './conflict';
import { buildEntry } from './journal-entries';
import type { Problem } from './model';

const stored = (p: Problem, deletedAt: string | null = null): StoredProblem => ({
	...p,
	revision: 2,
	deletedAt
});
const DELETED = '2026-12-01T10:00:00.000Z';

const db = useNodeDb();

/**
 * The copy: A (Alès 30007, weight 2), B (Alès, 3), C (Anduze 30010, 4); 3 visible problems.
 * Then three transactions, as the journal holds them:
 * - generation 8: B moved to Anduze with weight 5, C deleted (kept for undo), D added (Alès, 1);
 * - generation 9: D's weight changed to 7, E added (Alès, 6) in a second entry;
 * - generation 10: E purged (gone from the store) and A deleted (kept for undo).
 * By hand: B and D are visible (2); Alès counts D = 7, Anduze counts B = 5.
 */
const A = makeProblem('a', { weight: 2 });
const B = makeProblem('b', { weight: 3 });
const C = makeProblem('c', { weight: 4, communes: ['30010'] });
const D = makeProblem('d', { weight: 1 });
const E = makeProblem('e', { weight: 6 });
const copyOf = (entries: ReturnType<typeof buildEntry>[]) => ({
	tables: problemsToArrowIPC([A, B, C]),
	count: 3,
	notice: '',
	entries
});
const journal = () => [
	buildEntry(
		8,
		[stored({ ...B, weight: 5, communes: ['30010'] }), stored(C, DELETED), stored(D)],
		['b', 'c', 'd']
	),
	buildEntry(9, [stored({ ...D, weight: 7 })], ['d']),
	buildEntry(9, [stored(E)], ['e']),
	buildEntry(10, [stored(A, DELETED)], ['a']),
	buildEntry(10, [], ['e'])
];

async function applied(copy: ReturnType<typeof copyOf>) {
	const out = copyUpToDate(copy);
	await nodeEngine(db()).replaceTables(out.tables);
	return out.count;
}

describe('bringing the kept copy up to date (copy-changes.ts)', () => {
	it('counts the visible problems after the changes, and the engine holds what is stored', async () => {
		expect(await applied(copyOf(journal()))).toBe(2);
		expect(rows(db(), 'SELECT id, weight FROM problems ORDER BY id')).toEqual([
			{ id: 'b', weight: 5 },
			{ id: 'd', weight: 7 }
		]);
		expect(
			rows(
				db(),
				`SELECT l.value AS code, sum(p.weight)::INTEGER AS weight FROM problems p
				 JOIN problem_links l ON l.problem_id = p.id AND l.dimension = 'commune'
				 GROUP BY 1 ORDER BY 1`
			)
		).toEqual([
			{ code: '30007', weight: 7 },
			{ code: '30010', weight: 5 }
		]);
		// One subject link each (« mobilite »): the old links are gone, none is there twice.
		expect(
			rows(db(), "SELECT problem_id FROM problem_links WHERE dimension = 'subject' ORDER BY 1")
		).toEqual([{ problem_id: 'b' }, { problem_id: 'd' }]);
		// The tables keep the copy's columns and types (no `seq`).
		expect(
			rows(
				db(),
				"SELECT table_name, column_name, data_type FROM duckdb_columns() WHERE table_name IN ('problems', 'problem_links') ORDER BY table_name DESC, column_index"
			).map((c) => Object.values(c).join(' '))
		).toEqual([
			'problems id VARCHAR',
			'problems forum_date DATE',
			'problems forum_lieu VARCHAR',
			'problems forum_numero INTEGER',
			'problems theme VARCHAR',
			'problems description VARCHAR',
			'problems weight INTEGER',
			'problems raised_by VARCHAR',
			'problems status VARCHAR',
			'problems whole_territory BOOLEAN',
			'problems example BOOLEAN',
			'problem_links problem_id VARCHAR',
			'problem_links dimension VARCHAR',
			'problem_links value VARCHAR'
		]);
	});

	it('the first transaction alone: B moved, C hidden, D added', async () => {
		expect(await applied(copyOf(journal().slice(0, 1)))).toBe(3);
		expect(rows(db(), 'SELECT id, weight FROM problems ORDER BY id')).toEqual([
			{ id: 'a', weight: 2 },
			{ id: 'b', weight: 5 },
			{ id: 'd', weight: 1 }
		]);
	});

	it('a journal of deletions only (entries with no rows): the copy without them', async () => {
		const onlyDeleted = [buildEntry(8, [stored(A, DELETED)], ['a'])];
		expect(await applied(copyOf(onlyDeleted))).toBe(2);
		expect(rows(db(), 'SELECT id, weight FROM problems ORDER BY id')).toEqual([
			{ id: 'b', weight: 3 },
			{ id: 'c', weight: 4 }
		]);
		expect(
			rows(db(), 'SELECT DISTINCT problem_id FROM problem_links ORDER BY 1').map(
				(r) => r.problem_id
			)
		).toEqual(['b', 'c']);
	});

	it('an id the engine stores with U+FFFD (a lone surrogate) is still left out when deleted', async () => {
		const odd = makeProblem('x\uD800', { weight: 9 });
		const copy = { ...copyOf([buildEntry(8, [stored(odd, DELETED)], ['x\uD800'])]) };
		copy.tables = problemsToArrowIPC([odd, B]);
		copy.count = 2;
		expect(await applied(copy)).toBe(1);
		expect(rows(db(), 'SELECT id FROM problems')).toEqual([{ id: 'b' }]);
		expect(rows(db(), 'SELECT DISTINCT problem_id FROM problem_links')).toEqual([
			{ problem_id: 'b' }
		]);
	});

	it('nothing written since: the copy as it is, its own bytes', () => {
		const copy = copyOf([]);
		const out = copyUpToDate(copy);
		expect(out.count).toBe(3);
		expect(out.tables.problems).toBe(copy.tables.problems);
		expect(out.tables.problem_links).toBe(copy.tables.problem_links);
	});

	it('a copy or journal damaged in ways its schema allows is refused (the store is read)', () => {
		const [first, second] = journal();
		// An entry written twice (a value copied under another key): its rows would count twice.
		expect(() => copyUpToDate(copyOf([first!, first!]))).toThrow();
		// The copy's count is not its number of rows.
		expect(() => copyUpToDate({ ...copyOf([]), count: 0 })).toThrow();
		// The copy's tables replaced by an entry's (a `seq` column), or an entry's tables swapped.
		expect(() =>
			copyUpToDate({
				...copyOf([]),
				tables: { problems: first!.problems, problem_links: first!.problem_links }
			})
		).toThrow();
		const swapped = { ...second!, problems: first!.problems, problem_links: first!.problem_links };
		expect(() => copyUpToDate(copyOf([swapped]))).toThrow();
		// An entry whose `weight` is text: same names, another type (its bytes would be misread).
		const read = tableFromIPC(first!.problems);
		const columns = Object.fromEntries(
			read.schema.fields.map((f) => [f.name, read.getChild(f.name)!])
		);
		const textWeight = new Table({ ...columns, weight: utf8Vector(['5', '1']) });
		const retyped = { ...first!, problems: tableToIPC(textWeight, 'stream') };
		expect(() => copyUpToDate(copyOf([retyped]))).toThrow();
	});

	it('an entry leaves out what the full read sets aside (an unreadable record)', () => {
		const unreadable = { ...stored(D), deletedAt: undefined } as unknown as StoredProblem;
		const entry = buildEntry(8, [unreadable, stored(E)], ['d', 'e']);
		expect(copyUpToDate(copyOf([entry])).count).toBe(4); // A, B, C and E
	});
});
