/** The browser's commune list for workshop matching. */
import { describe, expect, it } from 'vitest';
import { createCommuneMatcher } from '../lib/features/workshops/communes';
import { communeRefs, communeRefsJson, departementCommunes } from './communes-ref';

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

	it('lists the Gard communes outside the territory, so Nîmes is « hors du territoire »', () => {
		const outside = departementCommunes(refs);
		expect(outside.every((c) => c.code.startsWith('30'))).toBe(true);
		expect(outside.some((c) => refs.some((r) => r.code === c.code))).toBe(false);
		expect(outside).toContainEqual({ code: '30189', nom: 'Nîmes' });
		const match = createCommuneMatcher(refs, outside).resolve('Nimes');
		expect(match).toMatchObject({ status: 'unknown', outside: { code: '30189' } });
	});
});
