/**
 * Reading the user's own problems for the pages that count them (map, /croisements…), shared by
 * the page and the store reader's worker (`store-tables.worker.ts`): the store is read as
 * /ateliers reads it, in batches, every record checked (`readInBatches`); old theme ids are made
 * current in what is returned and written back once the whole store is read (`tidy`). Nothing
 * here needs the page (no fetch, no localStorage): the example is decided by `currentProblems`.
 */
import { migrateThemeIds, themeMigrationNotice } from '$lib/indicators/theme-ids';
import type { StoredProblem } from './conflict';
import type { Problem } from './model';
import type { ProblemStore } from './store-api';
import { invalidRecordsNotice } from './stored-record';

/** The visible problems of the store, its custom taxonomy entries, and what reading changed. */
export interface OwnProblems {
	problems: Problem[];
	/** The taxonomy entries the user added, as stored (`withCustomEntries` checks them). */
	entries: unknown[];
	/** What opening the store changed in stored records, in French ('' when nothing). */
	notice: string;
}

/** Reads `own` (left open); `onBatch` gets each batch's visible problems as they come. */
export async function readOwnProblems(
	own: ProblemStore,
	onBatch?: (problems: Problem[]) => void
): Promise<OwnProblems> {
	const entries = await own.customEntries();
	const problems: Problem[] = [];
	const oldThemes: StoredProblem[] = [];
	await own.readInBatches(({ valid }) => {
		const { records, changed } = migrateThemeIds(valid);
		if (changed.length) oldThemes.push(...valid.filter((r, i) => records[i] !== r));
		// The records themselves, not copies without their revision (100 000 copies).
		const visible: Problem[] = records.filter((r) => r.deletedAt === null);
		for (const p of visible) problems.push(p);
		onBatch?.(visible);
	});
	// Nothing purged here ('' is before every deletion): that is /ateliers' housekeeping. A
	// migration that cannot be written (full disk) is retried at the next opening.
	const { migrated } = await own.tidy(oldThemes, '').catch(() => ({ migrated: [] }));
	// Unreadable records are left out of every count, and the user is told where to find them.
	const notice = [
		themeMigrationNotice(migrated.length),
		own.notice,
		invalidRecordsNotice(own.invalid().length)
	]
		.filter(Boolean)
		.join(' ');
	return { problems, entries, notice };
}
