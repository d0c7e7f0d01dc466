import { describe, expect, it } from 'vitest';
import { deletedOn, restorableUntil, restoredSentence } from './retention';

describe('deleted problems: how long and what the import says', () => {
	it('dates the deletion and the end of the 7-day window in French', () => {
		// 30/11/2026 14:04 UTC is 15:04 in Paris (UTC+1 in winter); + 7 days = 7 December.
		expect(deletedOn('2026-11-30T14:04:00.000Z', 'Europe/Paris')).toBe(
			'supprimée le 30 novembre 2026 à 15:04'
		);
		expect(restorableUntil('2026-11-30T14:04:00.000Z', 'Europe/Paris')).toBe('7 décembre 2026');
		// 28/12 + 7 days crosses the year.
		expect(restorableUntil('2026-12-28T12:00:00.000Z', 'Europe/Paris')).toBe('4 janvier 2027');
	});

	it('says how many problems the import restored or left deleted, singular and plural', () => {
		expect(restoredSentence(0, 0)).toBe('');
		expect(restoredSentence(1, 0)).toBe(
			'1 problématique supprimée depuis la sauvegarde a été restaurée.'
		);
		expect(restoredSentence(1200, 2)).toBe(
			'1\u202f200 problématiques supprimées depuis la sauvegarde ont été restaurées. 2 problématiques du fichier, supprimées ici, sont restées dans « Problématiques supprimées ».'
		);
	});
});
