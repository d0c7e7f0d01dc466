/**
 * Bringing the kept copy of the problem tables up to date in the engine (`engine-copy.ts`), from
 * the journal of what was written since (`journal.ts`): the rows of every problem touched since
 * the copy are removed, then the latest row of each (the one of the last generation that touched
 * it; none if it was deleted then) is added back. The changes are loaded as staging tables
 * (`STAGING`), dropped once applied.
 */
import type { Engine } from '$lib/data/duckdb';
import type { ChangesIPC } from '$lib/features/workshops/copy-changes';

/** Staging table names for each part of the changes (`ChangesIPC`). */
const STAGING = {
	removed: 'problems_changed_ids',
	problems: 'problems_changed',
	problem_links: 'problem_links_changed'
} as const;

/** The statements, in order; the staging tables have the same columns, plus `seq`. */
function applyChangesSql(): string[] {
	const { removed, problems, problem_links } = STAGING;
	const latest = (table: string, id: string) =>
		`SELECT * EXCLUDE (seq) FROM ${table} s WHERE s.seq = (SELECT max(r.seq) FROM ${removed} r WHERE r.id = s.${id})`;
	return [
		`DELETE FROM problems WHERE id IN (SELECT id FROM ${removed})`,
		`DELETE FROM problem_links WHERE problem_id IN (SELECT id FROM ${removed})`,
		`INSERT INTO problems BY NAME ${latest(problems, 'id')}`,
		`INSERT INTO problem_links BY NAME ${latest(problem_links, 'problem_id')}`,
		...Object.values(STAGING).map((name) => `DROP TABLE ${name}`)
	];
}

/** Brings the kept copy in the engine up to date with what was written since. */
export async function applyChanges(
	engine: Pick<Engine, 'replaceTables' | 'query'>,
	changes: ChangesIPC
): Promise<void> {
	await engine.replaceTables({
		[STAGING.removed]: changes.removed,
		[STAGING.problems]: changes.problems,
		[STAGING.problem_links]: changes.problem_links
	});
	for (const sql of applyChangesSql()) await engine.query(sql);
}
