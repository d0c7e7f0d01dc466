/** The rule that decides a pending row's communes, shared by the import and its review. */
import type { PendingRow } from './report';

/**
 * A pending row's communes once chosen: those already read, and each choice made (null or ''
 * leaves that commune out). A row left with none is not imported (`resolvePending`); the review
 * counts the lines that will be with the same rule.
 */
export function pendingCommunes(
	row: PendingRow,
	choices: readonly (string | null | undefined)[]
): string[] {
	const chosen = row.unresolved
		.map((_, i) => choices[i] || null)
		.filter((c): c is string => c !== null);
	return [...new Set([...row.draft.communes, ...chosen])];
}
