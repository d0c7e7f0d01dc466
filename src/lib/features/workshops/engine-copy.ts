/**
 * A kept copy of the engine's problem tables, so that the pages that count problems need not
 * read every record again (100 000 records take about 3 s to read; the copy, about a tenth of
 * that). The copy is the Arrow tables built from one full read, stored in `derived` with the
 * store's generation at that read. It is used only while nothing has been written since:
 * - every problems write raises the generation in its own transaction, and drops the copy
 *   there (`problemsTx`);
 * - the store's record count must also match, which catches records written by anything else.
 *
 * The copy is checked like any stored record; a damaged or stale one is ignored (the store is
 * then read in full), and it holds nothing the store does not: dropping it loses nothing.
 */
import * as v from 'valibot';
import { COPY_KEY, DERIVED, GENERATION_KEY, storedGeneration, type Db } from './open-db';
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

/**
 * The copy decision, apart from IndexedDB: `stored` is what `derived` holds under `COPY_KEY`;
 * the copy serves only if it is well formed and was built at this generation from as many
 * records as the store holds now.
 */
export function freshCopy(stored: unknown, generation: number, records: number): KeptTables | null {
	const checked = v.safeParse(CopySchema, stored);
	if (!checked.success) return null;
	const copy = checked.output;
	if (copy.generation !== generation || copy.records !== records) return null;
	return { tables: copy.tables, count: copy.count, notice: copy.notice };
}

/** The copy's state at one moment: the copy if it serves, and how to keep a new one. */
export interface CopyState {
	fresh: KeptTables | null;
	/**
	 * Keeps `kept`, built from a full read that began after this state was read; does nothing
	 * (false) when the store was written since. Never throws: the copy is only a saving.
	 */
	keep(kept: KeptTables): Promise<boolean>;
}

const NO_COPY: CopyState = { fresh: null, keep: async () => false };

/** Reads the generation, the record count and the copy in one transaction. */
export async function readCopyState(db: Db): Promise<CopyState> {
	if (!db.objectStoreNames.contains(DERIVED) || !db.objectStoreNames.contains('problems'))
		return NO_COPY;
	try {
		const tx = db.transaction(['problems', DERIVED]);
		const derived = tx.objectStore(DERIVED);
		const [stored, copy, records] = await Promise.all([
			derived.get(GENERATION_KEY),
			derived.get(COPY_KEY),
			tx.objectStore('problems').count()
		]);
		const generation = storedGeneration(stored);
		return {
			fresh: freshCopy(copy, generation, records),
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
		await derived.put({ ...kept, generation, records }, COPY_KEY);
		await tx.done;
		return true;
	} catch {
		return false; // a full disk, a closing database: the next visit reads the store again
	}
}
