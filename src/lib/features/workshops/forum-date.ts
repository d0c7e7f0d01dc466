/** Rules on a forum's date shared by the form and the import: what is refused, what is doubted. */

/** Days after today past which a forum date is surely mistyped (« 2052 » for « 2025 »). */
export const FUTURE_DAYS = 366;

/** True for a forum date (yyyy-mm-dd) more than `FUTURE_DAYS` after `now` (ISO). */
export function farFutureDate(date: string, now: string | undefined): boolean {
	if (!now) return false;
	const limit = new Date(Date.parse(now) + FUTURE_DAYS * 86_400_000).toISOString().slice(0, 10);
	return date > limit;
}

/**
 * Why a forum date that is not a real yyyy-mm-dd date is refused, in French, with what to do:
 * empty, a year 0000–0099 (a browser takes them for 1900–1999), a day that does not exist, or
 * another shape. A date written yyyy-mm-dd is shown as the user reads it (jj/mm/aaaa).
 */
export function forumDateRefusal(date: string): string {
	if (date.trim() === '') return 'Indiquez la date du forum.';
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
	if (!m) return `La date du forum « ${date} » est invalide : écrivez-la JJ/MM/AAAA.`;
	const shown = `${m[3]}/${m[2]}/${m[1]}`;
	return Number(m[1]) < 100
		? `La date du forum ${shown} n'est pas acceptée (année ${m[1]}) : vérifiez l'année.`
		: `La date du forum ${shown} n'existe pas : vérifiez le jour et le mois.`;
}
