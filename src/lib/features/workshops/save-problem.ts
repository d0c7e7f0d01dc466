/**
 * What the capture form's « Enregistrer » checks before and after the store decides: pure, so
 * the French messages of every case (validation, duplicate, deleted meanwhile, two-tab conflict)
 * are tested without IndexedDB.
 */
import { toProblem, type SaveDecision, type StoredProblem } from './conflict';
import { createProblem, updateProblem } from './create';
import type { Problem, ProblemDraft } from './model';
import type { ProblemStore } from './store-api';
import { STORE_NOT_OPEN, storageErrorMessage } from './storage-errors';
import type { Taxonomy } from './taxonomy';
import { validateProblem, type ValidationError } from './validate';

/** Outcome of a save: the stored problem, or French errors (nothing was written). */
export type SaveOutcome =
	| { ok: true; problem: Problem }
	| {
			ok: false;
			errors: ValidationError[];
			/** Set on a two-tab conflict: the revision the form now stands on (save again to win). */
			conflictRevision?: number;
	  };

/** An error about no field in particular. */
export const general = (message: string): ValidationError => ({ field: 'general', message });

/** The context a save is checked in. */
export interface SaveContext {
	taxonomy: Taxonomy;
	communeCodes: ReadonlySet<string>;
	/** The visible stored record of an id, as this tab last read it. */
	record: (id: string) => StoredProblem | undefined;
	now: string;
}

/** Validates the draft and builds the problem to store; French errors when it cannot be. */
export function prepareSave(
	draft: ProblemDraft,
	editingId: string | null,
	ctx: SaveContext
): { ok: true; problem: Problem } | { ok: false; errors: ValidationError[] } {
	const errors = validateProblem(draft, ctx.taxonomy, ctx.communeCodes);
	if (errors.length) return { ok: false, errors };
	const base = editingId ? ctx.record(editingId) : undefined;
	if (editingId && !base) return { ok: false, errors: [general(DELETED_MEANWHILE)] };
	const { id: _i, createdAt: _c, updatedAt: _u, ...fields } = draft;
	const problem = base
		? updateProblem(toProblem(base), { ...fields, example: false }, ctx.now)
		: createProblem({ ...fields, example: false }, ctx.now);
	if (!base && ctx.record(problem.id)) return { ok: false, errors: [general(ALREADY_THERE)] };
	return { ok: true, problem };
}

const DELETED_MEANWHILE =
	'Cette problématique a été supprimée entre-temps (peut-être dans un autre onglet) : votre saisie reste dans le formulaire. Pour la garder, rétablissez la problématique depuis « Problématiques supprimées », puis enregistrez votre saisie. (« Annuler la modification » effacerait votre saisie.)';
const ALREADY_THERE =
	'Cette problématique existe déjà (même forum, thème, description et communes) : modifiez celle de la liste.';

/** The refusal to show when the store did not write (null when it wrote). */
export function refusedSave(decision: SaveDecision, baseRevision: number): SaveOutcome | null {
	if (decision.write) return null;
	const kept = decision.conflict?.kept ?? decision.record;
	if (baseRevision === 0)
		return {
			ok: false,
			errors: [
				general(
					'Cette problématique vient d’être enregistrée dans un autre onglet (même forum, thème, description et communes) : elle est dans la liste, modifiez-la là.'
				)
			]
		};
	if (kept.deletedAt !== null) return { ok: false, errors: [general(DELETED_MEANWHILE)] };
	return {
		ok: false,
		conflictRevision: kept.revision,
		errors: [
			general(
				`Conflit : cette problématique a été modifiée dans un autre onglet depuis que vous avez commencé à la modifier. Votre version n’a pas été enregistrée et reste dans le formulaire ; celle de l’autre onglet est dans la liste (« ${kept.description} », poids ${kept.weight}). Cliquez de nouveau sur « Enregistrer la modification » pour la remplacer par la vôtre, ou sur « Annuler la modification » pour garder l’autre.`
			)
		]
	};
}

/** The note after a save that brought back a deleted problem ('' otherwise). */
export function savedNotice(decision: SaveDecision): string {
	return decision.revived
		? 'Cette problématique avait été supprimée : elle est rétablie avec ce que vous venez de saisir.'
		: '';
}

/**
 * Checks and stores a draft: the outcome for the form, and the store's decision when it wrote
 * (null when nothing was written: invalid draft, refusal, conflict, browser error).
 */
export async function saveDraft(
	store: ProblemStore | null,
	draft: ProblemDraft,
	editingId: string | null,
	baseRevision: number,
	ctx: SaveContext
): Promise<{ outcome: SaveOutcome; decision: SaveDecision | null }> {
	const prepared = prepareSave(draft, editingId, ctx);
	if (!prepared.ok) return { outcome: prepared, decision: null };
	if (!store) {
		return { outcome: { ok: false, errors: [general(STORE_NOT_OPEN)] }, decision: null };
	}
	const base = editingId ? baseRevision : 0;
	let decision: SaveDecision;
	try {
		decision = await store.save(prepared.problem, base);
	} catch (e) {
		// Nothing was written; the form keeps what was typed (it is reset only on success).
		const errors = [general(storageErrorMessage(e, 'write'))];
		return { outcome: { ok: false, errors }, decision: null };
	}
	const refused = refusedSave(decision, base);
	if (refused) return { outcome: refused, decision: null };
	return { outcome: { ok: true, problem: toProblem(decision.record) }, decision };
}
