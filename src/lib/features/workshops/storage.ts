/**
 * Browser storage of problems and custom taxonomy entries in IndexedDB (via idb). Writes are per
 * record inside one readwrite transaction (IndexedDB serialises those across tabs), each carrying
 * the revision it was edited from; races are settled by `decideWrite`. Other tabs are told to
 * refresh through a BroadcastChannel. Deletion is soft, for undo. The rules live in conflict.ts
 * and merge.ts, tested in Node; this file only moves records.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { migrateThemeIds } from '$lib/indicators/theme-ids';
import {
	decideWrite,
	markDeleted,
	markRestored,
	purgeable,
	toProblem,
	type StoredProblem,
	type WriteDecision
} from './conflict';
import { mergeProblems, type MergeResult } from './merge';
import type { Problem } from './model';
import type { CustomEntry, TaxonomyKind } from './taxonomy-custom';

/** Name of the channel on which tabs announce changes. */
export const CHANNEL_NAME = 'atlas-problems';
const DB_NAME = 'atlas-des-besoins-ateliers';
const DB_VERSION = 1;

interface AtlasDB extends DBSchema {
	problems: { key: string; value: StoredProblem };
	taxonomy: { key: [TaxonomyKind, string]; value: CustomEntry };
}

/** What a tab announces after writing: the ids it changed (or the taxonomy). */
export type ChangeMessage = { kind: 'problems'; ids: string[] } | { kind: 'taxonomy' };

/** A change message on the wire, tagged with the sending store so a tab ignores its own. */
type Envelope = ChangeMessage & { source: string };

/** The storage API used by the UI. */
export interface ProblemStore {
	/** Problems whose old theme id was made current when this store opened (tell the user). */
	readonly migratedThemes: number;
	/** Visible problems with their revision (pass it back to `save`). */
	list(): Promise<StoredProblem[]>;
	/** Deleted problems still in their undo window. */
	listDeleted(): Promise<StoredProblem[]>;
	/** Saves one problem edited from `baseRevision` (0 for a new one); see `decideWrite`. */
	save(problem: Problem, baseRevision: number): Promise<WriteDecision>;
	/** Merges imported problems with what is stored (deleted ones included, so none comes back). */
	applyImport(incoming: readonly Problem[]): Promise<MergeResult>;
	/** Soft-deletes; `restore` undoes it. */
	remove(id: string, now: string): Promise<StoredProblem | null>;
	restore(id: string, now: string): Promise<StoredProblem | null>;
	/** Permanently drops records deleted before `before` (ISO). */
	purge(before: string): Promise<string[]>;
	customEntries(): Promise<CustomEntry[]>;
	putCustomEntry(entry: CustomEntry): Promise<void>;
	deleteCustomEntry(kind: TaxonomyKind, id: string): Promise<void>;
	/** Calls `listener` when another tab changed something; returns the unsubscribe function. */
	onExternalChange(listener: (message: ChangeMessage) => void): () => void;
	close(): void;
}

/** Opens (and creates or upgrades) the database. `name` lets tests use a throwaway database. */
export async function openProblemStore(name: string = DB_NAME): Promise<ProblemStore> {
	const db: IDBPDatabase<AtlasDB> = await openDB<AtlasDB>(name, DB_VERSION, {
		upgrade(database) {
			database.createObjectStore('problems', { keyPath: 'id' });
			database.createObjectStore('taxonomy', { keyPath: ['kind', 'id'] });
		}
	});
	const migrated = await migrateStoredThemes(db);
	const hasChannel = typeof BroadcastChannel !== 'undefined';
	const channel = hasChannel ? new BroadcastChannel(CHANNEL_NAME) : null;
	// Listeners open their own channel, which also hears this tab's messages: tag and skip them.
	const source = crypto.randomUUID();
	const announce = (message: ChangeMessage) => channel?.postMessage({ ...message, source });
	const all = () => db.getAll('problems');

	async function update(
		id: string,
		change: (r: StoredProblem) => StoredProblem
	): Promise<StoredProblem | null> {
		const tx = db.transaction('problems', 'readwrite');
		const stored = await tx.store.get(id);
		const next = stored ? change(stored) : null;
		if (next) await tx.store.put(next);
		await tx.done;
		if (next) announce({ kind: 'problems', ids: [id] });
		return next;
	}

	if (migrated.length) announce({ kind: 'problems', ids: migrated });

	return {
		migratedThemes: migrated.length,
		list: async () => (await all()).filter((r) => r.deletedAt === null),
		listDeleted: async () => (await all()).filter((r) => r.deletedAt !== null),
		async save(problem, baseRevision) {
			const tx = db.transaction('problems', 'readwrite');
			const decision = decideWrite(await tx.store.get(problem.id), problem, baseRevision);
			if (decision.write) await tx.store.put(decision.record);
			await tx.done;
			if (decision.write) announce({ kind: 'problems', ids: [problem.id] });
			return decision;
		},
		async applyImport(incoming) {
			const tx = db.transaction('problems', 'readwrite');
			const stored = await tx.store.getAll();
			const result = mergeProblems(stored.map(toProblem), incoming);
			const byId = new Map(stored.map((r) => [r.id, r]));
			const writes = [...result.added, ...result.updated].map((p) => {
				const before = byId.get(p.id);
				return {
					...p,
					revision: (before?.revision ?? 0) + 1,
					deletedAt: before?.deletedAt ?? null
				};
			});
			await Promise.all(writes.map((r) => tx.store.put(r)));
			await tx.done;
			if (writes.length) announce({ kind: 'problems', ids: writes.map((r) => r.id) });
			return result;
		},
		remove: (id, now) => update(id, (r) => markDeleted(r, now)),
		restore: (id, now) => update(id, (r) => markRestored(r, now)),
		async purge(before) {
			// Read and delete in one transaction, so a restore in another tab cannot slip between.
			const tx = db.transaction('problems', 'readwrite');
			const ids = purgeable(await tx.store.getAll(), before);
			await Promise.all(ids.map((id) => tx.store.delete(id)));
			await tx.done;
			return ids;
		},
		customEntries: () => db.getAll('taxonomy'),
		async putCustomEntry(entry) {
			await db.put('taxonomy', entry);
			announce({ kind: 'taxonomy' });
		},
		async deleteCustomEntry(kind, id) {
			await db.delete('taxonomy', [kind, id]);
			announce({ kind: 'taxonomy' });
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

/**
 * Rewrites, in one transaction, the records that still carry an old theme id (see
 * `theme-ids.ts`), each as a new revision; nothing else in them changes. Returns their ids.
 */
async function migrateStoredThemes(db: IDBPDatabase<AtlasDB>): Promise<string[]> {
	const tx = db.transaction('problems', 'readwrite');
	const { changed } = migrateThemeIds(await tx.store.getAll());
	await Promise.all(changed.map((r) => tx.store.put({ ...r, revision: r.revision + 1 })));
	await tx.done;
	return changed.map((r) => r.id);
}
