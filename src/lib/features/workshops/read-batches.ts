/**
 * Reading the problems store without blocking the page: records come in batches (one readonly
 * transaction, the next batch asked for before this one is checked), and every record of a batch
 * is checked (`stored-record.ts`) before the batch is handed on. Also the targeted reads of an
 * import: only the records whose ids the file holds, each checked.
 */
import type { StoredProblem } from './conflict';
import type { ProblemsTx } from './open-db';
import { checkStoredRecord, checkStoredRecords, type CheckedRecords } from './stored-record';

/** Records per batch: about 10–20 ms of reading and checking on a slow machine. */
export const BATCH_SIZE = 2000;

/** Called with each checked batch, the records read so far and the store's count. */
export type OnBatch = (batch: CheckedRecords, done: number, total: number) => void;

/** The reads `readInBatches` needs from an object store (idb's, or a fake in tests). */
export interface BatchSource {
	count(): Promise<number>;
	getAll(query: IDBKeyRange | undefined, count: number): Promise<unknown[]>;
	getAllKeys(query: IDBKeyRange | undefined, count: number): Promise<IDBValidKey[]>;
	/** The store's key path: `'id'` for the atlas's own store (records carry their key). */
	readonly keyPath?: string | string[] | null;
}

const ownKey = (raw: unknown) => (raw as { id: IDBValidKey }).id;

/** The keys after `key` (IndexedDB's key range; tests pass their own). */
export type After = (key: IDBValidKey) => IDBKeyRange;
const after: After = (key) => IDBKeyRange.lowerBound(key, true);

/**
 * Reads every record of `store` in key order, `size` at a time, each checked before `onBatch`
 * gets it (set-aside records included: none is dropped); resolves with the number read. The next
 * batch is asked for before this one is checked, so one transaction serves the whole read.
 */
export async function readInBatches(
	store: BatchSource,
	onBatch: OnBatch,
	size = BATCH_SIZE,
	range: After = after
): Promise<number> {
	const total = await store.count();
	// A store keyed by the records' `id` (the atlas's own: IndexedDB refuses a record without a
	// valid key there) has its keys in the records: not asked for again, which was a second pass
	// over the store (about 15 % of reading 100 000 problems).
	const inline = store.keyPath === 'id';
	const fetch = (key: IDBValidKey | undefined) => {
		const query = key === undefined ? undefined : range(key);
		if (inline) return store.getAll(query, size).then((raws) => [raws, raws.map(ownKey)] as const);
		return Promise.all([store.getAll(query, size), store.getAllKeys(query, size)]);
	};
	let done = 0;
	let next = fetch(undefined);
	for (;;) {
		const pair = await next;
		const [raws, keys] = pair;
		if (!raws.length) return done;
		next = raws.length < size ? Promise.resolve([[], []] as typeof pair) : fetch(keys.at(-1));
		done += raws.length;
		onBatch(checkStoredRecords(raws, keys), done, Math.max(total, done));
	}
}

/**
 * The checked records of `ids` read in `tx` (ids not stored are left out). The store's keys are
 * read first, so only ids it holds are asked for, `slice` requests at a time (asking for 10 000
 * at once blocks the page for about half a second).
 */
export async function readIds(
	tx: ProblemsTx,
	ids: Iterable<string>,
	slice = 500
): Promise<CheckedRecords> {
	const keys = new Set<IDBValidKey>(await tx.store.getAllKeys());
	const wanted = [...new Set(ids)].filter((id) => keys.has(id));
	const out: CheckedRecords = { valid: [], invalid: [] };
	for (let i = 0; i < wanted.length; i += slice) {
		const part = wanted.slice(i, i + slice);
		const raws = await Promise.all(part.map((id) => tx.store.get(id)));
		raws.forEach((raw, k) => {
			if (raw === undefined) return;
			const checked = checkStoredRecord(raw, part[k]);
			if (checked.ok) out.valid.push(checked.record);
			else out.invalid.push(checked.invalid);
		});
	}
	return out;
}

/**
 * Writes `records` in `tx`, `slice` at a time (1 000 puts take ~150 ms of the page: no task copies
 * them all). The next slice is asked for as soon as the first write of this one is done, so the
 * database always has writes queued while the page stays free between slices.
 */
export async function putInSlices(
	tx: ProblemsTx,
	records: readonly StoredProblem[],
	slice = 250
): Promise<void> {
	const writes: Promise<unknown>[] = [];
	await new Promise<void>((resolve, reject) => {
		let next = 0;
		const issue = () => {
			const part = records.slice(next, next + slice).map((r) => tx.put(r));
			next += slice;
			writes.push(...part);
			// A refused write aborts the transaction, which the caller hears through `tx.commit()`.
			for (const write of part) write.catch(() => {});
			// Issued from a write's success: the transaction is still active there.
			if (next < records.length && part[0]) part[0].then(issue, reject);
			else resolve();
		};
		issue();
	});
	await Promise.all(writes);
}
