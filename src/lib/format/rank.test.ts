import { describe, expect, it } from 'vitest';
import { ordinal, rankDirection, rankExplanation, rankText } from './rank';

const rank = { position: 3, tied: 2, ranked: 69, total: 71, order: 'desc' as const };

describe('rank in French', () => {
	it('writes ordinals', () => {
		expect([1, 2, 47].map(ordinal)).toEqual(['1er', '2e', '47e']);
	});
	it('says « sur 71 » when every commune has a value', () => {
		expect(rankText({ ...rank, tied: 1, ranked: 71 })).toBe('3e sur 71');
	});
	it('gives the places a tie spans, or its size when it holds more than half the communes', () => {
		// 3 communes at the same value, 3rd to 5th.
		expect(rankText({ ...rank, tied: 3, ranked: 71 })).toBe('3e à 5e ex æquo sur 71');
		// Lycées: 67 of the 71 communes have none (0,00 pour 1 000): « 1er à 67e » read as « 1er ».
		expect(rankText({ ...rank, position: 1, tied: 67, ranked: 71 })).toBe(
			'67 communes ex æquo sur 71'
		);
		// 35 of 70 is half, not more: the places stay.
		expect(rankText({ ...rank, position: 36, tied: 35, ranked: 70 })).toBe(
			'36e à 70e ex æquo sur 70 communes renseignées'
		);
		expect(rankText({ ...rank, position: 1, tied: 36, ranked: 70 })).toBe(
			'36 communes ex æquo sur 70 communes renseignées'
		);
	});
	it('gives the direction of need, or none for a context indicator', () => {
		expect(rankDirection(rank, 1)).toBe('1er = besoin le plus marqué');
		expect(rankDirection({ order: 'asc' }, -1)).toBe('1er = besoin le plus marqué');
		expect(rankDirection(rank, 0)).toBe('1er = valeur la plus haute');
	});
	it('explains NULLs and ties', () => {
		expect(rankExplanation(rank, -1)).toBe(
			'Rang parmi les 69 communes de l’Agglomération dont la valeur est connue. ' +
				'1er = valeur la plus basse : plus la valeur est basse, plus le besoin est marqué. ' +
				'2 communes sans valeur (n.d.) ne sont pas classées. ' +
				'Ex æquo : 2 communes ont exactement la même valeur et le même rang.'
		);
	});
});
