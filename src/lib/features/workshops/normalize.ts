/** Text normalisation shared by the taxonomy, the commune matcher and the header matcher. */

const normalized = new Map<string, string>();

/**
 * Lower-cases, strips accents and turns every non-alphanumeric run (hyphens, apostrophes,
 * punctuation, « & ») into one space, so that « Sainte-Cécile-d'Andorge » and
 * « sainte cecile d andorge » compare equal.
 */
export function normalizeText(text: string): string {
	// A file repeats few short values (flags, communes, headers) over thousands of rows.
	const known = text.length <= 64 ? normalized.get(text) : undefined;
	if (known !== undefined) return known;
	const out = normalize(text);
	if (text.length <= 64) {
		if (normalized.size >= 5_000) normalized.clear();
		normalized.set(text, out);
	}
	return out;
}

/** Lower-cased, without accents, « œ » and « æ » spelt out: the first steps of `normalizeText`. */
export function foldText(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/œ/g, 'oe')
		.replace(/æ/g, 'ae');
}

function normalize(text: string): string {
	return foldText(text)
		.replace(/&/g, ' et ')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}

/** Collapses inner whitespace and trims, keeping case and accents (for stored free text). */
export function cleanText(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}
