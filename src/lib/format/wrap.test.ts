import { describe, expect, it } from 'vitest';
import { wrapWords } from './wrap';

describe('wrapWords', () => {
	it('fills each line with as many words as fit', () => {
		// « aaaa bbbb » is 9 characters: it fits 9, and « cccc » goes to a second line.
		expect(wrapWords('aaaa bbbb cccc', 9)).toEqual(['aaaa bbbb', 'cccc']);
		expect(wrapWords('aaaa bbbb cccc', 8)).toEqual(['aaaa', 'bbbb', 'cccc']);
		expect(wrapWords('  aaaa \n  bbbb ', 20)).toEqual(['aaaa bbbb']);
	});

	it('keeps a word longer than the line on a line of its own', () => {
		expect(wrapWords('aaaaaaaaaaaa bb cc', 9)).toEqual(['aaaaaaaaaaaa', 'bb cc']);
	});

	it('never breaks at a no-break space, and keeps it', () => {
		// « pour 1 000 » with a no-break space: « 1 » and « 000 » stay on one line.
		expect(wrapWords('mentions pour 1\u00a0000 hab.', 14)).toEqual([
			'mentions pour',
			'1\u00a0000 hab.'
		]);
	});

	it('measures with the caller’s measure (a drawn width)', () => {
		// Two units a character: « aa bb » is 10, past 9.
		expect(wrapWords('aa bb', 9, (l) => l.length * 2)).toEqual(['aa', 'bb']);
	});
});
