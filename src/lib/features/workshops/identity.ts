/**
 * Deterministic identity of imported problems, so that importing the same file twice creates
 * no duplicates. The key deliberately leaves out subjects, publics, weight, status and
 * raisedBy: those are what a re-import may legitimately update.
 */
import { formerThemeId } from '$lib/indicators/theme-ids';
import type { Forum, ThemeId } from './model';
import { normalizeText } from './normalize';

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
 */
export function problemId(key: IdentityKey): string {
	const communes = key.wholeTerritory ? '*' : [...key.communes].sort().join(',');
	const text = [
		key.forum.date,
		normalizeText(key.forum.lieu),
		key.forum.numero ?? '',
		// A renamed theme hashes as its former id, so problems keep the id they were stored with
		// and re-importing an older file updates them instead of duplicating them.
		formerThemeId(key.theme) ?? key.theme,
		normalizeText(key.description),
		communes
	].join('\u241f');
	return `p-${fnv1a(text, 0x811c9dc5)}${fnv1a(text, 0x050c5d1f)}`;
}

function fnv1a(text: string, seed: number): string {
	let hash = seed >>> 0;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(16).padStart(8, '0');
}
