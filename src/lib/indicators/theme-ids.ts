/**
 * Theme ids that were renamed, and the migration of records that still carry an old one.
 * Indicators and workshop problems share one theme id space; before that, the workshop theme
 * « petite enfance et enfance » was `petite_enfance_enfance`. Problems stored in a browser or
 * exported to a JSON file with that id are migrated when read, and the user is told how many.
 */
import type { ThemeId } from './types';

/** Old theme id → current id. */
export const RENAMED_THEME_IDS: Readonly<Record<string, ThemeId>> = {
	petite_enfance_enfance: 'petite_enfance'
};

/** The current id of a theme id that may be an old one (other ids are returned unchanged). */
export function currentThemeId(id: string): string {
	return Object.hasOwn(RENAMED_THEME_IDS, id) ? RENAMED_THEME_IDS[id]! : id;
}

/** The old id a current theme id replaced, or null (see `problemId`, which hashes the old id). */
export function formerThemeId(id: string): string | null {
	return Object.keys(RENAMED_THEME_IDS).find((old) => RENAMED_THEME_IDS[old] === id) ?? null;
}

/** Records with their theme id made current, and the ones that changed (to write back). */
export interface ThemeMigration<T> {
	records: T[];
	changed: T[];
}

/** Makes the `theme` of every record current; records with a current theme are kept as they are. */
export function migrateThemeIds<T extends { theme: string }>(
	records: readonly T[]
): ThemeMigration<T> {
	const changed: T[] = [];
	const out = records.map((r) => {
		const theme = currentThemeId(r.theme);
		if (theme === r.theme) return r;
		const next = { ...r, theme } as T;
		changed.push(next);
		return next;
	});
	return { records: out, changed };
}

/** The French sentence telling the user what a migration changed ('' when nothing changed). */
export function themeMigrationNotice(migrated: number): string {
	if (migrated === 0) return '';
	const renames = Object.entries(RENAMED_THEME_IDS)
		.map(([old, id]) => `« ${old} » → « ${id} »`)
		.join(', ');
	const subject =
		migrated === 1
			? '1 problématique portait un ancien identifiant de thème ; il a été mis à jour'
			: `${migrated} problématiques portaient un ancien identifiant de thème ; il a été mis à jour`;
	return `${subject} (${renames}). Le thème reste le même et rien d’autre n’a été modifié.`;
}
