/**
 * The journal of the kept copy of the engine's tables (`engine-copy.ts`): what was written since
 * the copy was built, so that a page that counts problems reads the copy and the journal instead
 * of the whole store. Each problems transaction writes its part in the same transaction as the
 * records themselves (`problemsTx`), so the journal holds what the store holds, no more:
 * - the head (`JOURNAL_KEY`): the tables' layout (`format`), the copy's generation (`since`),
 *   the store's generation and record count after the last transaction, the ids touched since,
 *   and the number of entries;
 * - the entries (`entryKey`): for each transaction, `ENTRY_SIZE` records at a time, the ids it
 *   touched and the engine's tables of those still visible, each row carrying the transaction's
 *   generation (`seq`): the latest row of an id is the one that counts (`copyUpToDate`).
 *
 * The journal serves only as an unbroken chain: it starts with the copy, each transaction
 * extends it from the generation before its own, and it must end at the store's generation and
 * record count, with all its entries. A transaction that finds it broken (no copy, or a write by
 * another version of the atlas that raised the generation without it) drops the copy and the
 * journal: the next page then reads the whole store and keeps a new copy.
 */
import * as v from 'valibot';

/** Ids past which the copy is dropped: a journal that long saves little over a full read. */
const JOURNAL_LIMIT = 25_000;
/** Records per entry: its tables are built in one short task (about 10 ms). */
const ENTRY_SIZE = 1000;
/**
 * The layout of the engine's tables (`arrow.ts`) that the copy and the entries hold: a version
 * that changes their columns raises it, and the copy of an earlier layout is not used.
 */
const TABLES_FORMAT = 1;
/** Prefix of the entries' keys in `derived` (the head's key followed by « / »). */
export const ENTRY_PREFIX = 'engine-tables-journal/';

/** The key of entry `part` of the transaction that raised the generation to `generation`. */
export const entryKey = (generation: number, part: number): string =>
	`${ENTRY_PREFIX}${String(generation).padStart(15, '0')}/${String(part).padStart(6, '0')}`;

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const HeadSchema = v.object({
	format: v.literal(TABLES_FORMAT),
	since: count,
	generation: count,
	records: count,
	ids: v.array(v.string()),
	entries: count
});
const bytes = v.instance(Uint8Array);
const EntrySchema = v.object({
	generation: count,
	removed: v.array(v.string()),
	problems: bytes,
	problem_links: bytes
});

/** The journal's head, as stored in `derived` under `JOURNAL_KEY`. */
type JournalHead = v.InferOutput<typeof HeadSchema>;
/** One entry: the ids a transaction touched, and the tables of those still visible (IPC). */
export interface JournalEntry {
	generation: number;
	removed: string[];
	problems: Uint8Array;
	problem_links: Uint8Array;
}

/** The head that goes with a copy kept at `generation` from `records` records. */
export const startJournal = (generation: number, records: number): JournalHead => ({
	format: TABLES_FORMAT,
	since: generation,
	generation,
	records,
	ids: [],
	entries: 0
});

/**
 * The head after a transaction that raised the generation to `generation`, touched `touched`,
 * left `records` records and writes `added` entries; null when the chain is broken (or too
 * long): the copy must go.
 */
export function extendJournal(
	stored: unknown,
	generation: number,
	touched: Iterable<string>,
	records: number,
	added: number,
	limit = JOURNAL_LIMIT
): JournalHead | null {
	const checked = v.safeParse(HeadSchema, stored);
	if (!checked.success || checked.output.generation !== generation - 1) return null;
	const head = checked.output;
	const ids = new Set(head.ids);
	for (const id of touched) ids.add(id);
	if (ids.size > limit) return null;
	return { ...head, generation, records, ids: [...ids], entries: head.entries + added };
}

/**
 * The entries written since a copy kept at `copyGeneration`, when the journal brings it up to
 * the store's `generation` and `records` now, all its entries there and well formed; null when
 * not (the copy must not serve).
 */
export function entriesSince(
	stored: unknown,
	entries: readonly unknown[],
	copyGeneration: number,
	generation: number,
	records: number
): JournalEntry[] | null {
	const checked = v.safeParse(HeadSchema, stored);
	if (!checked.success) return null;
	const head = checked.output;
	const holds =
		head.since === copyGeneration &&
		head.generation === generation &&
		head.records === records &&
		head.entries === entries.length;
	if (!holds) return null;
	const out: JournalEntry[] = [];
	for (const raw of entries) {
		const entry = v.safeParse(EntrySchema, raw);
		const within =
			entry.success &&
			entry.output.generation > head.since &&
			entry.output.generation <= generation;
		if (!within) return null;
		out.push(entry.output);
	}
	return out;
}

/** The records and deleted ids of a transaction, cut into the parts of its entries. */
export function entryParts<R extends { id: string }>(
	written: readonly R[],
	deleted: readonly string[],
	size = ENTRY_SIZE
): { records: R[]; removed: string[] }[] {
	const parts: { records: R[]; removed: string[] }[] = [];
	for (let i = 0; i < written.length; i += size) {
		const records = written.slice(i, i + size);
		parts.push({ records, removed: records.map((r) => r.id) });
	}
	for (let i = 0; i < deleted.length; i += size)
		parts.push({ records: [], removed: deleted.slice(i, i + size) });
	return parts;
}
