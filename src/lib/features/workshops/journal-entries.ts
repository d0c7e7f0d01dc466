/**
 * Building one journal entry (`journal.ts`): the engine's tables of the records a transaction
 * wrote that are still visible, as the full read would build them (old theme ids made current,
 * deleted and unreadable records left out), each row carrying the transaction's generation
 * (`seq`). Loaded apart (`import()`, when the store is opened): the Arrow code is not part of
 * the pages' first load.
 */
import { tableToIPC } from 'apache-arrow';
import { migrateThemeIds } from '$lib/indicators/theme-ids';
import { problemsToArrowTables } from './arrow';
import type { StoredProblem } from './conflict';
import type { JournalEntry } from './journal';
import type { Problem } from './model';
import { checkStoredRecords } from './stored-record';

/** The entry of `records` and `removed` (every id touched), written at `generation`. */
export function buildEntry(
	generation: number,
	records: readonly StoredProblem[],
	removed: readonly string[]
): JournalEntry {
	// Checked as the full read checks them: what it would set aside is not counted here either.
	const { valid } = checkStoredRecords(records);
	const visible: Problem[] = migrateThemeIds(valid).records.filter((r) => r.deletedAt === null);
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
