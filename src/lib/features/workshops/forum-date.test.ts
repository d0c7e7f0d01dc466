import { describe, expect, it } from 'vitest';
import { farFutureDate, forumDateRefusal } from './forum-date';
import { validateProblem } from './validate';
import { BUILT_IN_TAXONOMY } from './taxonomy';
import { createProblem } from './create';

describe('farFutureDate', () => {
	// 1 April 2025 at 09:00 UTC plus 366 days is 2 April 2026 (2025-04-01 → 2026-04-01 is 365
	// days: no 29 February between them): the 2nd is allowed, the 3rd is not.
	const now = '2025-04-01T09:00:00.000Z';
	it('allows a forum up to a year ahead, doubts the day after', () => {
		expect(farFutureDate('2026-04-02', now)).toBe(false);
		expect(farFutureDate('2026-04-03', now)).toBe(true);
		expect(farFutureDate('2052-03-13', now)).toBe(true);
		expect(farFutureDate('2019-03-13', now)).toBe(false);
	});
	it('doubts nothing without a clock', () => {
		expect(farFutureDate('2052-03-13', undefined)).toBe(false);
	});
});

describe('forumDateRefusal', () => {
	it('says what is wrong, with the date as the user reads it', () => {
		expect(forumDateRefusal('')).toBe('Indiquez la date du forum.');
		expect(forumDateRefusal('2022-02-31')).toBe(
			'La date du forum 31/02/2022 n’existe pas : vérifiez le jour et le mois.'
		);
		expect(forumDateRefusal('0001-01-01')).toBe(
			'La date du forum 01/01/0001 n’est pas acceptée (année 0001) : vérifiez l’année.'
		);
		expect(forumDateRefusal('13 mars')).toBe(
			'La date du forum « 13 mars » est invalide : écrivez-la JJ/MM/AAAA.'
		);
	});
	it('is the message the form and the backups get', () => {
		const problem = createProblem(
			{
				forum: { date: '0024-03-13', lieu: 'Alès', numero: 1 },
				theme: 'jeunesse',
				subjects: [],
				publics: [],
				communes: ['30007'],
				wholeTerritory: false,
				description: 'Pas de bus',
				weight: 1,
				raisedBy: null,
				status: 'nouvelle',
				example: false
			},
			'2025-04-01T09:00:00.000Z'
		);
		expect(validateProblem(problem, BUILT_IN_TAXONOMY, new Set(['30007']))).toEqual([
			{
				field: 'forum',
				message: 'La date du forum 13/03/0024 n’est pas acceptée (année 0024) : vérifiez l’année.'
			}
		]);
	});
});
