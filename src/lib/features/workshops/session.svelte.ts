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
import { toProblem, type StoredProblem } from './conflict';
import { exampleDismissed, loadCommuneRefs, setExampleDismissed } from './current';
import { loadExample } from './example';
import type { Problem, ProblemDraft } from './model';
import { openProblemStore, type ImportOutcome, type ProblemStore } from './storage';
import { attemptWrite, openErrorMessage, storageErrorMessage } from './storage-errors';
import type { InvalidRecord } from './stored-record';
import { BUILT_IN_TAXONOMY, type Taxonomy } from './taxonomy';
import { addCustomEntry, withCustomEntries, type TaxonomyKind } from './taxonomy-custom';
import { saveDraft, savedNotice, type SaveOutcome } from './save-problem';
import { KEEP_DELETED_MS } from './trash/retention';
import { splitByDeletion } from './trash/restorable';

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

	/** True while the fictional example is shown (the user has no problem of their own). */
	showingExample = $derived(
		this.stored.length === 0 && !this.dismissed && this.examples.length > 0
	);
	/** The problems on view: the user's, or the example. */
	shown = $derived<Problem[]>(this.showingExample ? this.examples : this.stored.map(toProblem));
	filtered = $derived(filterProblems(this.shown, this.filters));
	communeCodes = $derived(codeSet(this.communes));

	private store: ProblemStore | null = null;
	private unsubscribe: () => void = () => {};

	/** Opens the store and loads everything; listens to other tabs. */
	async open(): Promise<void> {
		try {
			this.communes = await loadCommuneRefs();
			this.matcher = createCommuneMatcher(this.communes);
			this.store = await openProblemStore();
			this.notice = themeMigrationNotice(this.store.migratedThemes);
			this.storageNotice = this.store.notice;
			// Purging is housekeeping: a refusal (full disk) must not keep the page from opening.
			await this.store.purge(isoAgo(KEEP_DELETED_MS)).catch(() => []);
			this.dismissed = exampleDismissed();
			await Promise.all([this.refresh(), this.refreshTaxonomy()]);
			this.examples = await loadExample(this.communes);
			this.unsubscribe = this.store.onExternalChange((m) =>
				m.kind === 'taxonomy' ? this.refreshTaxonomy() : this.refresh()
			);
			this.status = 'ready';
		} catch (e) {
			this.message = openErrorMessage(e);
			this.status = 'failed';
		}
	}

	/** Runs a write, turning a refusal into `writeError` (French); returns null when refused. */
	private async write<T>(run: (store: ProblemStore) => Promise<T>): Promise<T | null> {
		const out = await attemptWrite(this.store, run);
		this.writeError = out.ok ? '' : out.message;
		return out.ok ? out.value : null;
	}

	/** Re-reads the stored problems (after a write here or in another tab). */
	async refresh(): Promise<void> {
		if (!this.store) return;
		const all = await this.store.listAll();
		this.invalid = this.store.invalid();
		({ visible: this.stored, deleted: this.trash } = splitByDeletion(all));
		// Restored meanwhile (import, trash, another tab): nothing left to undo.
		const last = this.deleted?.id;
		if (last && !this.trash.some((r) => r.id === last)) this.deleted = null;
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
		if (await this.write((store) => store.restore(id, nowIso()))) await this.refresh();
	}

	/**
	 * Merges imported problems into the store (nothing stored is lost, see mergeProblems);
	 * `restore`: bring back the deleted problems the file holds (the review showed them).
	 */
	async applyImport(problems: readonly Problem[], restore = true): Promise<ImportOutcome> {
		if (!this.store) throw new Error("Le stockage du navigateur n'est pas ouvert.");
		const result = await this.store.applyImport(problems, { restore });
		if (result.added.length || result.restored.length) this.ownDataStarted();
		if (result.blocked.length)
			this.notice = `${result.blocked.length} problématique(s) du fichier n'ont pas été importées : leur identifiant est celui d'un enregistrement illisible du stockage, qui a été gardé tel quel. Exportez les enregistrements illisibles, puis importez de nouveau le fichier après les avoir corrigés.`;
		await this.refresh();
		return result;
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
		this.unsubscribe();
		this.store?.close();
	}
}
