/** The last step of an import: pending rows completed with the user's choices, and the counts. */
import type { ImportOutcome } from '../store-api';
import type { Problem } from '../model';
import { resolvePending } from './index';
import { sameContent } from '../merge';
import { sameIdOtherContent } from './read-rows';
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
	/** Completed rows identical to another line (imported once), or another version of it (not). */
	duplicates: ImportIssue[];
	clashes: ImportIssue[];
	/** Deleted problems the file brought back, or left deleted (the user's choice). */
	restored: number;
	keptDeleted: number;
	/** Every line not imported (rejected by the report, or left without a commune). */
	rejected: RejectedRow[];
}

/** What goes to the store, and the lines left out, once the communes are chosen. */
export interface CompletedImport {
	problems: Problem[];
	dropped: ImportIssue[];
	partial: ImportIssue[];
	/** Lines identical, once their commune chosen, to a line already kept: imported once. */
	duplicates: ImportIssue[];
	/** Lines that became, once their commune chosen, another version of a kept line: not imported. */
	clashes: ImportIssue[];
	rejected: RejectedRow[];
}

/** A problem kept and the line it was read from. */
type Kept = { line: number; problem: Problem };

/** The ready problems by id, with their lines (built once per file, see `completeImport`). */
export function readyById(result: Extract<ImportResult, { kind: 'ok' }>): Map<string, Kept> {
	return new Map(
		result.problems.map((problem, i) => [problem.id, { line: result.lines[i] ?? 0, problem }])
	);
}

/**
 * Completes the pending rows with the user's choices. A completed row follows the file's rule
 * for two versions of one problem (`readRows`): identical to a line already kept, it is imported
 * once and said; with other values, it is not imported and said, for nothing to be overwritten.
 * `ready` and `resolve` let a caller that completes the same file again and again (the review,
 * at each choice) build the first once and remember the second.
 */
export function completeImport(
	result: Extract<ImportResult, { kind: 'ok' }>,
	choices: Readonly<Record<number, readonly string[]>>,
	now: string,
	ready: ReadonlyMap<string, Kept> = readyById(result),
	resolve: typeof resolvePending = resolvePending
): CompletedImport {
	const problems: Problem[] = [...result.problems];
	const done: CompletedImport = {
		problems,
		dropped: [],
		partial: [],
		duplicates: [],
		clashes: [],
		rejected: [...result.rejected]
	};
	const completed = new Map<string, Kept>();
	for (const row of result.pending) {
		const chosen = (choices[row.line] ?? []).map((c) => (c === '' ? null : c));
		const outcome = resolve(row, chosen, now);
		if (!outcome.ok) {
			const reason = 'aucune commune choisie : ligne non importée.';
			done.dropped.push(issue(row.line, 'error', reason));
			done.rejected.push({ line: row.line, cells: row.cells ?? [], reasons: [reason] });
			continue;
		}
		const problem = outcome.problem;
		const previous = ready.get(problem.id) ?? completed.get(problem.id);
		if (previous && sameContent(previous.problem, problem)) {
			done.duplicates.push(
				issue(
					row.line,
					'warning',
					`identique à la ligne ${previous.line} : importée une seule fois`
				)
			);
			continue;
		}
		if (previous) {
			const reason = sameIdOtherContent(previous.line, problem.id, !!row.draft.id);
			done.clashes.push(issue(row.line, 'error', reason));
			done.rejected.push({ line: row.line, cells: row.cells ?? [], reasons: [reason] });
			continue;
		}
		completed.set(problem.id, { line: row.line, problem });
		problems.push(problem);
		const left = row.unresolved.filter((_, i) => !chosen[i]).map((u) => `« ${u.input} »`);
		if (left.length)
			done.partial.push(
				issue(
					row.line,
					'warning',
					`importée sans ${left.join(', ')} (aucune commune choisie pour ${left.length > 1 ? 'ces noms' : 'ce nom'}).`
				)
			);
	}
	return done;
}

/** The summary of a merge (see `mergeProblems`). */
export function summarise(
	merge: ImportOutcome,
	done: Omit<CompletedImport, 'problems'>
): ImportSummary {
	return {
		added: merge.added.length,
		unchanged: merge.unchanged.length,
		updated: merge.updated.length,
		conflicts: merge.conflicts.map((c) => c.existing.description),
		updates: merge.updated.map((after, i) => updateLine(merge.replaced[i], after)),
		dropped: done.dropped,
		partial: done.partial,
		duplicates: done.duplicates,
		clashes: done.clashes,
		restored: merge.restored.length,
		keptDeleted: merge.keptDeleted.length,
		rejected: [...done.rejected].sort((a, b) => a.line - b.line)
	};
}

/** One update in words: the description before and after, or the one description kept. */
export function updateLine(before: Problem | undefined, after: Problem): string {
	return before && before.description !== after.description
		? `« ${before.description} » devient « ${after.description} »`
		: `« ${after.description} » (autres valeurs du fichier)`;
}
