/**
 * Problems as Arrow tables for DuckDB-WASM (`conn.insertArrowFromIPCStream`). Two tables:
 * - `problems`: one row per problem (columns below);
 * - `problem_links`: one row per (problem, dimension, value), dimension being 'commune'
 *   (INSEE code), 'subject' or 'public' (taxonomy ids). One long table rather than three keeps
 *   a single insert and lets SQL group any dimension the same way; filter on `dimension`.
 * A problem with `whole_territory = true` has no 'commune' link: SQL decides how to spread it.
 */
import { Bool, DateDay, Int32, Table, tableToIPC, Utf8, vectorFromArray } from 'apache-arrow';
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

/** Values of `problem_links.dimension`. */
export type LinkDimension = 'commune' | 'subject' | 'public';

/** Both tables, ready for `tableToIPC`. */
export interface ProblemTables {
	problems: Table;
	problem_links: Table;
}

const utf8 = (values: (string | null)[]) => vectorFromArray(values, new Utf8());

// Strings are typed Utf8 explicitly: inferred columns become dictionaries, which DuckDB reads
// as ENUM-like types that are awkward to join against plain VARCHAR columns.
/** Builds the two Arrow tables. `forum_date` is DATE (DateDay), `weight` and `forum_numero` INTEGER. */
export function problemsToArrowTables(problems: readonly Problem[]): ProblemTables {
	const problemsTable = new Table({
		id: utf8(problems.map((p) => p.id)),
		forum_date: vectorFromArray(
			problems.map((p) => new Date(`${p.forum.date}T00:00:00Z`)),
			new DateDay()
		),
		forum_lieu: utf8(problems.map((p) => p.forum.lieu || null)),
		forum_numero: vectorFromArray(
			problems.map((p) => p.forum.numero),
			new Int32()
		),
		theme: utf8(problems.map((p) => p.theme)),
		description: utf8(problems.map((p) => p.description)),
		weight: vectorFromArray(
			problems.map((p) => p.weight),
			new Int32()
		),
		raised_by: utf8(problems.map((p) => p.raisedBy)),
		status: utf8(problems.map((p) => p.status)),
		whole_territory: vectorFromArray(
			problems.map((p) => p.wholeTerritory),
			new Bool()
		),
		example: vectorFromArray(
			problems.map((p) => p.example),
			new Bool()
		)
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
		problem_id: utf8(ids),
		dimension: utf8(dimensions),
		value: utf8(values)
	});
	return { problems: problemsTable, problem_links: linksTable };
}

/** Both tables as Arrow IPC streams, the format `insertArrowFromIPCStream` expects. */
export function problemsToArrowIPC(
	problems: readonly Problem[]
): Record<keyof ProblemTables, Uint8Array> {
	const tables = problemsToArrowTables(problems);
	return {
		problems: tableToIPC(tables.problems, 'stream'),
		problem_links: tableToIPC(tables.problem_links, 'stream')
	};
}
