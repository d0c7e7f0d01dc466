/** Turns a draft (from the capture form or an import) into a stored problem. */
import { problemId } from './identity';
import type { Problem, ProblemDraft } from './model';
import { parseTimestamp } from './import/values';

/**
 * Completes a draft: the id is the draft's own or the deterministic content hash; timestamps
 * are the draft's when valid ISO, else `now` (passed in so tests never depend on the clock).
 */
export function createProblem(draft: ProblemDraft, now: string): Problem {
	// Line breaks are stored as \n whatever the source, so CSV and JSON round trips agree.
	const description = draft.description.replace(/\r\n?/g, '\n').trim();
	const communes = draft.wholeTerritory ? [] : [...draft.communes];
	const id =
		draft.id?.trim() ||
		problemId({
			forum: draft.forum,
			theme: draft.theme,
			description,
			communes,
			wholeTerritory: draft.wholeTerritory
		});
	const createdAt = parseTimestamp(draft.createdAt ?? '') ?? now;
	return {
		id,
		forum: { ...draft.forum, lieu: draft.forum.lieu.trim() },
		theme: draft.theme,
		subjects: [...draft.subjects],
		publics: [...draft.publics],
		communes,
		wholeTerritory: draft.wholeTerritory,
		description,
		weight: draft.weight,
		raisedBy: draft.raisedBy,
		status: draft.status,
		createdAt,
		updatedAt: parseTimestamp(draft.updatedAt ?? '') ?? createdAt,
		example: draft.example
	};
}

/**
 * Applies an edit from the capture form: id and creation date never change, `updatedAt`
 * becomes `now` (what the two-tab rules in conflict.ts compare).
 */
export function updateProblem(
	problem: Problem,
	patch: Partial<Omit<Problem, 'id' | 'createdAt' | 'updatedAt'>>,
	now: string
): Problem {
	return { ...problem, ...patch, id: problem.id, createdAt: problem.createdAt, updatedAt: now };
}
