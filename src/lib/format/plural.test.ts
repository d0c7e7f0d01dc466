import { describe, expect, it } from 'vitest';
import { agree, counted, quotedList, times } from './plural';

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

describe('quotedList and times (values of a link, said once)', () => {
	it('quotes up to three items and counts the rest', () => {
		expect(quotedList([])).toBe('');
		expect(quotedList(['a'])).toBe('« a »');
		expect(quotedList(['a', 'b', 'c'])).toBe('« a », « b » et « c »');
		expect(quotedList(['a', 'b', 'c', 'd'])).toBe('« a », « b », « c » et 1 autre');
		expect(quotedList(Array(2000).fill('x'))).toBe('« x », « x », « x » et 1\u202f997 autres');
	});
	it('says how many times', () => {
		expect(times(2)).toBe('deux fois');
		expect(times(3)).toBe('3 fois');
		expect(times(2000)).toBe('2\u202f000 fois');
	});
});
