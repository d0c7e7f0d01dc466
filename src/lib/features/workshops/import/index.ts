/**
 * Importing problems from a CSV, XLSX or JSON file. Pure: it returns problems, rows awaiting a
 * commune choice and a French report; the caller merges (see `mergeProblems`), so nothing
 * already stored can be lost by an import.
 */
import {
	createCommuneMatcher,
	type CommuneMatcher,
	type CommuneRef
} from '$lib/features/workshops/communes';
import { createProblem } from '$lib/features/workshops/create';
import type { Problem } from '$lib/features/workshops/model';
import { BUILT_IN_TAXONOMY, type Taxonomy } from '$lib/features/workshops/taxonomy';
import { readCsvTable, type RawTable } from './csv-parse';
import { decodeText, LATIN_LINE_REMARK, latinLinesNote } from './decode';
import { detectFormat, toBytes, type ImportSource } from './detect';
import { FIELDS, guessMapping, missingFields, type ColumnMapping } from './fields';
import { headerIssues, mappingMessage } from './header-report';
import { readHeaders } from './headers';
import { importJsonText } from './json';
import { readRows } from './read-rows';
import { headerDataNote, headerDataText, valuesInHeader } from './header-data';
import { pendingCommunes } from './pending';
import { issue, type ImportResult, type PendingRow } from './report';
import { readXlsxTable, sheetNote } from './xlsx';

/** What an import needs to know about the territory and the lists. */
export interface ImportOptions {
	/** The territory's communes, or a matcher built once over them. */
	communes: readonly CommuneRef[] | CommuneMatcher;
	/** The département's communes outside the territory (« hors du territoire »). */
	outside?: readonly CommuneRef[];
	/** Built-in plus custom subjects and publics; built-ins only by default. */
	taxonomy?: Taxonomy;
	/** Timestamp given to new problems (ISO); the current time by default. */
	now?: string;
	/** « Annuler »: the import then rejects with `ChunksCancelled` (nothing was written). */
	signal?: AbortSignal;
	/** Rows read so far, and the table's rows, while the rows are read. */
	onProgress?: (done: number, total: number) => void;
}

/**
 * Reads a file, matching its columns automatically; may ask for a column mapping. Rejects with
 * `ChunksCancelled` when `options.signal` is aborted.
 */
export function importProblems(
	source: ImportSource,
	filename: string,
	options: ImportOptions
): Promise<ImportResult> {
	return run(source, filename, options, null);
}

/** Reads a file with the columns chosen by the user in the mapping step. */
export function importWithMapping(
	source: ImportSource,
	filename: string,
	mapping: ColumnMapping,
	options: ImportOptions
): Promise<ImportResult> {
	return run(source, filename, options, mapping);
}

async function run(
	source: ImportSource,
	filename: string,
	options: ImportOptions,
	mapping: ColumnMapping | null
): Promise<ImportResult> {
	const bytes = await toBytes(source);
	const detection = detectFormat(bytes, filename);
	if (!detection.ok) return { kind: 'refused', message: detection.message };
	const matcher =
		'resolve' in options.communes
			? options.communes
			: createCommuneMatcher(options.communes, options.outside);
	const taxonomy = options.taxonomy ?? BUILT_IN_TAXONOMY;
	const now = options.now ?? new Date().toISOString();
	if (detection.format === 'json') {
		const codes = new Set(matcher.communes.map((c) => c.code));
		const decoded = decodeText(bytes);
		const result = importJsonText(decoded.text, taxonomy, codes, now);
		if (result.kind !== 'ok' || !decoded.latinLines.length) return result;
		// A note on the file (line 0), as the backup's other notes.
		const note = {
			line: 0,
			severity: 'warning' as const,
			message: latinLinesNote(decoded.latinLines)
		};
		return { ...result, issues: [note, ...result.issues] };
	}
	let table: RawTable | null;
	// A UTF-8 file's lines in another encoding, read as such and named (decode.ts).
	let latinLines: number[] = [];
	try {
		if (detection.format === 'xlsx') table = await readXlsxTable(bytes);
		else {
			const decoded = decodeText(bytes);
			latinLines = decoded.latinLines;
			table = readCsvTable(decoded.text);
		}
	} catch {
		return {
			kind: 'refused',
			message: `« ${filename} » n’a pas pu être lu : le classeur est peut-être endommagé ou protégé par un mot de passe. Ouvrez-le dans votre tableur, enregistrez-le à nouveau (.xlsx ou CSV) et réessayez.`
		};
	}
	if (!table || table.rows.length === 0)
		return {
			kind: 'refused',
			message: `« ${filename} » ne contient aucune problématique (seulement un en-tête, ou rien). Ajoutez une ligne par problématique sous la ligne d’en-tête.`
		};
	const { table: located, skipped } = locateHeader(table);
	table = located;
	if (table.headers.filter((h) => h.trim() !== '').length < 2) return notATable(filename, table);
	const rows = table.rows;
	const header = readHeaders(table.headers, mapping, (i) =>
		rows.some((r) => (r.cells[i] ?? '').trim() !== '')
	);
	const missing = missingFields(header.mapping, table.headers.length);
	const headerValues = valuesInHeader(table.headers, matcher, taxonomy);
	if (missing.length || header.duplicates.length || header.proposals.length)
		return {
			kind: 'needsMapping',
			headers: table.headers,
			expected: FIELDS,
			guessed: header.mapping,
			message: [
				...(headerValues.length ? [headerDataText(headerValues)] : []),
				mappingMessage(missing, header, table.headers)
			].join(' ')
		};
	const result = await readRows(
		table,
		{ header, matcher, taxonomy, now, checkExtra: detection.format === 'csv' },
		{ signal: options.signal, onProgress: options.onProgress }
	);
	const notes = [
		...latinLines.map((line) => issue(line, 'warning', LATIN_LINE_REMARK)),
		...headerDataNote(headerValues),
		...(table.sheet?.others.length ? [sheetNote(table.sheet)] : []),
		...skipped.map((line) =>
			issue(line, 'warning', 'ignorée (titre ou note avant la ligne d’en-tête)')
		),
		...headerIssues(header, table.headers, table.headerLine)
	];
	return {
		kind: 'ok',
		...result,
		issues: [...notes, ...result.issues],
		format: detection.format,
		headers: table.headers,
		mapping: header.mapping
	};
}

/**
 * A file of one column cannot give the four required ones (a text file, notes, a list): said as
 * such rather than shown as a column-mapping step with one meaningless column to choose.
 */
function notATable(filename: string, table: RawTable): ImportResult {
	const first = (table.headers.find((h) => h.trim() !== '') ?? '').trim().replace(/\s+/g, ' ');
	const shown = first.length > 40 ? `${first.slice(0, 40)}…` : first;
	const required = FIELDS.filter((f) => f.required)
		.map((f) => f.label)
		.join(', ');
	return {
		kind: 'refused',
		message: `« ${filename} » ne ressemble pas à un tableau de problématiques : sa ligne d’en-tête${shown ? ` (« ${shown} »)` : ''} ne donne qu’une colonne, alors qu’il en faut au moins quatre (${required}). Enregistrez-le depuis votre tableur en CSV (colonnes séparées par des points-virgules, des virgules ou des tabulations) ou en Excel (.xlsx), avec une ligne d’en-têtes, puis importez-le de nouveau. Les problématiques déjà enregistrées ne changent pas.`
	};
}

/**
 * Sheets often start with a title (« Forum du 13 mars ») above the real header. When the first
 * row names fewer than two known columns, take the first of the next rows that names three.
 */
function locateHeader(table: RawTable): { table: RawTable; skipped: number[] } {
	const known = (cells: readonly string[]) => Object.keys(guessMapping(cells)).length;
	if (known(table.headers) >= 2) return { table, skipped: [] };
	const index = table.rows.slice(0, 5).findIndex((r) => known(r.cells) >= 3);
	const header = table.rows[index];
	if (index < 0 || !header) return { table, skipped: [] };
	const skipped = [table.headerLine, ...table.rows.slice(0, index).map((r) => r.line)];
	const headers = header.cells.map((c) => c.trim());
	return {
		table: { ...table, headers, headerLine: header.line, rows: table.rows.slice(index + 1) },
		skipped
	};
}

/**
 * Completes a pending row once the user has chosen a code for each unresolved commune
 * (`choices[i]` answers `row.unresolved[i]`; null drops that commune). Returns the problem,
 * or French errors when it is still incomplete.
 */
export function resolvePending(
	row: PendingRow,
	choices: readonly (string | null)[],
	now: string
): { ok: true; problem: Problem } | { ok: false; errors: string[] } {
	const communes = pendingCommunes(row, choices);
	if (communes.length === 0)
		return {
			ok: false,
			errors: [`Ligne ${row.line} : choisissez au moins une commune, ou « tout le territoire ».`]
		};
	return { ok: true, problem: createProblem({ ...row.draft, communes }, now) };
}
