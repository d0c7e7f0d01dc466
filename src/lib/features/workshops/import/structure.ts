/**
 * Checks on a record's shape before its values are read: a quote that was never closed, more
 * values than the header has columns, a row wider than the file's others, or the header itself
 * repeated (two files put end to end).
 */
import { normalizeText } from '../normalize';
import type { RawRecord } from './csv-parse';
import { columnName } from './header-report';
import { issue, type ImportIssue } from './report';

const lastFilled = (cells: readonly string[]) => {
	for (let i = cells.length - 1; i >= 0; i--) if ((cells[i] ?? '').trim() !== '') return i;
	return -1;
};

const key = (list: readonly string[]) =>
	list
		.slice(0, lastFilled(list) + 1)
		.map(normalizeText)
		.join('\u0000');

/**
 * The report line that stops a record from being read, or null when its shape is sound. `extra`
 * is false for workbooks, where a value beyond the header is an unnamed column, not a shift.
 */
export function shapeIssue(
	record: RawRecord,
	headers: readonly string[],
	extra: boolean
): ImportIssue | null {
	const { line, cells } = record;
	if (record.broken) {
		const closed = record.broken.closedLine;
		return issue(
			line,
			'error',
			`guillemet (") ouvert dans la colonne ${columnName(headers, record.broken.cell)} et ${closed ? `fermé seulement ligne ${closed}, au milieu d’un texte` : 'jamais fermé'} : la ligne n’est pas importée, pour que les lignes suivantes ne soient pas avalées dans ce texte. Fermez ou retirez ce guillemet, puis importez de nouveau cette ligne`
		);
	}
	// Cheap test first (the first cell), so that a large file is not normalised twice.
	const same =
		normalizeText(cells[0] ?? '') === normalizeText(headers[0] ?? '') &&
		key(cells) === key(headers);
	if (same)
		return issue(
			line,
			'warning',
			'ligne d’en-tête répétée (deux fichiers mis bout à bout ?) : ignorée, les lignes suivantes sont lues'
		);
	const count = lastFilled(cells) + 1;
	if (extra && count > headers.length) {
		const surplus = cells
			.slice(headers.length, count)
			.map((c) => `« ${c.trim()} »`)
			.join(', ');
		return issue(
			line,
			'error',
			`${count} valeurs pour ${headers.length} colonnes d’en-tête (en trop : ${surplus}) : la ligne n’est pas importée, car un séparateur de trop dans un texte décale peut-être les colonnes. Mettez ce texte entre guillemets, ou retirez la valeur en trop`
		);
	}
	return null;
}

/**
 * How many values the file's rows usually hold (the most frequent count, the header's at least):
 * some tools end every line with a separator, so a row of empty values past the header is normal
 * when most rows have it, and a sign of a shift when it is rare.
 */
export function usualWidth(rows: readonly RawRecord[], headerWidth: number): number {
	// The header votes too: a file of one row, shifted, is not its own norm.
	const counts = new Map<number, number>([[headerWidth, 1]]);
	for (const { cells } of rows)
		if (cells.length > 1) counts.set(cells.length, (counts.get(cells.length) ?? 0) + 1);
	let usual = headerWidth;
	let most = 0;
	for (const [width, n] of counts)
		if (n > most || (n === most && width < usual)) [usual, most] = [width, n];
	return Math.max(usual, headerWidth);
}

/**
 * The remark on a CSV row whose values end within the header's columns, but that has more
 * separators than the file's rows usually have (`usual`, from `usualWidth`): a separator typed
 * in a text may have moved the following values one column to the right (« Pas de bus; surtout
 * le dimanche » in a description puts « surtout le dimanche » in the next column). The row is
 * read as it is; the remark says what to check.
 */
export function widerRowIssue(
	record: RawRecord,
	headers: readonly string[],
	usual: number
): ImportIssue | null {
	const { line, cells } = record;
	const filled = lastFilled(cells) + 1;
	// A blank row (separators only) holds nothing to shift.
	if (cells.length <= usual || filled === 0 || filled > headers.length) return null;
	const empty = cells.length - filled;
	return issue(
		line,
		'warning',
		`${cells.length} valeurs (${empty === 1 ? 'la dernière vide' : `les ${empty} dernières vides`}) pour ${headers.length} colonnes d’en-tête, alors que les lignes du fichier en ont d’ordinaire ${usual} : un séparateur de trop dans un texte a peut-être décalé les valeurs suivantes d’une colonne. Vérifiez les valeurs de cette ligne ; si un texte contient le séparateur, mettez-le entre guillemets`
	);
}

/** Rejects a workbook row whose read cells hold no value (see `RawRecord.unreadable`). */
export function unreadableIssue(
	line: number,
	cells: readonly { cell: number; reason: string }[],
	headers: readonly string[]
): ImportIssue {
	const what = cells.map((u) => `${u.reason} dans la colonne ${columnName(headers, u.cell)}`);
	return issue(
		line,
		'error',
		`${what.join(', ')} : la ligne n’est pas importée. Corrigez la cellule, ou ouvrez le classeur dans votre tableur et enregistrez-le pour que les formules soient calculées, puis importez-le de nouveau`
	);
}

/** The remark on a record whose quoted text may hold swallowed records (`RawRecord.swallowed`). */
export function swallowedIssue(
	line: number,
	swallowed: { cell: number; lastLine: number },
	headers: readonly string[]
): ImportIssue {
	return issue(
		line,
		'warning',
		`le texte entre guillemets de la colonne ${columnName(headers, swallowed.cell)} court jusqu’à la ligne ${swallowed.lastLine} et contient une ligne aussi remplie de séparateurs qu’une ligne du fichier : si un guillemet a été oublié, des lignes y ont été avalées. Vérifiez cette problématique après l’import`
	);
}
