/**
 * Problems as Arrow tables for DuckDB-WASM (`conn.insertArrowFromIPCStream`). Two tables:
 * - `problems`: one row per problem (columns below);
 * - `problem_links`: one row per (problem, dimension, value), dimension being 'commune'
 *   (INSEE code), 'subject' or 'public' (taxonomy ids). One long table rather than three keeps
 *   a single insert and lets SQL group any dimension the same way; filter on `dimension`.
 * A problem with `whole_territory = true` has no 'commune' link: SQL decides how to spread it.
 */
import { Table, tableToIPC, type Vector } from 'apache-arrow';
import { boolVector, dateDayVector, int32Vector, utf8Vector } from '$lib/data/arrow-columns';
import type { Problem } from './model';

/** Column names of the `problems` table, in order. */
export const PROBLEM_COLUMNS = [
	'id',
	'forum_date',
	'forum_lieu',
	'forum_numero',
	'theme',
	'description',
	'weight',
	'raised_by',
	'status',
	'whole_territory',
	'example'
] as const;

/** Column names of the `problem_links` table, in order. */
export const LINK_COLUMNS = ['problem_id', 'dimension', 'value'] as const;

/** Values of `problem_links.dimension`. */
export type LinkDimension = 'commune' | 'subject' | 'public';

/** Both tables, ready for `tableToIPC`. */
export interface ProblemTables {
	problems: Table;
	problem_links: Table;
}

// Strings are typed Utf8 explicitly: inferred columns become dictionaries, which DuckDB reads
// as ENUM-like types that are awkward to join against plain VARCHAR columns. The columns are
// written straight into their buffers (`arrow-columns.ts`): 100 000 problems in well under a second.
/**
 * Builds the two Arrow tables. `forum_date` is DATE (DateDay), `weight` and `forum_numero`
 * INTEGER. `seq`, when given, is added as a last INTEGER column of both (the generation of a
 * journal entry, `journal-entries.ts`).
 */
export function problemsToArrowTables(problems: readonly Problem[], seq?: number): ProblemTables {
	const seqColumn = (n: number): Record<string, Vector> =>
		seq === undefined ? {} : { seq: int32Vector(new Array<number>(n).fill(seq)) };
	const problemsTable = new Table({
		id: utf8Vector(problems.map((p) => p.id)),
		forum_date: dateDayVector(problems.map((p) => p.forum.date)),
		forum_lieu: utf8Vector(problems.map((p) => p.forum.lieu || null)),
		forum_numero: int32Vector(problems.map((p) => p.forum.numero)),
		theme: utf8Vector(problems.map((p) => p.theme)),
		description: utf8Vector(problems.map((p) => p.description)),
		weight: int32Vector(problems.map((p) => p.weight)),
		raised_by: utf8Vector(problems.map((p) => p.raisedBy)),
		status: utf8Vector(problems.map((p) => p.status)),
		whole_territory: boolVector(problems.map((p) => p.wholeTerritory)),
		example: boolVector(problems.map((p) => p.example)),
		...seqColumn(problems.length)
	});
	const ids: string[] = [];
	const dimensions: LinkDimension[] = [];
	const values: string[] = [];
	const link = (id: string, dimension: LinkDimension, list: readonly string[]) => {
		for (const value of list) {
			ids.push(id);
			dimensions.push(dimension);
			values.push(value);
		}
	};
	for (const p of problems) {
		link(p.id, 'commune', p.communes);
		link(p.id, 'subject', p.subjects);
		link(p.id, 'public', p.publics);
	}
	const linksTable = new Table({
		problem_id: utf8Vector(ids),
		dimension: utf8Vector(dimensions),
		value: utf8Vector(values),
		...seqColumn(ids.length)
	});
	return { problems: problemsTable, problem_links: linksTable };
}

/** Both tables as Arrow IPC streams, the format `insertArrowFromIPCStream` expects. */
export function problemsToArrowIPC(
	problems: readonly Problem[]
): Record<keyof ProblemTables, Uint8Array> {
	return problemTablesToIPC([problemsToArrowTables(problems)]);
}

/**
 * Tables built part by part (a batch of the store each) as one IPC stream per table: the parts
 * are the stream's record batches, nothing is copied into one big column first.
 */
export function problemTablesToIPC(
	parts: readonly ProblemTables[]
): Record<keyof ProblemTables, Uint8Array> {
	const [first, ...rest] = parts.length ? parts : [problemsToArrowTables([])];
	return {
		problems: tableToIPC(first!.problems.concat(...rest.map((t) => t.problems)), 'stream'),
		problem_links: tableToIPC(
			first!.problem_links.concat(...rest.map((t) => t.problem_links)),
			'stream'
		)
	};
}
