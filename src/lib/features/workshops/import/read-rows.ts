/** Reads every record of a table into problems, rows awaiting a choice, rejections and a report. */
import { eachInChunks, type ChunkOptions } from '$lib/core/chunked';
import type { CommuneMatcher } from '../communes';
import { createProblem } from '../create';
import type { Problem } from '../model';
import type { Taxonomy } from '../taxonomy';
import { errorMessages, validateProblem } from '../validate';
import type { RawTable } from './csv-parse';
import type { HeaderReading } from './headers';
import { issue, type ImportIssue, type PendingRow, type RejectedRow } from './report';
import { readRow } from './row';
import { shapeIssue } from './structure';

/** What reading the rows needs besides the table. */
export interface RowsContext {
	header: HeaderReading;
	matcher: CommuneMatcher;
	taxonomy: Taxonomy;
	now: string;
	/** True for CSV: a value beyond the header's columns means the columns shifted. */
	checkExtra: boolean;
}

const reasonOf = (i: ImportIssue) => i.message.replace(/^Ligne \d+ : /, '');

/**
 * Reads the rows; the first of two identical problems is kept, the second reported. The rows are
 * read in time slices that give the browser a turn (`chunks`: progress, « Annuler »); a
 * cancellation rejects with `ChunksCancelled` and nothing is returned.
 */
export async function readRows(table: RawTable, ctx: RowsContext, chunks: ChunkOptions = {}) {
	const problems: Problem[] = [];
	const pending: PendingRow[] = [];
	const issues: ImportIssue[] = [];
	const rejected: RejectedRow[] = [];
	const firstLine = new Map<string, number>();
	const codes = new Set(ctx.matcher.communes.map((c) => c.code));
	const reject = (line: number, cells: string[], found: ImportIssue[]) => {
		issues.push(...found);
		rejected.push({ line, cells, reasons: found.map(reasonOf) });
	};
	const rowCtx = { ...ctx, mapping: ctx.header.mapping, merged: ctx.header.merged };
	const readRecord = (record: RawTable['rows'][number]) => {
		const { line, cells } = record;
		const shape = shapeIssue(record, table.headers, ctx.checkExtra);
		if (shape?.severity === 'error') reject(line, cells, [shape]);
		if (shape) {
			if (shape.severity !== 'error') issues.push(shape);
			return;
		}
		const outcome = readRow(cells, line, rowCtx);
		if (!outcome.draft) {
			// Remarks on values (« enregistré comme… ») would be wrong: nothing is stored.
			reject(
				line,
				cells,
				outcome.issues.filter((i) => i.severity === 'error')
			);
			return;
		}
		issues.push(...outcome.issues);
		if (outcome.unresolved.length) {
			pending.push({ line, draft: outcome.draft, unresolved: outcome.unresolved, cells });
			return;
		}
		const problem = createProblem(outcome.draft, ctx.now);
		const errors = validateProblem(problem, ctx.taxonomy, codes);
		const previous = firstLine.get(problem.id);
		if (errors.length) reject(line, cells, [issue(line, 'error', errorMessages(errors).join(' '))]);
		else if (previous !== undefined)
			issues.push(issue(line, 'warning', `doublon de la ligne ${previous} — ignorée`));
		else {
			firstLine.set(problem.id, line);
			problems.push(problem);
		}
	};
	await eachInChunks(table.rows, readRecord, chunks);
	return { problems, pending, issues, rejected, rowCount: table.rows.length };
}
