/** Rules on a forum's date shared by the form and the import: what is refused, what is doubted. */
import { dayDigits } from '$lib/format/date';

/** Days after today past which a forum date is surely mistyped (« 2052 » for « 2025 »). */
export const FUTURE_DAYS = 366;

/** True for a forum date (yyyy-mm-dd) more than `FUTURE_DAYS` after `now` (ISO). */
export function farFutureDate(date: string, now: string | undefined): boolean {
	if (!now) return false;
	const limit = new Date(Date.parse(now) + FUTURE_DAYS * 86_400_000).toISOString().slice(0, 10);
	return date > limit;
}

/** Why a text is not a forum date (yyyy-mm-dd): the one rule of the form and the import. */
export type DateFault = 'empty' | 'shape' | 'early-year' | 'no-such-day';

/**
 * The fault of a date that is not a real yyyy-mm-dd day (call it only for those): empty, another
 * shape, a year 0000–0099 (a browser takes them for 1900–1999: surely a typo), or a day that is
 * not in the calendar (31/02/2022).
 */
export function dateFault(date: string): DateFault {
	if (date.trim() === '') return 'empty';
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
	if (!m) return 'shape';
	return Number(m[1]) < 100 ? 'early-year' : 'no-such-day';
}

/**
 * Why the form refuses a forum date that is not a real yyyy-mm-dd date, in French, with what to
 * do (`dateFault`). A date written yyyy-mm-dd is shown as the user reads it (jj/mm/aaaa).
 */
export function forumDateRefusal(date: string): string {
	const shown = dayDigits(date);
	switch (dateFault(date)) {
		case 'empty':
			return 'Indiquez la date du forum.';
		case 'shape':
			return `La date du forum « ${date} » est invalide : écrivez-la JJ/MM/AAAA.`;
		case 'early-year':
			return `La date du forum ${shown} n’est pas acceptée (année ${date.slice(0, 4)}) : vérifiez l’année.`;
		case 'no-such-day':
			return `La date du forum ${shown} n’existe pas : vérifiez le jour et le mois.`;
	}
}
