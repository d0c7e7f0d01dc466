/** Parsers for the cell values of an imported table; each returns a value or a French reason. */
import { formatNumber } from '$lib/format/number';
import { MAX_COUNT } from '$lib/features/workshops/model';
import { isCount, isIsoDate, MAX_COUNT_TEXT } from '$lib/features/workshops/validate';
import { normalizeText } from '$lib/features/workshops/normalize';
import { dateFault } from '$lib/features/workshops/forum-date';

/** A parsed value, or why it could not be read. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/**
 * Reads a date written JJ/MM/AAAA (also with - or .), AAAA-MM-JJ, or an Excel serial day number
 * (what a date cell becomes when exported without its format; a time of day is its fraction,
 * « 45820,75 » is 12/06/2025 at 18 h), and returns it as yyyy-mm-dd. A well-written date that is
 * not in the calendar (31/02/2022) is said not to exist, not to be badly written.
 */
export function parseDate(text: string): Parsed<string> {
	const t = text.trim();
	let iso: string | null = null;
	const fr = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
	const isoMatch = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(t);
	const serial = /^(\d{5})(?:[.,]\d+)?$/.exec(t);
	if (fr) iso = `${fr[3]}-${fr[2]?.padStart(2, '0')}-${fr[1]?.padStart(2, '0')}`;
	else if (isoMatch)
		iso = `${isoMatch[1]}-${isoMatch[2]?.padStart(2, '0')}-${isoMatch[3]?.padStart(2, '0')}`;
	else if (serial) {
		// Serial 1 is 1900-01-01 in Excel's calendar; the 1899-12-30 epoch absorbs its fake 29/02/1900.
		// The fraction is the time of day: the whole part gives the calendar day.
		iso = new Date(EXCEL_EPOCH_MS + Number(serial[1]) * DAY_MS).toISOString().slice(0, 10);
	}
	if (iso && isIsoDate(iso)) return { ok: true, value: iso };
	// The form's rule (forum-date.ts), worded for the report, which quotes the cell.
	switch (iso ? dateFault(iso) : 'shape') {
		case 'early-year':
			return {
				ok: false,
				reason: `date « ${t} » : année ${iso!.slice(0, 4)} non acceptée, vérifiez l’année`
			};
		case 'no-such-day':
			return {
				ok: false,
				reason: `date « ${t} » : cette date n’existe pas (vérifiez le jour et le mois)`
			};
		default:
			return { ok: false, reason: `date « ${t} » invalide (attendu : JJ/MM/AAAA)` };
	}
}

/**
 * Reads the weight: an integer ≥ 1. A decimal comma is accepted when the value is whole
 * (« 2,0 » → 2); « 1,5 » is refused rather than rounded, since a weight counts people.
 */
export function parseWeight(text: string): Parsed<number> {
	const t = text.trim().replace(/\s/g, '');
	// A negative number is read (and refused below as under 1), not called unreadable.
	if (!/^-?\d+(?:[.,]\d+)?$/.test(t))
		return {
			ok: false,
			reason: `poids « ${text.trim()} » illisible : indiquez un nombre entier (1 ou plus)`
		};
	// « 1.000 » or « 1,000 »: one, or a thousand written with a separator? Never guessed.
	if (/^\d{1,3}[.,]\d{3}$/.test(t)) {
		// As a decimal in French (« 12,5 »), and as a whole number (« 12 500 »).
		const decimal = t.replace('.', ',').replace(/0+$/, '').replace(/,$/, '');
		const whole = formatNumber(Number(t.replace(/[.,]/, '')), 0);
		return {
			ok: false,
			reason: `poids « ${text.trim()} » ambigu (${decimal} ou ${whole} ?) : écrivez-le sans point ni virgule`
		};
	}
	const value = Number(t.replace(',', '.'));
	if (!Number.isInteger(value))
		return {
			ok: false,
			reason: `poids « ${text.trim()} » non entier : indiquez combien de participants ou structures l’ont soulevée (nombre entier)`
		};
	if (value < 1)
		return { ok: false, reason: `poids « ${text.trim()} » : le poids doit valoir au moins 1` };
	if (value > MAX_COUNT)
		return {
			ok: false,
			reason: `poids « ${text.trim()} » trop grand : le poids compte les participants ou structures qui ont soulevé la problématique (au plus ${MAX_COUNT_TEXT})`
		};
	return { ok: true, value };
}

/** Reads a positive integer (forum number). */
export function parsePositiveInteger(text: string): Parsed<number> {
	const t = text.trim().replace(/^(?:n°|no|n)\s*/i, '');
	const value = Number(t.replace(',', '.'));
	if (/^\d+(?:[.,]0+)?$/.test(t) && isCount(value)) return { ok: true, value };
	return { ok: false, reason: `numéro de forum « ${text.trim()} » illisible (attendu : 1, 2, 3…)` };
}

/** Multi-valued cells are read where they are written (export and import share one encoding). */
export { splitList } from '$lib/features/workshops/list-cell';

const TRUE_WORDS = new Set(['oui', 'vrai', 'true', '1', 'x', 'exemple', 'exemple fictif']);

/** Reads a yes/no cell (empty is no). The example column holds « exemple fictif ». */
export function parseFlag(text: string): boolean {
	return TRUE_WORDS.has(normalizeText(text));
}

const WHOLE_TERRITORY = new Set([
	'tout le territoire',
	'toute l agglomeration',
	'toute l agglo',
	'ensemble du territoire',
	'tout territoire',
	'*'
]);

/** True when a commune cell means « tout le territoire ». */
export function isWholeTerritory(text: string): boolean {
	return text.trim() === '*' || WHOLE_TERRITORY.has(normalizeText(text));
}

/**
 * Reads an ISO timestamp (export columns « Créé le », « Modifié le »), given in UTC (« Z ») or
 * with its offset (« +01:00 »), seconds optional; null when absent, without a time zone (which
 * one?) or not a real day (« 2025-02-30 » is not read as 2 March).
 */
export function parseTimestamp(text: string): string | null {
	const t = text.trim();
	if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/.test(t))
		return null;
	if (!isIsoDate(t.slice(0, 10))) return null;
	const d = new Date(t);
	return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/**
 * The remarks on time stamps that cannot be read, replaced by the import (`createProblem`):
 * « Créé le » by the import's time, « Modifié le » by « Créé le ». Said for CSV, XLSX and JSON.
 */
export function timestampRemarks(createdAt: string, updatedAt: string): string[] {
	const remarks: string[] = [];
	for (const [text, label, instead] of [
		[createdAt, 'Créé le', 'l’heure de l’import'],
		[updatedAt, 'Modifié le', '« Créé le » (ou, sans elle, l’heure de l’import)']
	] as const)
		if (text.trim() && !parseTimestamp(text))
			remarks.push(
				`« ${label} » « ${text.trim()} » illisible — remplacé par ${instead} (attendu : un horodatage avec son fuseau, comme l’écrit l’export de l’atlas : 2025-03-13T09:30:00.000Z)`
			);
	return remarks;
}
