/**
 * A commune of the territory as names are matched against it, and the key a name is compared by.
 * Apart from the matcher (`communes.ts`, with its fuzzy search), so that what labels a search's
 * results loads without it: the header's search loads the matcher on first use.
 */
import { normalizeText } from './normalize';

/** A commune of the territory, with former names and codes (merged communes). */
export interface CommuneRef {
	code: string;
	nom: string;
	formerNames?: readonly string[];
	formerCodes?: readonly string[];
}

const ABBREVIATIONS: Record<string, string> = { st: 'saint', ste: 'sainte', lez: 'les' };

/** Comparison key of a commune name: normalised, abbreviations expanded. */
export function communeKey(name: string): string {
	return normalizeText(name)
		.split(' ')
		.map((w) => ABBREVIATIONS[w] ?? w)
		.join(' ');
}
