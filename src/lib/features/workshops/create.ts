/** Turns a draft (from the capture form or an import) into a stored problem. */
import { problemId } from './identity';
import type { Problem, ProblemDraft } from './model';
import { parseTimestamp } from './import/values';

/**
 * Completes a draft: the id is the draft's own or the deterministic content hash; timestamps
 * are the draft's when valid ISO, else `now` (passed in so tests never depend on the clock).
 */
export function createProblem(draft: ProblemDraft, now: string): Problem {
	const description = canonicalText(draft.description);
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
		forum: { ...draft.forum, lieu: canonicalText(draft.forum.lieu) },
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
 * A free text as stored: no space around it, line breaks as \n whatever the source. Every write
 * (form, edit, import) stores it so, and an export writes it as stored: a CSV cell is read back
 * trimmed, so a CSV or JSON round trip gives back the same text.
 */
function canonicalText(text: string): string {
	return text.replace(/\r\n?/g, '\n').trim();
}

/**
 * Applies an edit from the capture form: id and creation date never change, `updatedAt`
 * becomes `now` (what the two-tab rules in conflict.ts compare). Its texts are stored as a new
 * problem's are (`canonicalText`).
 */
export function updateProblem(
	problem: Problem,
	patch: Partial<Omit<Problem, 'id' | 'createdAt' | 'updatedAt'>>,
	now: string
): Problem {
	const next = {
		...problem,
		...patch,
		id: problem.id,
		createdAt: problem.createdAt,
		updatedAt: now
	};
	return {
		...next,
		description: canonicalText(next.description),
		forum: { ...next.forum, lieu: canonicalText(next.forum.lieu) }
	};
}
