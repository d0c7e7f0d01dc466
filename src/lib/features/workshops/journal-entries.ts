/**
 * Building one journal entry (`journal.ts`): the engine's tables of the records a transaction
 * wrote that are still visible, as the full read would build them (old theme ids made current,
 * deleted problems left out), each row carrying the transaction's generation (`seq`). Loaded
 * apart (`import()`): the Arrow code is fetched only by pages that write problems.
 */
import { tableToIPC } from 'apache-arrow';
import { migrateThemeIds } from '$lib/indicators/theme-ids';
import { problemsToArrowTables } from './arrow';
import type { StoredProblem } from './conflict';
import type { JournalEntry } from './journal';
import type { Problem } from './model';

/** The entry of `records` and `removed` (every id touched), written at `generation`. */
export function buildEntry(
	generation: number,
	records: readonly StoredProblem[],
	removed: readonly string[]
): JournalEntry {
	const visible: Problem[] = migrateThemeIds(records).records.filter((r) => r.deletedAt === null);
	const tables = problemsToArrowTables(visible, generation);
	return {
		generation,
		removed: [...removed],
		problems: tableToIPC(tables.problems, 'stream'),
		problem_links: tableToIPC(tables.problem_links, 'stream')
	};
}

/** The builder as `problemsTx` takes it. */
export type BuildEntry = typeof buildEntry;
