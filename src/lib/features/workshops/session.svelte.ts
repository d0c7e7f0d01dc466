/**
 * State of the /ateliers page: the stored problems (or the fictional example while there are
 * none), the custom taxonomy, saving, deletion with undo and imports. Components only read it
 * and call its methods; every rule lives in the pure modules next to this file.
 */
import { themeMigrationNotice } from '$lib/indicators/theme-ids';
import { isoAgo, nowIso } from '$lib/features/workshops/capture/clock';
import {
	codeSet,
	filterProblems,
	NO_FILTERS,
	type ListFilters
} from '$lib/features/workshops/list/filters';
import { createCommuneMatcher, type CommuneMatcher, type CommuneRef } from './communes';
import { unknownRefs, unknownRefsNotice } from './unknown-refs';
import { toProblem, type StoredProblem } from './conflict';
import { loadCommuneRefs } from './commune-refs';
import { exampleDismissed, setExampleDismissed } from './current';
import { loadExample } from './example';
import type { Problem, ProblemDraft } from './model';
import { openProblemStore, type ImportOutcome, type ProblemStore } from './storage';
import { attemptWrite, openErrorMessage, storageErrorMessage } from './storage-errors';
import type { InvalidRecord } from './stored-record';
import { BUILT_IN_TAXONOMY, type Taxonomy } from './taxonomy';
import {
	addCustomEntry,
	withCustomEntries,
	type CustomEntry,
	type TaxonomyKind
} from './taxonomy-custom';
import { saveDraft, savedNotice, type SaveOutcome } from './save-problem';
import { KEEP_DELETED_MS } from './trash/retention';
import { withBatch, withWritten, type SplitRecords } from './trash/restorable';
import { CopyLater } from './copy-later';
import { formatNumber } from '$lib/format/number';

/** A deleted problem that can no longer be restored: purged since the list was shown. */
export const PURGED_MEANWHILE =
	'Cette problématique a été effacée définitivement entre-temps (peut-être dans un autre onglet : les suppressions anciennes y sont effacées). Elle ne peut plus être rétablie ici ; si vous en avez une sauvegarde (export JSON ou CSV), importez-la.';

export type { SaveOutcome } from './save-problem';

/** The /ateliers page state (one per page). */
export class AteliersSession {
	status = $state<'loading' | 'ready' | 'failed'>('loading');
	/** Loading error, or a note after a save (e.g. a two-tab conflict). */
	message = $state('');
	notice = $state('');
	/** A store that lacks part of its database, in French ('' when complete). */
	storageNotice = $state('');
	/** A write refused by the browser (full disk…), in French; nothing was lost. */
	writeError = $state('');
	/** Stored records that failed the check: set aside, untouched, exportable. */
	invalid = $state.raw<InvalidRecord[]>([]);
	communes = $state.raw<CommuneRef[]>([]);
	matcher = $state.raw<CommuneMatcher>(createCommuneMatcher([]));
	taxonomy = $state.raw<Taxonomy>(BUILT_IN_TAXONOMY);
	stored = $state.raw<StoredProblem[]>([]);
	/** Deleted problems, restorable until purged (« Problématiques supprimées »), latest first. */
	trash = $state.raw<StoredProblem[]>([]);
	examples = $state.raw<Problem[]>([]);
	dismissed = $state(false);
	/** The last deleted problem, for « Annuler ». */
	deleted = $state.raw<Problem | null>(null);
	filters = $state<ListFilters>({ ...NO_FILTERS });
	/**
	 * While the store is first read: records read and checked so far, and the store's count. The
	 * list then shows the records already checked; exports wait for the whole store.
	 */
	loading = $state.raw<{ done: number; total: number } | null>(null);

	/** True while the fictional example is shown (the user has no problem of their own). */
	showingExample = $derived(
		this.stored.length === 0 && !this.dismissed && this.examples.length > 0
	);
	/**
	 * The problems on view: the user's (their stored records, not copied: 100 000 copies would
	 * hold the page), or the example. Exports take `exportable()`.
	 */
	shown = $derived<readonly Problem[]>(this.showingExample ? this.examples : this.stored);
	filtered = $derived(filterProblems(this.shown, this.filters));
	communeCodes = $derived(codeSet(this.communes));
	/** Stored problems naming an unknown theme, subject, public or commune, said ('' if none). */
	unknownNotice = $derived(
		this.communes.length && this.stored.length
			? unknownRefsNotice(unknownRefs(this.stored, this.taxonomy, this.communeCodes))
			: ''
	);

	private store: ProblemStore | null = null;
	private unsubscribe: () => void = () => {};
	/** The first full read; an import waits for it before adding its records to the list. */
	private loaded: Promise<void> = Promise.resolve();
	/** Number of the latest read: an older read still running is ignored when it ends. */
	private generation = 0;
	private readsRunning = 0;
	/** After the writes here, an up-to-date copy of the engine's tables for the map (`copy-later.ts`). */
	private readonly copyLater = new CopyLater();

	/**
	 * Opens the store and reads it in checked batches: the list shows the first batch at once and
	 * the whole store once read (`loading` meanwhile); then the housekeeping (old theme ids, purge of old deletions).
	 * Listens to other tabs.
	 */
	async open(): Promise<void> {
		try {
			this.communes = await loadCommuneRefs();
			this.matcher = createCommuneMatcher(this.communes);
			this.store = await openProblemStore();
			this.storageNotice = this.store.notice;
			this.store.onInterrupted((notice) => (this.storageNotice = notice));
			this.dismissed = exampleDismissed();
			await this.refreshTaxonomy();
			this.examples = await loadExample(this.communes);
			this.unsubscribe = this.store.onExternalChange((m) =>
				m.kind === 'taxonomy' ? this.refreshTaxonomy() : this.refresh()
			);
			await (this.loaded = this.read(true));
			this.status = 'ready';
			// Housekeeping: a refusal (full disk) must not keep the page from opening.
			const tidied = await this.store
				.tidy([...this.stored, ...this.trash], isoAgo(KEEP_DELETED_MS))
				.catch(() => ({ migrated: [], purged: [] }));
			if (tidied.migrated.length) this.notice = themeMigrationNotice(tidied.migrated.length);
			if (tidied.migrated.length || tidied.purged.length) {
				this.copyLater.schedule();
				await this.refresh();
			}
		} catch (e) {
			this.message = openErrorMessage(e);
			this.status = 'failed';
		}
	}

	/**
	 * Reads every record, checked, in batches. `first`: the page opens on the first batch and
	 * shows the progress; otherwise the list is replaced once the whole store is read.
	 */
	private async read(first: boolean): Promise<void> {
		const store = this.store;
		if (!store) return;
		const generation = ++this.generation;
		// Each batch is sorted and merged into the lists read so far: no sort of the whole store.
		let lists: SplitRecords = { visible: [], deleted: [] };
		const invalid: InvalidRecord[] = [];
		this.readsRunning++;
		try {
			await store.readInBatches((batch, done, total) => {
				lists = withBatch(lists, batch.valid);
				invalid.push(...batch.invalid);
				if (!first || done === total || generation !== this.generation) return;
				this.loading = { done, total };
				if (this.status !== 'loading') return;
				// The first batch: the page opens on it; the rest joins once all is checked.
				this.invalid = [...invalid];
				this.show(lists);
				this.status = 'ready';
			});
		} finally {
			this.readsRunning--;
			if (first) this.loading = null;
		}
		if (generation !== this.generation) return;
		this.invalid = invalid;
		this.show(lists);
	}

	/** Shows the visible records (latest created first) and the deleted ones (latest first). */
	private show(split: { visible: StoredProblem[]; deleted: StoredProblem[] }): void {
		({ visible: this.stored, deleted: this.trash } = split);
		// Restored meanwhile (import, trash, another tab): nothing left to undo.
		const last = this.deleted?.id;
		if (last && !this.trash.some((r) => r.id === last)) this.deleted = null;
	}

	/** Runs a write, turning a refusal into `writeError` (French); returns null when refused. */
	private async write<T>(run: (store: ProblemStore) => Promise<T>): Promise<T | null> {
		const out = await attemptWrite(this.store, run);
		this.writeError = out.ok ? '' : out.message;
		if (out.ok) this.copyLater.schedule();
		return out.ok ? out.value : null;
	}

	/** Re-reads the stored problems (after a write here or in another tab). */
	async refresh(): Promise<void> {
		await this.read(false);
	}

	private async refreshTaxonomy(): Promise<void> {
		if (!this.store) return;
		const { taxonomy, errors } = withCustomEntries(
			BUILT_IN_TAXONOMY,
			await this.store.customEntries()
		);
		this.taxonomy = taxonomy;
		// A stored entry that could not be read is left in the store, and the user is told.
		if (errors.length) this.notice = errors.join(' ');
	}

	/** The problems on view as files hold them (without the store's revision and deletion). */
	exportable(): Problem[] {
		return this.showingExample ? this.examples : this.stored.map(toProblem);
	}

	/** The stored record of an id (for its revision when editing). */
	record(id: string): StoredProblem | undefined {
		return this.stored.find((r) => r.id === id);
	}

	/**
	 * Validates and stores a new problem, or an edit of `editingId` started from `baseRevision`
	 * (the revision read when editing began: another tab's save in between is a conflict).
	 */
	async save(
		draft: ProblemDraft,
		editingId: string | null,
		baseRevision = 0
	): Promise<SaveOutcome> {
		const ctx = {
			taxonomy: this.taxonomy,
			communeCodes: this.communeCodes,
			record: (id: string) => this.record(id),
			now: nowIso()
		};
		const { outcome, decision } = await saveDraft(this.store, draft, editingId, baseRevision, ctx);
		if (!decision) return outcome;
		this.copyLater.schedule();
		this.ownDataStarted();
		this.notice = savedNotice(decision);
		await this.refresh();
		return outcome;
	}

	/** Soft-deletes a problem; `undo` brings it back. */
	async remove(id: string): Promise<void> {
		const removed = await this.write((store) => store.remove(id, nowIso()));
		this.deleted = removed ? toProblem(removed) : null;
		await this.refresh();
	}

	/** Restores the last deleted problem. */
	async undo(): Promise<void> {
		if (this.deleted) await this.restoreDeleted(this.deleted.id);
	}

	/** Restores a deleted problem (undo bar or « Problématiques supprimées »). */
	async restoreDeleted(id: string): Promise<void> {
		const restored = await this.write((store) => store.restore(id, nowIso()));
		// Gone from the store: purged meanwhile, maybe by another tab (a write error is said apart).
		if (restored === null && !this.writeError) this.writeError = PURGED_MEANWHILE;
		await this.refresh();
	}

	/**
	 * Merges imported problems into the store (nothing stored is lost, see mergeProblems);
	 * `restore`: bring back the deleted problems the file holds (the review showed them).
	 */
	async applyImport(problems: readonly Problem[], restore = true): Promise<ImportOutcome> {
		if (!this.store) throw new Error('Le stockage du navigateur n’est pas ouvert.');
		// The written records join the list read so far: wait until the whole store is read.
		await this.loaded;
		const result = await this.store.applyImport(problems, { restore });
		if (result.written.length) this.copyLater.schedule(true);
		if (result.added.length || result.restored.length) this.ownDataStarted();
		if (result.blocked.length) this.notice = blockedNotice(result.blocked.length);
		// Only the written records change: put them in the list rather than re-read 100 000.
		const running = this.readsRunning > 0;
		this.generation++;
		this.show(withWritten({ visible: this.stored, deleted: this.trash }, result.written));
		// A read begun before this import (another tab's change) was dropped: read again.
		if (running) await this.refresh();
		return result;
	}

	/**
	 * Adds the entries a backup brings (already checked against this taxonomy by the import), as
	 * they were: same ids, so that its problems find them. Throws when the store refuses.
	 */
	async addEntries(entries: readonly CustomEntry[]): Promise<void> {
		if (!entries.length) return;
		if (!this.store) throw new Error('Le stockage du navigateur n’est pas ouvert.');
		for (const e of entries) await this.store.putCustomEntry({ ...e });
		await this.refreshTaxonomy();
	}

	/** Adds a custom subject or public; returns French errors (empty when added). */
	async addCustom(kind: TaxonomyKind, label: string): Promise<string[]> {
		const edit = addCustomEntry(this.taxonomy, kind, label);
		if (!edit.ok) return edit.errors;
		const entry = edit.entry;
		if (entry && this.store)
			try {
				await this.store.putCustomEntry({ kind, id: entry.id, label: entry.label });
			} catch (e) {
				return [storageErrorMessage(e, 'write')];
			}
		this.taxonomy = edit.taxonomy;
		return [];
	}

	/** « Commencer avec une liste vide »: hides the example here and on the map. */
	dismissExample(): void {
		setExampleDismissed(true);
		this.dismissed = true;
		this.filters = { ...NO_FILTERS };
	}

	/**
	 * Once the user has data of their own, the example does not come back, even if they delete
	 * every problem: an empty list after « Supprimer » must not fill with invented problems.
	 */
	private ownDataStarted(): void {
		if (this.dismissed) return;
		setExampleDismissed(true);
		this.dismissed = true;
	}

	/** Closes the store and stops listening to other tabs. */
	close(): void {
		this.copyLater.stop();
		this.unsubscribe();
		this.store?.close();
	}
}

/** The problems of a file not imported because a damaged stored record holds their id. */
function blockedNotice(n: number): string {
	const which =
		n === 1
			? '1 problématique du fichier n’a pas été importée : son identifiant est celui'
			: `${formatNumber(n, 0)} problématiques du fichier n’ont pas été importées : leur identifiant est celui`;
	return `${which} d’un enregistrement illisible du stockage, qui a été gardé tel quel. Exportez les enregistrements illisibles, puis importez de nouveau le fichier après les avoir corrigés.`;
}
