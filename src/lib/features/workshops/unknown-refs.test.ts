import { describe, expect, it } from 'vitest';
import { makeProblem } from '../../../../tests/fixtures/workshops/helpers';
import { BUILT_IN_TAXONOMY } from './taxonomy';
import { unknownRefs, unknownRefsNotice } from './unknown-refs';

const TERRITORY = new Set(['30007', '30132']);

describe('stored problems naming what the atlas does not know', () => {
	it('counts each problem once and gives up to three of the unknown names', () => {
		const problems = [
			makeProblem('ok', { communes: ['30007'] }),
			makeProblem('theme', { theme: 'x_fantome', communes: ['30007'] }),
			makeProblem('commune', { communes: ['99999', '30132'] }),
			makeProblem('both', { subjects: ['inconnu'], publics: ['autre'], communes: ['30189'] })
		];
		expect(unknownRefs(problems, BUILT_IN_TAXONOMY, TERRITORY)).toEqual({
			problems: 3,
			examples: ['x_fantome', '99999', 'inconnu']
		});
	});

	it('says nothing when every name is known; otherwise what is kept and what to do', () => {
		expect(unknownRefsNotice({ problems: 0, examples: [] })).toBe('');
		expect(unknownRefsNotice({ problems: 2, examples: ['x_fantome', '99999'] })).toBe(
			'2 problématiques nomment un thème, un sujet, un public ou une commune que l’atlas ne connaît pas (« x_fantome », « 99999 ») : elles sont gardées telles quelles, affichées avec ces codes, et une commune hors du territoire n’est comptée nulle part sur les cartes. Modifiez-les pour choisir dans les listes.'
		);
	});
});
