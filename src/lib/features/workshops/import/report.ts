/** Types of an import's outcome: kept problems, rows awaiting a choice, and the French report. */
import type { CommuneMatch } from '$lib/features/workshops/communes';
import type { Problem, ProblemDraft } from '$lib/features/workshops/model';
import type { ColumnMapping, FieldSpec } from './fields';
import type { CustomEntry } from '../taxonomy-custom';

/**
 * - `error`: the row is rejected;
 * - `warning`: the row is kept, but something was doubtful (a value ignored, a default taken);
 * - `choice`: the row waits for the user to pick a commune.
 */
export type IssueSeverity = 'error' | 'warning' | 'choice';

/** One line of the report. `line` is the physical line (CSV) or row (XLSX) where the record starts. */
export interface ImportIssue {
	line: number;
	severity: IssueSeverity;
	/** Full French sentence, starting « Ligne N : ». */
	message: string;
}

/** A commune cell that could not be resolved without the user. */
export interface UnresolvedCommune {
	input: string;
	match: Exclude<CommuneMatch, { status: 'ok' }>;
}

/** A row kept aside until the user chooses its communes (see `resolvePending`). */
export interface PendingRow {
	line: number;
	/** Everything else read from the row; `communes` holds the already-resolved codes. */
	draft: ProblemDraft;
	unresolved: UnresolvedCommune[];
	/** The row's cells as read, for the list of rejected lines if no commune is chosen. */
	cells?: string[];
}

/** A line that was not imported: its cells as read and why (French, without « Ligne N : »). */
export interface RejectedRow {
	line: number;
	cells: string[];
	reasons: string[];
}

/** Result of an import. Import is pure: nothing is stored, the caller merges. */
export type ImportResult =
	| { kind: 'refused'; message: string }
	| {
			kind: 'needsMapping';
			/** The file's column headers, in order (the mapping points into this list). */
			headers: string[];
			expected: readonly FieldSpec[];
			/** What could be matched automatically, to pre-fill the mapping step. */
			guessed: ColumnMapping;
			/** French explanation naming the missing columns. */
			message: string;
	  }
	| {
			kind: 'ok';
			format: 'csv' | 'xlsx' | 'json';
			problems: Problem[];
			/** The line each problem was read from, in the order of `problems` (JSON: its entry). */
			lines: number[];
			pending: PendingRow[];
			issues: ImportIssue[];
			/** Number of data records read (kept + pending + rejected). */
			rowCount: number;
			/** The file's headers (empty for JSON) and the mapping used, to map other columns. */
			headers: string[];
			mapping: ColumnMapping;
			/** Lines not imported, with their cells, for the downloadable list. */
			rejected: RejectedRow[];
			/** Themes, subjects and publics a JSON backup brings: added to the lists on « Importer ». */
			entries?: CustomEntry[];
	  };

/** A note about the whole file (the sheet read…), shown without a line number. */
export function fileNote(severity: IssueSeverity, message: string): ImportIssue {
	return { line: 0, severity, message };
}

/** Builds a report line « Ligne N : reason ». */
export function issue(line: number, severity: IssueSeverity, reason: string): ImportIssue {
	return { line, severity, message: `Ligne ${line} : ${reason}` };
}
