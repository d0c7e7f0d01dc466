/**
 * A file without a header row: its first row of data is read as column names, and would be lost
 * without a word. Its cells then read as values (a date, a theme, a commune), which no column
 * name does: those are named, so that the user adds a header row.
 */
import type { CommuneMatcher } from '../communes';
import { normalizeText } from '../normalize';
import type { Taxonomy } from '../taxonomy';
import { fileNote, type ImportIssue } from './report';
import { parseDate } from './values';

/** The header's cells that read as a forum date (written with « / » or « - »), a theme or a commune. */
export function valuesInHeader(
	headers: readonly string[],
	matcher: CommuneMatcher,
	taxonomy: Taxonomy
): string[] {
	const themes = new Set(taxonomy.themes.map((t) => normalizeText(t.label)));
	return headers
		.map((h) => h.trim())
		.filter(
			(h) =>
				h !== '' &&
				((/[/-]/.test(h) && parseDate(h).ok) ||
					themes.has(normalizeText(h)) ||
					matcher.resolve(h).status === 'ok')
		);
}

/** What the user is told, in the mapping step and in the report. */
export function headerDataText(values: readonly string[]): string {
	const shown = values
		.slice(0, 3)
		.map((v) => `« ${v} »`)
		.join(', ');
	return `La première ligne du fichier ressemble à une problématique (${shown}), pas à des noms de colonnes : elle est lue comme l’en-tête et n’est pas importée. Si le fichier n’a pas de ligne d’en-tête, ajoutez-en une en haut (Date du forum ; Thème ; Communes ; Description…), puis importez-le de nouveau.`;
}

/** The report's note for a file read with such a header (empty when the header reads as names). */
export function headerDataNote(values: readonly string[]): ImportIssue[] {
	return values.length ? [fileNote('warning', headerDataText(values))] : [];
}
