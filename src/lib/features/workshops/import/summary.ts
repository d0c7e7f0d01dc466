/** The last step of an import: pending rows completed with the user's choices, and the counts. */
import type { ImportOutcome } from '../store-api';
import type { Problem } from '../model';
import { resolvePending } from './index';
import { issue, type ImportIssue, type ImportResult, type RejectedRow } from './report';

/** Counts shown after an import. */
export interface ImportSummary {
	added: number;
	unchanged: number;
	updated: number;
	/** Descriptions of stored problems kept as they are because they were edited here. */
	conflicts: string[];
	/** The stored problems the file replaced, each in words (« « avant » devient « après » »). */
	updates: string[];
	/** Pending rows left without a commune: not imported. */
	dropped: ImportIssue[];
	/** Rows imported without one of their commune texts, left unchosen: said, never silent. */
	partial: ImportIssue[];
	/** Deleted problems the file brought back, or left deleted (the user's choice). */
	restored: number;
	keptDeleted: number;
	/** Every line not imported (rejected by the report, or left without a commune). */
	rejected: RejectedRow[];
}

/** What goes to the store, and the lines left out, once the communes are chosen. */
export function completeImport(
	result: Extract<ImportResult, { kind: 'ok' }>,
	choices: Readonly<Record<number, readonly string[]>>,
	now: string
): {
	problems: Problem[];
	dropped: ImportIssue[];
	partial: ImportIssue[];
	rejected: RejectedRow[];
} {
	const problems: Problem[] = [...result.problems];
	const dropped: ImportIssue[] = [];
	const partial: ImportIssue[] = [];
	const rejected: RejectedRow[] = [...result.rejected];
	for (const row of result.pending) {
		const chosen = (choices[row.line] ?? []).map((c) => (c === '' ? null : c));
		const outcome = resolvePending(row, chosen, now);
		if (outcome.ok) {
			problems.push(outcome.problem);
			const left = row.unresolved.filter((_, i) => !chosen[i]).map((u) => `« ${u.input} »`);
			if (left.length)
				partial.push(
					issue(
						row.line,
						'warning',
						`importée sans ${left.join(', ')} (aucune commune choisie pour ${left.length > 1 ? 'ces noms' : 'ce nom'}).`
					)
				);
		} else {
			const reason = 'aucune commune choisie : ligne non importée.';
			dropped.push(issue(row.line, 'error', reason));
			rejected.push({ line: row.line, cells: row.cells ?? [], reasons: [reason] });
		}
	}
	return { problems, dropped, partial, rejected };
}

/** The summary of a merge (see `mergeProblems`). */
export function summarise(
	merge: ImportOutcome,
	dropped: ImportIssue[],
	rejected: RejectedRow[],
	partial: ImportIssue[] = []
): ImportSummary {
	return {
		added: merge.added.length,
		unchanged: merge.unchanged.length,
		updated: merge.updated.length,
		conflicts: merge.conflicts.map((c) => c.existing.description),
		updates: merge.updated.map((after, i) => updateLine(merge.replaced[i], after)),
		dropped,
		partial,
		restored: merge.restored.length,
		keptDeleted: merge.keptDeleted.length,
		rejected: [...rejected].sort((a, b) => a.line - b.line)
	};
}

/** One update in words: the description before and after, or the one description kept. */
function updateLine(before: Problem | undefined, after: Problem): string {
	return before && before.description !== after.description
		? `« ${before.description} » devient « ${after.description} »`
		: `« ${after.description} » (autres valeurs du fichier)`;
}
