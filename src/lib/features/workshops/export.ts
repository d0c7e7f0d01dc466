/**
 * Exports of problems: a CSV that French Excel opens as is (« ; », UTF-8 BOM, JJ/MM/AAAA, CRLF)
 * and a lossless versioned JSON. Importing either back gives the same problems.
 */
import { dayDigits } from '$lib/format/date';
import { csvDocument } from '$lib/format/csv';
import type { CommuneRef } from './communes';
import { FIELDS, type FieldId } from './import/fields';
import { JSON_FORMAT, JSON_VERSION, type ProblemsFile } from './json-format';
import { joinList } from './list-cell';
import type { Problem } from './model';
import { customEntriesOf } from './taxonomy-custom';
import { labelOf, RAISED_BY, STATUSES, type Taxonomy } from './taxonomy';

/** Multi-valued cells: « | » between values, « … » around one holding a separator (list-cell.ts). */
export { LIST_SEPARATOR } from './list-cell';
/** Written in the commune cell for problems concerning the whole territory. */
export const WHOLE_TERRITORY_LABEL = 'tout le territoire';

/** What the CSV export needs to turn ids into French labels. */
export interface CsvExportContext {
	communes: readonly CommuneRef[];
	taxonomy: Taxonomy;
}

// The CSV cell rules are shared with every table export (src/lib/format/csv.ts).
export { protectCell, quoteField, unprotectCell } from '$lib/format/csv';

function communeCell(p: Problem, communes: readonly CommuneRef[]): string {
	if (p.wholeTerritory) return WHOLE_TERRITORY_LABEL;
	// « Nom (code) » reads well in Excel and imports back to exactly that code.
	return joinList(
		p.communes.map((code) => {
			const ref = communes.find((c) => c.code === code);
			return ref ? `${ref.nom} (${code})` : code;
		})
	);
}

function cells(p: Problem, ctx: CsvExportContext): Record<FieldId, string> {
	return {
		id: p.id,
		forumDate: dayDigits(p.forum.date),
		forumLieu: p.forum.lieu,
		forumNumero: p.forum.numero === null ? '' : String(p.forum.numero),
		theme: labelOf(ctx.taxonomy.themes, p.theme),
		subjects: joinList(p.subjects.map((s) => labelOf(ctx.taxonomy.subjects, s))),
		publics: joinList(p.publics.map((s) => labelOf(ctx.taxonomy.publics, s))),
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
export function problemsToJson(
	problems: readonly Problem[],
	exportedAt: string,
	taxonomy?: Taxonomy
): string {
	const file: ProblemsFile = {
		format: JSON_FORMAT,
		version: JSON_VERSION,
		exportedAt,
		problems: [...problems],
		...(taxonomy ? { entries: customEntriesOf(taxonomy) } : {})
	};
	return JSON.stringify(file, null, '\t');
}
