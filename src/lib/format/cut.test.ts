import { describe, expect, it } from 'vitest';
import { cutLong } from './cut';

describe('cutLong', () => {
	it('keeps a short text whole and cuts a long one, saying its length in French', () => {
		expect(cutLong('30007')).toBe('30007');
		expect(cutLong('a'.repeat(60))).toBe('a'.repeat(60));
		expect(cutLong('a'.repeat(5000))).toBe(`${'a'.repeat(60)}… (5\u202f000 caractères)`);
		expect(cutLong('/commune/' + 'x'.repeat(100), 12)).toBe('/commune/xxx… (109 caractères)');
	});
	it('counts characters, never splitting an accent or an emoji', () => {
		expect(cutLong('é'.repeat(61))).toBe(`${'é'.repeat(60)}… (61 caractères)`);
		expect(cutLong('😀'.repeat(3), 2)).toBe('😀😀… (3 caractères)');
	});
});
