/** Reads every record of a table into problems, rows awaiting a choice, rejections and a report. */
import { eachInChunks, type ChunkOptions } from '$lib/core/chunked';
import type { CommuneMatcher } from '../communes';
import { createProblem } from '../create';
import { sameContent } from '../merge';
import type { Problem } from '../model';
import type { Taxonomy } from '../taxonomy';
import { unstorableReasons } from '../stored-record';
import { errorMessages, validateProblem } from '../validate';
import type { RawTable } from './csv-parse';
import type { HeaderReading } from './headers';
import { issue, type ImportIssue, type PendingRow, type RejectedRow } from './report';
import { readRow } from './row';
import {
	shapeIssue,
	swallowedIssue,
	unreadableIssue,
	usualWidth,
	widerRowIssue
} from './structure';

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
	const lines: number[] = [];
	const pending: PendingRow[] = [];
	const issues: ImportIssue[] = [];
	const rejected: RejectedRow[] = [];
	const first = new Map<string, { line: number; problem: Problem }>();
	const codes = new Set(ctx.matcher.communes.map((c) => c.code));
	/** `said`: remarks already in the report that the rejected line's reasons repeat. */
	const rejectWith = (line: number, cells: string[], found: ImportIssue[], said: ImportIssue[]) => {
		issues.push(...found);
		rejected.push({ line, cells, reasons: [...said, ...found].map(reasonOf) });
	};
	const rowCtx = { ...ctx, mapping: ctx.header.mapping, merged: ctx.header.merged };
	const read = new Set([
		...Object.values(ctx.header.mapping),
		...Object.values(ctx.header.merged).flat()
	]);
	const usual = ctx.checkExtra ? usualWidth(table.rows, table.headers.length) : Infinity;
	const readRecord = (record: RawTable['rows'][number]) => {
		const { line } = record;
		const shape = shapeIssue(record, table.headers, ctx.checkExtra);
		if (shape?.severity === 'error') rejectWith(line, record.cells, [shape], []);
		if (shape) {
			if (shape.severity !== 'error') issues.push(shape);
			return;
		}
		const wider = widerRowIssue(record, table.headers, usual);
		// Whatever becomes of the row, the report says that its values may have moved.
		if (wider) issues.push(wider);
		const reject = (at: number, cells: string[], found: ImportIssue[]) =>
			rejectWith(at, cells, found, wider ? [wider] : []);
		const { cells } = record;
		const unreadable = record.unreadable?.filter((u) => read.has(u.cell)) ?? [];
		// Nothing but formulas without a value in columns no field reads (a template filled
		// down): a blank row, as when those cells are empty.
		if (record.unreadable && !unreadable.length && cells.every((c) => c.trim() === '')) return;
		if (unreadable.length) {
			reject(line, cells, [unreadableIssue(line, unreadable, table.headers)]);
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
		if (record.swallowed) issues.push(swallowedIssue(line, record.swallowed, table.headers));
		// A filter in the spreadsheet hides rows; the file still holds them, and they are read.
		if (record.hidden)
			issues.push(
				issue(line, 'warning', 'ligne masquée dans le classeur : importée comme les autres')
			);
		if (outcome.unresolved.length) {
			pending.push({ line, draft: outcome.draft, unresolved: outcome.unresolved, cells });
			return;
		}
		const problem = createProblem(outcome.draft, ctx.now);
		const errors = validateProblem(problem, ctx.taxonomy, codes);
		// Never store what the store's own check would set aside when read back.
		const unstorable = errors.length ? [] : unstorableReasons(problem);
		if (unstorable.length) {
			reject(line, cells, [issue(line, 'error', `ligne illisible (${unstorable.join(' ; ')})`)]);
			return;
		}
		const previous = first.get(problem.id);
		if (errors.length) reject(line, cells, [issue(line, 'error', errorMessages(errors).join(' '))]);
		else if (previous && sameContent(previous.problem, problem))
			issues.push(
				issue(line, 'warning', `identique à la ligne ${previous.line} : importée une seule fois`)
			);
		else if (previous)
			// Same problem (same identifier, or same forum, theme, description and communes) but
			// other values: keeping either would drop the other without a word.
			reject(line, cells, [
				issue(line, 'error', sameIdOtherContent(previous.line, problem.id, !!outcome.draft.id))
			]);
		else {
			first.set(problem.id, { line, problem });
			problems.push(problem);
			lines.push(line);
		}
	};
	await eachInChunks(table.rows, readRecord, chunks);
	return { problems, lines, pending, issues, rejected, rowCount: table.rows.length };
}

/**
 * Why a second version of one problem in a file is not imported: the same identifier given by
 * the file (`given`), or the same forum, theme, description and communes.
 */
export function sameIdOtherContent(line: number, id: string, given: boolean): string {
	return given
		? `même identifiant (${id}) que la ligne ${line}, avec un autre contenu : ligne non importée, pour ne rien écraser. Si ce sont deux problématiques, videz la cellule « Identifiant » de celle-ci ; sinon, gardez une seule des deux lignes.`
		: `même problématique que la ligne ${line} (même forum, thème, description et communes), avec d’autres valeurs : ligne non importée, pour ne rien écraser. Gardez une seule des deux lignes, avec les bonnes valeurs.`;
}
