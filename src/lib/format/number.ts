/** French number formatting: "12 345,6". NULL is never shown as 0. */
const cache = new Map<number, Intl.NumberFormat>();

function formatter(digits: number): Intl.NumberFormat {
	let f = cache.get(digits);
	if (!f) {
		f = new Intl.NumberFormat('fr-FR', {
			minimumFractionDigits: digits,
			maximumFractionDigits: digits,
			// No « -0,0 » for a small negative value rounded to zero.
			signDisplay: 'negative'
		});
		cache.set(digits, f);
	}
	return f;
}

/** Formats a number the French way; `null` becomes the given placeholder ("n.d." by default). */
export function formatNumber(
	value: number | null | undefined,
	digits = 1,
	missing = 'n.d.'
): string {
	if (value === null || value === undefined || Number.isNaN(value)) return missing;
	// Intl uses U+202F (narrow no-break space) for thousands in fr-FR; keep it, it never wraps.
	// Its minus is the hyphen: the typographic minus (U+2212) is the one gaps are written with.
	return formatter(digits).format(value).replace('-', '\u2212');
}
