/**
 * A kept copy of the engine's problem tables, so that the pages that count problems need not
 * read every record again (100 000 records take about 3 s to read; the copy, about a tenth of
 * that). The copy is the Arrow tables built from one full read, stored in `derived` with the
 * store's generation at that read. It serves with the journal of what was written since
 * (`journal.ts`):
 * - every problems write raises the generation in its own transaction, and adds what it wrote
 *   to the journal there, or drops the copy (`problemsTx`);
 * - the journal must run from the copy's generation to the store's, and end at the store's
 *   record count, which catches records written by anything else;
 * - its entries are read in the same transaction as that check: the page replaces the rows of
 *   the copy they name with theirs (`copy-changes.ts`).
 *
 * The copy is checked like any stored record; a damaged or stale one is ignored (the store is
 * then read in full), and it holds nothing the store does not: dropping it loses nothing.
 */
import * as v from 'valibot';
import { entriesSince, startJournal, type JournalEntry } from './journal';
import {
	COPY_KEY,
	DERIVED,
	GENERATION_KEY,
	dropJournal,
	entryRange,
	JOURNAL_KEY,
	storedGeneration,
	type Db
} from './open-db';
import type { TablesIPC } from './store-tables';

/** What a full read gives the engine, as kept. */
export interface KeptTables {
	tables: TablesIPC;
	/** Visible problems in the tables. */
	count: number;
	/** The French notice of that read (unreadable records set aside). */
	notice: string;
}

const bytes = v.instance(Uint8Array);
const CopySchema = v.object({
	generation: v.pipe(v.number(), v.integer(), v.minValue(0)),
	records: v.pipe(v.number(), v.integer(), v.minValue(0)),
	count: v.pipe(v.number(), v.integer(), v.minValue(0)),
	notice: v.string(),
	tables: v.object({ problems: bytes, problem_links: bytes })
});

/** A kept copy that serves: its tables, and the journal's entries since (oldest first). */
export interface UsableCopy extends KeptTables {
	entries: JournalEntry[];
}

/**
 * The copy decision, apart from IndexedDB: `stored`, `journal` and `entries` are what `derived`
 * holds under `COPY_KEY`, `JOURNAL_KEY` and the entries' keys; the copy serves only if it is
 * well formed and its journal runs from the copy's generation to `generation`, ending at the
 * `records` the store holds now, with all its entries.
 */
export function usableCopy(
	stored: unknown,
	journal: unknown,
	entries: readonly unknown[],
	generation: number,
	records: number
): UsableCopy | null {
	const checked = v.safeParse(CopySchema, stored);
	if (!checked.success) return null;
	const copy = checked.output;
	const since = entriesSince(journal, entries, copy.generation, generation, records);
	if (!since) return null;
	return { tables: copy.tables, count: copy.count, notice: copy.notice, entries: since };
}

/** The copy's state at one moment: the copy if it serves, and how to keep a new one. */
export interface CopyState {
	fresh: UsableCopy | null;
	/**
	 * Keeps `kept`, built from a full read that began after this state was read; does nothing
	 * (false) when the store was written since. Never throws: the copy is only a saving.
	 */
	keep(kept: KeptTables): Promise<boolean>;
}

const NO_COPY: CopyState = { fresh: null, keep: async () => false };

/**
 * Reads the generation, the record count, the copy and its journal in one transaction (no
 * write can fall between the check and the entries).
 */
export async function readCopyState(db: Db): Promise<CopyState> {
	if (!db.objectStoreNames.contains(DERIVED) || !db.objectStoreNames.contains('problems'))
		return NO_COPY;
	try {
		const tx = db.transaction(['problems', DERIVED]);
		const derived = tx.objectStore(DERIVED);
		const problems = tx.objectStore('problems');
		const [stored, copy, journal, entries, records] = await Promise.all([
			derived.get(GENERATION_KEY),
			derived.get(COPY_KEY),
			derived.get(JOURNAL_KEY),
			derived.getAll(entryRange()),
			problems.count()
		]);
		const generation = storedGeneration(stored);
		return {
			fresh: usableCopy(copy, journal, entries, generation, records),
			keep: (kept) => keepCopy(db, generation, records, kept)
		};
	} catch {
		return NO_COPY;
	}
}

async function keepCopy(
	db: Db,
	generation: number,
	records: number,
	kept: KeptTables
): Promise<boolean> {
	try {
		const tx = db.transaction(['problems', DERIVED], 'readwrite');
		const derived = tx.objectStore(DERIVED);
		const [now, count] = await Promise.all([
			derived.get(GENERATION_KEY),
			tx.objectStore('problems').count()
		]);
		if (storedGeneration(now) !== generation || count !== records) return false;
		await dropJournal(derived);
		await Promise.all([
			derived.put({ ...kept, generation, records }, COPY_KEY),
			derived.put(startJournal(generation, records), JOURNAL_KEY)
		]);
		await tx.done;
		return true;
	} catch {
		return false; // a full disk, a closing database: the next visit reads the store again
	}
}

/**
 * Drops the kept copy and its journal, to give its room back to the user's data (a full disk);
 * true when there was one to drop.
 */
export async function dropCopy(db: Db): Promise<boolean> {
	if (!db.objectStoreNames.contains(DERIVED)) return false;
	try {
		const tx = db.transaction(DERIVED, 'readwrite');
		const derived = tx.objectStore(DERIVED);
		// The journal alone (its copy dropped by an earlier version) also gives room back.
		const held = await Promise.all([derived.count(COPY_KEY), derived.count(JOURNAL_KEY)]);
		if (!held[0] && !held[1]) return false;
		await Promise.all([dropJournal(derived), tx.done]);
		return true;
	} catch {
		return false;
	}
}
