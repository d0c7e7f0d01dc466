/**
 * Browser storage of problems and custom taxonomy entries in IndexedDB (via idb). Writes are per
 * record inside one readwrite transaction (IndexedDB serialises those across tabs), each carrying
 * the revision it was edited from; races are settled by `decideSave`. Other tabs are told to
 * refresh through a BroadcastChannel. Deletion is soft, for undo. Every record read is checked
 * (`stored-record.ts`): an invalid one is set aside, never used, overwritten or purged. The rules
 * live in conflict.ts and merge.ts, tested in Node; this file only moves records.
 */
import { dropCopy, readCopyState } from './engine-copy';
import type { BuildEntry } from './journal-entries';
import { decideSave, markDeleted, markRestored, purgeable, type StoredProblem } from './conflict';
import { migrateThemeIds } from '$lib/indicators/theme-ids';
import { importIds, planImport } from './import-plan';
import {
	guardWrite,
	missingStoreError,
	missingStoresNotice,
	openAtlasDb,
	problemsTx,
	readChecked,
	type ProblemsTx,
	type StoreName
} from './open-db';
import { CHANNEL_NAME, type ChangeMessage, type ProblemStore } from './store-api';
import { readIds, putInSlices, readInBatches } from './read-batches';
import { checkStoredRecords, type InvalidRecord } from './stored-record';
import { StorageError } from './storage-errors';

export type { ChangeMessage, ImportOutcome, ProblemStore } from './store-api';
export { CHANNEL_NAME };

/** A change message on the wire, tagged with the sending store so a tab ignores its own. */
type Envelope = ChangeMessage & { source: string };

/**
 * Opens (and creates on first use) the database. `name` lets tests use a throwaway database.
 * Nothing is read at opening: old theme ids are made current by `tidy`, after a page has read
 * every record in batches.
 */
export async function openProblemStore(name?: string): Promise<ProblemStore> {
	const { db, missing, interrupted } = await openAtlasDb(name);
	const has = (store: StoreName) => !missing.includes(store);
	const writable = (store: StoreName) => {
		if (!has(store)) throw missingStoreError(store);
	};
	// The journal's entries are built with Arrow, fetched now. A write never waits for it: until
	// it has come (or if it never does), writes drop the kept copy instead (`problemsTx`).
	let buildEntry: BuildEntry | undefined;
	import('./journal-entries').then(
		(m) => (buildEntry = m.buildEntry),
		() => {}
	);
	const hasChannel = typeof BroadcastChannel !== 'undefined';
	const channel = hasChannel ? new BroadcastChannel(CHANNEL_NAME) : null;
	// Listeners open their own channel, which also hears this tab's messages: tag and skip them.
	const source = crypto.randomUUID();
	const announce = (message: ChangeMessage) => channel?.postMessage({ ...message, source });
	let lastInvalid: InvalidRecord[] = [];
	/**
	 * What a full read set aside. A damaged record the atlas did not write leaves the number of
	 * records as it was, which is all the kept copy of the engine's tables can check: the copy,
	 * read before, would count it still. It is dropped, so that the counting pages read the store
	 * again and say what they set aside.
	 */
	const setAside = async (invalid: InvalidRecord[]) => {
		lastInvalid = invalid;
		if (invalid.length) await dropCopy(db);
	};
	const all = async () => {
		if (!has('problems')) return [];
		const { valid, invalid } = await readChecked(db);
		await setAside(invalid);
		return valid;
	};
	/** The stored record of `id` read in `tx`; refuses to touch an unreadable one. */
	const current = async (tx: ProblemsTx, id: string) => {
		const raw = await tx.store.get(id);
		if (raw === undefined) return undefined;
		const [record] = checkStoredRecords([raw]).valid;
		if (record) return record;
		throw new StorageError(
			`L’enregistrement « ${id} » du stockage est illisible : il n’a pas été modifié. Exportez-le (« Enregistrements illisibles ») avant toute correction.`,
			'invalid'
		);
	};

	/**
	 * Runs a problems write. On a full disk, the kept copy of the engine's tables (computed from
	 * the problems, about 32 MB for 100 000) is dropped to make room, and the write tried once
	 * more: the failed one was undone whole.
	 */
	async function writeProblems<T>(run: (tx: ProblemsTx) => Promise<T>): Promise<T> {
		const attempt = () => guardWrite(() => run(problemsTx(db, buildEntry)));
		try {
			return await attempt();
		} catch (e) {
			if (!(e instanceof StorageError) || e.reason !== 'QuotaExceededError') throw e;
			if (!(await dropCopy(db))) throw e;
			return attempt();
		}
	}

	async function update(id: string, change: (r: StoredProblem) => StoredProblem) {
		writable('problems');
		const next = await writeProblems(async (tx) => {
			const stored = await current(tx, id);
			const changed = stored ? change(stored) : null;
			if (changed) await tx.put(changed);
			await tx.commit();
			return changed;
		});
		if (next) announce({ kind: 'problems', ids: [id] });
		return next;
	}

	return {
		notice: missingStoresNotice(missing),
		list: async () => (await all()).filter((r) => r.deletedAt === null),
		listDeleted: async () => (await all()).filter((r) => r.deletedAt !== null),
		listAll: all,
		invalid: () => lastInvalid,
		async readInBatches(onBatch) {
			if (!has('problems')) return 0;
			const invalid: InvalidRecord[] = [];
			const count = await readInBatches(db.transaction('problems').store, (batch, done, total) => {
				invalid.push(...batch.invalid);
				onBatch(batch, done, total);
			});
			await setAside(invalid);
			return count;
		},
		async tidy(valid, before) {
			if (!has('problems')) return { migrated: [], purged: [] };
			const oldTheme = migrateThemeIds(valid).changed.map((r) => r.id);
			const old = purgeable(valid, before);
			if (!oldTheme.length && !old.length) return { migrated: [], purged: [] };
			const done = await writeProblems(async (tx) => {
				// Read again in the writing transaction: another tab may have changed them since.
				const now = (await readIds(tx, [...oldTheme, ...old])).valid;
				const migrated = migrateThemeIds(now.filter((r) => oldTheme.includes(r.id))).changed;
				const purged = purgeable(now, before);
				await putInSlices(
					tx,
					migrated.map((r) => ({ ...r, revision: r.revision + 1 }))
				);
				await Promise.all(purged.map((id) => tx.delete(id)));
				await tx.commit();
				return { migrated: migrated.map((r) => r.id), purged };
			});
			if (done.migrated.length) announce({ kind: 'problems', ids: done.migrated });
			return done;
		},
		async save(problem, baseRevision) {
			writable('problems');
			const decision = await writeProblems(async (tx) => {
				const decided = decideSave(await current(tx, problem.id), problem, baseRevision);
				if (decided.write) await tx.put(decided.record);
				await tx.commit();
				return decided;
			});
			if (decision.write) announce({ kind: 'problems', ids: [problem.id] });
			return decision;
		},
		async applyImport(file, { restore = true } = {}) {
			writable('problems');
			const { outcome, writes } = await writeProblems(async (tx) => {
				// Only the stored records the file holds matter to the merge: read those, checked,
				// with the ids an older atlas derived for the same content (`formerIdOf`).
				const { ids, former } = importIds(file);
				const { valid, invalid } = await readIds(tx, ids);
				const held = new Set(invalid.map((r) => r.key));
				const { records, ...result } = planImport(file, former, valid, held, restore);
				await putInSlices(tx, records);
				await tx.commit();
				return { outcome: { ...result, written: records }, writes: records };
			});
			if (writes.length) announce({ kind: 'problems', ids: writes.map((r) => r.id) });
			return outcome;
		},
		remove: (id, now) => update(id, (r) => markDeleted(r, now)),
		restore: (id, now) => update(id, (r) => markRestored(r, now)),
		async purge(before) {
			if (!has('problems')) return [];
			// Read and delete in one transaction, so a restore in another tab cannot slip between.
			return writeProblems(async (tx) => {
				const ids = purgeable((await readChecked(db, tx)).valid, before);
				await Promise.all(ids.map((id) => tx.delete(id)));
				await tx.commit();
				return ids;
			});
		},
		engineCopy: () => readCopyState(db),
		customEntries: async () => (has('taxonomy') ? db.getAll('taxonomy') : []),
		async putCustomEntry(entry) {
			writable('taxonomy');
			await guardWrite(() => db.put('taxonomy', entry));
			announce({ kind: 'taxonomy' });
		},
		async deleteCustomEntry(kind, id) {
			writable('taxonomy');
			await guardWrite(() => db.delete('taxonomy', [kind, id]));
			announce({ kind: 'taxonomy' });
		},
		onInterrupted(listener) {
			interrupted.listener = listener;
		},
		onExternalChange(listener) {
			if (!hasChannel) return () => {};
			const receiver = new BroadcastChannel(CHANNEL_NAME);
			receiver.onmessage = ({ data }: MessageEvent<Envelope>) => {
				if (data.source === source) return;
				const { source: _s, ...message } = data;
				listener(message);
			};
			return () => receiver.close();
		},
		close() {
			channel?.close();
			db.close();
		}
	};
}
