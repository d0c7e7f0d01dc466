/** The workshops store's interface, as the UI sees it (implemented in `storage.ts`). */
import type { SaveDecision, StoredProblem } from './conflict';
import type { CopyState } from './engine-copy';
import type { MergeResult } from './merge';
import type { Problem } from './model';
import type { CheckedRecords, InvalidRecord } from './stored-record';
import type { CustomEntry, TaxonomyKind } from './taxonomy-custom';

/** Name of the channel on which tabs announce changes (`ChangeMessage`). */
export const CHANNEL_NAME = 'atlas-problems';

/** What a tab announces after writing: the ids it changed (or the taxonomy). */
export type ChangeMessage = { kind: 'problems'; ids: string[] } | { kind: 'taxonomy' };

/**
 * What an import did: the merge, and the problems not written over an unreadable record. Only the
 * stored records whose ids the file holds are read, so `merged` lists those, not the whole store.
 */
export interface ImportOutcome extends MergeResult {
	/** Incoming problems whose id is held by a set-aside record: left out, that record kept. */
	blocked: Problem[];
	/** The records written, as stored now (added, updated, restored), for the page's list. */
	written: StoredProblem[];
}

/** The storage API used by the UI. */
export interface ProblemStore {
	/** French notice when the database lacks a store ('' when complete). */
	readonly notice: string;
	/** Visible problems with their revision (pass it back to `save`). */
	list(): Promise<StoredProblem[]>;
	/** Deleted problems, restorable until purged (see `trash/retention.ts`). */
	listDeleted(): Promise<StoredProblem[]>;
	/** Visible and deleted problems in one read (the page shows both). */
	listAll(): Promise<StoredProblem[]>;
	/** Records that failed the check at the last `list`/`listDeleted`/`listAll`, kept untouched. */
	invalid(): InvalidRecord[];
	/**
	 * Reads every record in batches, each checked before `onBatch` gets it (the page can show the
	 * first ones while the rest is read); `invalid()` then lists the set-aside ones. Resolves
	 * with the number of records read.
	 */
	readInBatches(
		onBatch: (batch: CheckedRecords, done: number, total: number) => void
	): Promise<number>;
	/**
	 * Housekeeping after a full read (`valid`: its readable records): makes old theme ids current
	 * and purges records deleted before `before`, each re-read and checked in the writing
	 * transaction. Returns the ids changed.
	 */
	tidy(
		valid: readonly StoredProblem[],
		before: string
	): Promise<{ migrated: string[]; purged: string[] }>;
	/** Saves one problem edited from `baseRevision` (0 for a new one); see `decideSave`. */
	save(problem: Problem, baseRevision: number): Promise<SaveDecision>;
	/**
	 * Merges imported problems with what is stored. A deleted problem the file holds is restored
	 * (`restore`, default true: the user saw the count in the import review) or left deleted.
	 */
	applyImport(
		incoming: readonly Problem[],
		options?: { restore?: boolean }
	): Promise<ImportOutcome>;
	/** Soft-deletes; `restore` undoes it. */
	remove(id: string, now: string): Promise<StoredProblem | null>;
	restore(id: string, now: string): Promise<StoredProblem | null>;
	/** Permanently drops records deleted before `before` (ISO); never an unreadable one. */
	purge(before: string): Promise<string[]>;
	/** The kept copy of the engine's tables, if it is up to date, and how to keep a new one. */
	engineCopy(): Promise<CopyState>;
	customEntries(): Promise<unknown[]>;
	putCustomEntry(entry: CustomEntry): Promise<void>;
	deleteCustomEntry(kind: TaxonomyKind, id: string): Promise<void>;
	/** Calls `listener` when another tab changed something; returns the unsubscribe function. */
	onExternalChange(listener: (message: ChangeMessage) => void): () => void;
	/** Told, in French, when another page asks to delete the database or the browser closed it. */
	onInterrupted(listener: (notice: string) => void): void;
	close(): void;
}
