/** The browser's commune list for workshop matching. */
import { describe, expect, it } from 'vitest';
import { createCommuneMatcher } from '../lib/features/workshops/communes';
import { communeRefs, communeRefsJson } from './communes-ref';

describe('communeRefs', () => {
	const refs = communeRefs('200066918');

	it('lists the 71 communes of Alès Agglomération, Corbès under Thoiras-Corbès', () => {
		expect(refs).toHaveLength(71);
		const thoiras = refs.find((r) => r.code === '30329');
		expect(thoiras?.nom).toBe('Thoiras-Corbès');
		expect(thoiras?.formerNames).toContain('Corbès');
		expect(thoiras?.formerCodes).toContain('30094');
		expect(refs.some((r) => r.code === '30094')).toBe(false);
	});

	it('round-trips through the JSON file and still resolves the former commune', () => {
		const parsed = JSON.parse(communeRefsJson(refs));
		expect(parsed).toEqual(refs);
		expect(createCommuneMatcher(parsed).resolve('Corbès')).toMatchObject({ code: '30329' });
	});
});
