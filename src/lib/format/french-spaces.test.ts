import { describe, expect, it } from 'vitest';
import { frenchSpaces } from './french-spaces';

describe('frenchSpaces', () => {
	it('keeps « » with their words and « : ; ? ! » with the word before', () => {
		expect(frenchSpaces('thème « jeunesse » ; statuts : a ? b !')).toBe(
			'thème «\u00a0jeunesse\u00a0»\u00a0; statuts\u00a0: a\u00a0? b\u00a0!'
		);
	});

	it('makes one no-break space of a run of spaces, tabs or line breaks', () => {
		expect(frenchSpaces('« n.d.\n\t\t» et\t:')).toBe('«\u00a0n.d.\u00a0» et\u00a0:');
	});

	it('leaves what has no space before the sign: addresses, times, ratios', () => {
		for (const text of ['https://exemple.fr/?a=1', '16:9', 'a!b', '«x»', ' au début']) {
			expect(frenchSpaces(text)).toBe(text);
		}
	});
});
