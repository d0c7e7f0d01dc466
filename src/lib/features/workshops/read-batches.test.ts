import { describe, expect, it } from 'vitest';
import { makeProblem } from '../../../../tests/fixtures/workshops/helpers';
import type { StoredProblem } from './conflict';
import type { CheckedRecords } from './stored-record';
import type { ProblemsTx } from './open-db';
import { putInSlices, readIds, readInBatches, type BatchSource } from './read-batches';

const record = (id: string): StoredProblem => ({
	...makeProblem(id),
	revision: 1,
	deletedAt: null
});
/** A damaged record: no `deletedAt` (as in issue 9). */
const damaged = (id: string) => ({ ...makeProblem(id), revision: 1 });

/** An in-memory object store, in key order; `log` records each request and each batch handed on. */
function fakeStore(values: Record<string, unknown>) {
	const log: string[] = [];
	const keys = Object.keys(values).sort();
	const from = (q: IDBKeyRange | undefined) =>
		q === undefined ? keys : keys.filter((k) => k > (q as unknown as { after: string }).after);
	const store: BatchSource = {
		count: async () => keys.length,
		getAll: async (q, n) => (
			log.push(`get ${from(q)[0]}`),
			from(q)
				.slice(0, n)
				.map((k) => values[k])
		),
		getAllKeys: async (q, n) => from(q).slice(0, n)
	};
	const range = (key: IDBValidKey) => ({ after: key }) as unknown as IDBKeyRange;
	return { store, range, log };
}

/** Five records, out of key order; d is damaged. */
const FIVE = { e: record('e'), a: record('a'), c: record('c'), b: record('b'), d: damaged('d') };

/** What `readInBatches` hands on, in order: ids, and « !key » for a record set aside. */
const seenIn = (seen: string[]) => (batch: CheckedRecords) =>
	seen.push(...batch.valid.map((r) => r.id), ...batch.invalid.map((r) => `!${r.key}`));

describe('readInBatches (opening /ateliers on the first records)', () => {
	it('hands on every record in key order, checked, by batches, with the progress', async () => {
		// 5 records by 2: batches [a, b], [c, d], [e]; d is damaged.
		const { store, range, log } = fakeStore(FIVE);
		const seen: string[] = [];
		const count = await readInBatches(
			store,
			(batch, done, total) => {
				log.push(`batch ${done}/${total}`);
				seenIn(seen)(batch);
			},
			2,
			range
		);
		expect(count).toBe(5);
		// The damaged record is reported with its reason, never dropped.
		expect(seen).toEqual(['a', 'b', 'c', '!d', 'e']);
		// The next batch is asked for before this one is handed on: the transaction stays open.
		expect(log).toEqual(['get a', 'get c', 'batch 2/5', 'get e', 'batch 4/5', 'batch 5/5']);
	});

	it("takes the keys from the records when the store is keyed by their id (the atlas's own)", async () => {
		// Same 5 records: the keys come from the records' ids, never asked for (no second pass).
		const { store, range, log } = fakeStore(FIVE);
		const keyed: BatchSource = {
			...store,
			keyPath: 'id',
			getAllKeys: async () => {
				throw new Error('keys asked for');
			}
		};
		const seen: string[] = [];
		const count = await readInBatches(keyed, seenIn(seen), 2, range);
		expect(count).toBe(5);
		expect(seen).toEqual(['a', 'b', 'c', '!d', 'e']);
		// Each batch starts after the last id of the one before.
		expect(log).toEqual(['get a', 'get c', 'get e']);
	});

	it('reads an empty store in one request', async () => {
		const { store, range, log } = fakeStore({});
		expect(await readInBatches(store, () => log.push('batch'), 2, range)).toBe(0);
		expect(log).toEqual(['get undefined']);
	});
});

/** A transaction over a fake store holding `values`; `puts` records each slice of writes. */
function fakeTx(values: Record<string, unknown>) {
	const gets: string[] = [];
	const puts: string[][] = [];
	let slice: string[] = [];
	const store = {
		getAllKeys: async () => Object.keys(values),
		get: async (id: string) => (gets.push(id), values[id]),
		put: (r: StoredProblem) => {
			slice.push(r.id);
			// A write resolves after the current task: a slice is what was asked for at once.
			return Promise.resolve().then(() => {
				if (slice.length) puts.push(slice);
				slice = [];
			});
		}
	};
	return { tx: { store, put: store.put } as unknown as ProblemsTx, gets, puts };
}

describe('readIds and putInSlices (an import touches only the records of its file)', () => {
	it('reads only the stored ids the file holds, each checked', async () => {
		const { tx, gets } = fakeTx({ a: record('a'), b: damaged('b'), c: record('c') });
		// The file holds a, b, x (new) and a again.
		const { valid, invalid } = await readIds(tx, ['a', 'b', 'x', 'a'], 1);
		expect(gets).toEqual(['a', 'b']);
		expect(valid.map((r) => r.id)).toEqual(['a']);
		expect(invalid.map((r) => [r.key, r.reasons])).toEqual([
			['b', ['champ « deletedAt » : absent']]
		]);
	});

	it('writes a slice at a time', async () => {
		const { tx, puts } = fakeTx({});
		await putInSlices(tx, ['a', 'b', 'c', 'd', 'e'].map(record), 2);
		expect(puts).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
	});
});
