/**
 * How long deleted problems stay restorable. They are purged for good when /ateliers opens,
 * once `KEEP_DELETED_DAYS` have passed since the deletion (`session.open` → `store.purge`).
 */
import { longDate } from '$lib/format/date';
import { formatNumber } from '$lib/format/number';

/** Days a deleted problem stays in « Problématiques supprimées ». */
export const KEEP_DELETED_DAYS = 7;
/** The same, in milliseconds (for `isoAgo`). */
export const KEEP_DELETED_MS = KEEP_DELETED_DAYS * 24 * 3600 * 1000;

/** The day (French, long form) until which a problem deleted at `deletedAt` can be restored. */
export function restorableUntil(deletedAt: string, timeZone?: string): string {
	const until = new Date(new Date(deletedAt).getTime() + KEEP_DELETED_MS);
	return longDate(until, timeZone);
}

/** « supprimée le 30 novembre 2026 à 15:04 » (local time). */
export function deletedOn(deletedAt: string, timeZone?: string): string {
	const d = new Date(deletedAt);
	const day = longDate(d, timeZone);
	const time = d.toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit', timeZone });
	return `supprimée le ${day} à ${time}`;
}

/** « 3 problématiques supprimées depuis la sauvegarde ont été restaurées. » (import summary). */
export function restoredSentence(restored: number, keptDeleted: number): string {
	const parts: string[] = [];
	if (restored === 1) parts.push('1 problématique supprimée depuis la sauvegarde a été restaurée.');
	else if (restored > 1)
		parts.push(
			`${formatNumber(restored, 0)} problématiques supprimées depuis la sauvegarde ont été restaurées.`
		);
	if (keptDeleted === 1)
		parts.push(
			'1 problématique du fichier, supprimée ici, est restée dans « Problématiques supprimées ».'
		);
	else if (keptDeleted > 1)
		parts.push(
			`${formatNumber(keptDeleted, 0)} problématiques du fichier, supprimées ici, sont restées dans « Problématiques supprimées ».`
		);
	return parts.join(' ');
}
