/**
 * Deterministic identity of imported problems, so that importing the same file twice creates
 * no duplicates. The key deliberately leaves out subjects, publics, weight, status and
 * raisedBy: those are what a re-import may legitimately update.
 */
import { formerThemeId } from '$lib/indicators/theme-ids';
import type { Forum, ThemeId } from './model';
import { foldText, normalizeText } from './normalize';

/** What identifies a problem when the file has no explicit id. */
export interface IdentityKey {
	forum: Forum;
	theme: ThemeId;
	description: string;
	communes: readonly string[];
	wholeTerritory: boolean;
}

/**
 * Returns `p-` + 16 hex digits: two independent 32-bit FNV-1a hashes of the normalised key.
 * Synchronous on purpose (crypto.subtle is async-only), and 64 bits keep collisions negligible
 * for the few thousand problems a CTG produces.
 *
 * The description counts as the matcher reads it (`normalizeText`: case, accents, punctuation
 * and spaces aside) plus what that reading drops but changes what it says: letters and digits
 * of other scripts, and symbols (« < 16 ans » is not « > 16 ans », nor 🚌 🚲). A description with
 * none of those has the id it always had.
 */
export function problemId(key: IdentityKey): string {
	const kept = significantOthers(key.description);
	return hashed(key, normalizeText(key.description) + (kept ? `\u241e${kept}` : ''));
}

/**
 * The id an atlas gave before the description's other scripts and symbols counted: two problems
 * written only in Arabic, say, had the same. A stored problem keeps it (`sameProblemAs`).
 */
export function legacyProblemId(key: IdentityKey): string {
	return hashed(key, normalizeText(key.description));
}

/** The identity key of a problem. */
export const identityOf = (p: IdentityKey): IdentityKey => ({
	forum: p.forum,
	theme: p.theme,
	description: p.description,
	communes: p.communes,
	wholeTerritory: p.wholeTerritory
});

/**
 * For a problem whose id was derived from its content, and differs from the one an older atlas
 * derived: that older id, under which the store may hold the same problem. Null otherwise (an id
 * given by the file, or one that never changed).
 */
export function formerIdOf(incoming: IdentityKey & { id: string }): string | null {
	const key = identityOf(incoming);
	if (incoming.id !== problemId(key)) return null; // an id the file gave
	const legacy = legacyProblemId(key);
	return legacy === incoming.id ? null : legacy;
}

function hashed(key: IdentityKey, description: string): string {
	const communes = key.wholeTerritory ? '*' : [...key.communes].sort().join(',');
	const text = [
		key.forum.date,
		normalizeText(key.forum.lieu),
		key.forum.numero ?? '',
		// A renamed theme hashes as its former id, so problems keep the id they were stored with
		// and re-importing an older file updates them instead of duplicating them.
		formerThemeId(key.theme) ?? key.theme,
		description,
		communes
	].join('\u241f');
	return `p-${fnv1a(text, 0x811c9dc5)}${fnv1a(text, 0x050c5d1f)}`;
}

/** Letters, digits and symbols that `normalizeText` drops (beyond a–z, 0–9), in order. */
function significantOthers(text: string): string {
	return foldText(text).replace(/[a-z0-9]|[^\p{L}\p{N}\p{S}]/gu, '');
}

function fnv1a(text: string, seed: number): string {
	let hash = seed >>> 0;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(16).padStart(8, '0');
}
