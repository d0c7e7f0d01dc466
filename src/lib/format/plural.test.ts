import { describe, expect, it } from 'vitest';
import { agree, counted } from './plural';

describe('agree: French agreement with a number', () => {
	it('is singular below 2 and plural from 2, decimals included', () => {
		const m = (n: number) => agree(n, 'mention pondérée', 'mentions pondérées');
		expect([0, 1, 1.5, 1.99, 2, 4.55, 12].map(m)).toEqual([
			'mention pondérée',
			'mention pondérée',
			'mention pondérée',
			'mention pondérée',
			'mentions pondérées',
			'mentions pondérées',
			'mentions pondérées'
		]);
	});
	it('agrees with the number as shown, once rounded', () => {
		// 1,996 is shown « 2,00 » with 2 digits: « 2,00 mentions », not « 2,00 mention ».
		expect(agree(1.996, 'mention', 'mentions', 2)).toBe('mentions');
		expect(agree(1.994, 'mention', 'mentions', 2)).toBe('mention');
	});
	it('takes the plural with no number (« n.d. mentions »)', () => {
		expect(agree(null, 'mention', 'mentions')).toBe('mentions');
	});
	it('counted: the whole number the French way, then the agreed words', () => {
		expect(counted(1, 'ligne lue', 'lignes lues')).toBe('1 ligne lue');
		expect(counted(20000, 'ligne lue', 'lignes lues')).toBe('20\u202f000 lignes lues');
	});
});
