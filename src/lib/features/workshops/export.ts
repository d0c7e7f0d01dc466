/**
 * Exports of problems: a CSV that French Excel opens as is (« ; », UTF-8 BOM, JJ/MM/AAAA, CRLF)
 * and a lossless versioned JSON. Importing either back gives the same problems.
 */
import { csvDocument } from '$lib/format/csv';
import type { CommuneRef } from './communes';
import { FIELDS, type FieldId } from './import/fields';
import { JSON_FORMAT, JSON_VERSION, type ProblemsFile } from './json-format';
import type { Problem } from './model';
import { labelOf, RAISED_BY, STATUSES, type Taxonomy } from './taxonomy';

/** Separator of multi-valued cells; the importer splits on it first. */
export const LIST_SEPARATOR = ' | ';
/** Written in the commune cell for problems concerning the whole territory. */
export const WHOLE_TERRITORY_LABEL = 'tout le territoire';

/** What the CSV export needs to turn ids into French labels. */
export interface CsvExportContext {
	communes: readonly CommuneRef[];
	taxonomy: Taxonomy;
}

/** yyyy-mm-dd → JJ/MM/AAAA. */
export function toFrenchDate(iso: string): string {
	const [y, m, d] = iso.split('-');
	return `${d}/${m}/${y}`;
}

// The CSV cell rules are shared with every table export (src/lib/format/csv.ts).
export { protectCell, quoteField, unprotectCell } from '$lib/format/csv';

function communeCell(p: Problem, communes: readonly CommuneRef[]): string {
	if (p.wholeTerritory) return WHOLE_TERRITORY_LABEL;
	// « Nom (code) » reads well in Excel and imports back to exactly that code.
	return p.communes
		.map((code) => {
			const ref = communes.find((c) => c.code === code);
			return ref ? `${ref.nom} (${code})` : code;
		})
		.join(LIST_SEPARATOR);
}

function cells(p: Problem, ctx: CsvExportContext): Record<FieldId, string> {
	return {
		id: p.id,
		forumDate: toFrenchDate(p.forum.date),
		forumLieu: p.forum.lieu,
		forumNumero: p.forum.numero === null ? '' : String(p.forum.numero),
		theme: labelOf(ctx.taxonomy.themes, p.theme),
		subjects: p.subjects.map((s) => labelOf(ctx.taxonomy.subjects, s)).join(LIST_SEPARATOR),
		publics: p.publics.map((s) => labelOf(ctx.taxonomy.publics, s)).join(LIST_SEPARATOR),
		communes: communeCell(p, ctx.communes),
		description: p.description,
		weight: String(p.weight),
		raisedBy: p.raisedBy === null ? '' : labelOf(RAISED_BY, p.raisedBy),
		status: labelOf(STATUSES, p.status),
		createdAt: p.createdAt,
		updatedAt: p.updatedAt,
		example: p.example ? 'exemple fictif' : ''
	};
}

/** The CSV text, BOM included, ready for `new Blob([text], { type: 'text/csv' })`. */
export function problemsToCsv(problems: readonly Problem[], ctx: CsvExportContext): string {
	const rows = problems.map((p) => {
		const row = cells(p, ctx);
		return FIELDS.map((f) => row[f.id]);
	});
	return csvDocument([FIELDS.map((f) => f.label), ...rows]);
}

/** The lossless JSON export (indented, so that a diff between two exports is readable). */
export function problemsToJson(problems: readonly Problem[], exportedAt: string): string {
	const file: ProblemsFile = {
		format: JSON_FORMAT,
		version: JSON_VERSION,
		exportedAt,
		problems: [...problems]
	};
	return JSON.stringify(file, null, '\t');
}
