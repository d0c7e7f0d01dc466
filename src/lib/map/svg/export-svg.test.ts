import { describe, expect, it } from 'vitest';
import { wrapped } from './export-svg';

describe('wrapped: the exported map’s note under its legend', () => {
	it('cuts between words, each line within the width, no word lost', () => {
		const note = 'Les cercles des ateliers, affichés à l’écran, ne figurent pas sur cette carte.';
		// By hand, 24 characters at most: « Les cercles des ateliers, » is 25, so « ateliers, » goes on.
		expect(wrapped(note, 24)).toEqual([
			'Les cercles des',
			'ateliers, affichés à',
			'l’écran, ne figurent pas',
			'sur cette carte.'
		]);
	});

	it('keeps a word longer than the width whole, on its own line', () => {
		expect(wrapped('a  anticonstitutionnellement  b', 10)).toEqual([
			'a',
			'anticonstitutionnellement',
			'b'
		]);
	});
});
