/** The clock of the /ateliers page, kept out of rune files (their lint asks for reactive dates). */

/** Current time, ISO (UTC). */
export function nowIso(): string {
	return new Date().toISOString();
}

/** ISO time `ms` milliseconds ago. */
export function isoAgo(ms: number): string {
	return new Date(Date.now() - ms).toISOString();
}

/** Today as yyyy-mm-dd in local time (the forum's default date). */
export function today(): string {
	const d = new Date();
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
