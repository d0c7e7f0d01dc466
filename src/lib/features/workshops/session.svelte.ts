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
import { createProblem, updateProblem } from './create';
import { exampleDismissed, loadCommuneRefs, setExampleDismissed } from './current';
import { loadExample } from './example';
import type { MergeResult } from './merge';
import type { Problem, ProblemDraft } from './model';
import { openProblemStore, type ProblemStore } from './storage';
import { BUILT_IN_TAXONOMY, type Taxonomy } from './taxonomy';
import { addCustomEntry, withCustomEntries, type TaxonomyKind } from './taxonomy-custom';
import { validateProblem, type ValidationError } from './validate';

/** An error about no field in particular. */
const general = (message: string): ValidationError => ({ field: 'general', message });

/** Deleted records stay restorable for a week, then are purged when the page opens. */
const UNDO_KEEP_MS = 7 * 24 * 3600 * 1000;

/** Outcome of a save: the stored problem, or French errors (nothing was written). */
export type SaveOutcome = { ok: true; problem: Problem } | { ok: false; errors: ValidationError[] };

/** The /ateliers page state (one per page). */
export class AteliersSession {
	status = $state<'loading' | 'ready' | 'failed'>('loading');
	/** Loading error, or a note after a save (e.g. a two-tab conflict). */
	message = $state('');
	notice = $state('');
	communes = $state.raw<CommuneRef[]>([]);
	matcher = $state.raw<CommuneMatcher>(createCommuneMatcher([]));
	taxonomy = $state.raw<Taxonomy>(BUILT_IN_TAXONOMY);
	stored = $state.raw<StoredProblem[]>([]);
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
			await this.store.purge(isoAgo(UNDO_KEEP_MS));
			this.dismissed = exampleDismissed();
			await Promise.all([this.refresh(), this.refreshTaxonomy()]);
			this.examples = await loadExample(this.communes);
			this.unsubscribe = this.store.onExternalChange((m) =>
				m.kind === 'taxonomy' ? this.refreshTaxonomy() : this.refresh()
			);
			this.status = 'ready';
		} catch (e) {
			this.message = e instanceof Error ? e.message : String(e);
			this.status = 'failed';
		}
	}

	/** Re-reads the stored problems (after a write here or in another tab). */
	async refresh(): Promise<void> {
		if (!this.store) return;
		const list = await this.store.list();
		this.stored = list.sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
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

	/** Validates and stores a new problem, or an edit of `editingId`. */
	async save(draft: ProblemDraft, editingId: string | null): Promise<SaveOutcome> {
		const errors = validateProblem(draft, this.taxonomy, this.communeCodes);
		if (errors.length) return { ok: false, errors };
		if (!this.store)
			return { ok: false, errors: [general("Le stockage du navigateur n'est pas ouvert.")] };
		const now = nowIso();
		const base = editingId ? this.record(editingId) : undefined;
		if (editingId && !base)
			return {
				ok: false,
				errors: [
					general(
						'Cette problématique a été supprimée entre-temps (peut-être dans un autre onglet).'
					)
				]
			};
		const { id: _i, createdAt: _c, updatedAt: _u, ...fields } = draft;
		const problem = base
			? updateProblem(toProblem(base), { ...fields, example: false }, now)
			: createProblem({ ...fields, example: false }, now);
		if (!base && this.record(problem.id))
			return {
				ok: false,
				errors: [
					general(
						'Cette problématique existe déjà (même forum, thème, description et communes) : modifiez celle de la liste.'
					)
				]
			};
		const decision = await this.store.save(problem, base?.revision ?? 0);
		this.ownDataStarted();
		this.notice = decision.conflict
			? 'Cette problématique venait d’être modifiée dans un autre onglet : la version la plus récente a été gardée.'
			: '';
		await this.refresh();
		return { ok: true, problem: toProblem(decision.record) };
	}

	/** Soft-deletes a problem; `undo` brings it back. */
	async remove(id: string): Promise<void> {
		const removed = await this.store?.remove(id, nowIso());
		this.deleted = removed ? toProblem(removed) : null;
		await this.refresh();
	}

	/** Restores the last deleted problem. */
	async undo(): Promise<void> {
		if (!this.deleted) return;
		await this.store?.restore(this.deleted.id, nowIso());
		this.deleted = null;
		await this.refresh();
	}

	/** Merges imported problems into the store (nothing stored is lost, see mergeProblems). */
	async applyImport(problems: readonly Problem[]): Promise<MergeResult> {
		if (!this.store) throw new Error("Le stockage du navigateur n'est pas ouvert.");
		const result = await this.store.applyImport(problems);
		if (result.added.length) this.ownDataStarted();
		await this.refresh();
		return result;
	}

	/** Adds a custom subject or public; returns French errors (empty when added). */
	async addCustom(kind: TaxonomyKind, label: string): Promise<string[]> {
		const edit = addCustomEntry(this.taxonomy, kind, label);
		if (!edit.ok) return edit.errors;
		if (edit.entry && this.store)
			await this.store.putCustomEntry({ kind, id: edit.entry.id, label: edit.entry.label });
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
