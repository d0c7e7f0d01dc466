import { describe, expect, it } from 'vitest';
import { ALES_COMMUNES } from '../../../../tests/fixtures/workshops/ales-communes';
import { createCommuneMatcher, type CommuneMatch } from './communes';

const matcher = createCommuneMatcher(ALES_COMMUNES);
const codes = (m: CommuneMatch) => (m.status === 'ok' ? [] : m.suggestions.map((s) => s.code));

describe('territoryCommunes', () => {
	it('lists the 71 communes of the Agglomération, Corbès folded into Thoiras-Corbès', () => {
		expect(ALES_COMMUNES).toHaveLength(71);
		expect(ALES_COMMUNES.find((c) => c.code === '30329')).toEqual({
			code: '30329',
			nom: 'Thoiras-Corbès',
			formerNames: ['Corbès', 'Thoiras'],
			formerCodes: ['30094']
		});
	});
});

describe('resolve', () => {
	const cases: { args: string; expected: CommuneMatch }[] = [
		{
			args: 'st jean du gard',
			expected: { status: 'ok', code: '30269', nom: 'Saint-Jean-du-Gard' }
		},
		{
			args: 'SAINT CHRISTOL LES ALES',
			expected: { status: 'ok', code: '30243', nom: 'Saint-Christol-lez-Alès' }
		},
		{ args: 'Ales', expected: { status: 'ok', code: '30007', nom: 'Alès' } },
		{ args: '30007', expected: { status: 'ok', code: '30007', nom: 'Alès' } },
		{
			args: 'Corbès',
			expected: { status: 'ok', code: '30329', nom: 'Thoiras-Corbès', former: 'Corbès' }
		},
		{
			args: '30094',
			expected: { status: 'ok', code: '30329', nom: 'Thoiras-Corbès', former: '30094' }
		},
		{
			args: 'Thoiras',
			expected: { status: 'ok', code: '30329', nom: 'Thoiras-Corbès', former: 'Thoiras' }
		},
		{
			args: 'Ste Cécile d’Andorge',
			expected: { status: 'ok', code: '30239', nom: "Sainte-Cécile-d'Andorge" }
		},
		{
			args: 'Brouzet lez Alès',
			expected: { status: 'ok', code: '30055', nom: 'Brouzet-lès-Alès' }
		},
		{ args: 'Grand-Combe', expected: { status: 'ok', code: '30132', nom: 'La Grand-Combe' } },
		{ args: 'Alès (30007)', expected: { status: 'ok', code: '30007', nom: 'Alès' } },
		{ args: '30189', expected: { status: 'unknown', suggestions: [] } },
		{ args: '', expected: { status: 'unknown', suggestions: [] } }
	];
	it.each(cases)('$args', ({ args, expected }) => {
		expect(matcher.resolve(args)).toEqual(expected);
	});

	it('« Saint » is ambiguous and lists every Saint-… commune, never one of them', () => {
		const m = matcher.resolve('Saint');
		expect(m.status).toBe('ambiguous');
		expect(codes(m)).toContain('30269');
		expect(codes(m)).toContain('30243');
		expect(codes(m)).not.toContain('30007');
	});

	it('a truncated name is a suggestion to confirm, not a result', () => {
		const m = matcher.resolve('Boucoiran');
		expect(m).toEqual({
			status: 'ambiguous',
			suggestions: [expect.objectContaining({ code: '30046' })]
		});
	});

	it('a typo is unknown, with the intended commune first among suggestions', () => {
		const m = matcher.resolve('Saint-Jeen-du-Gard');
		expect(m.status).toBe('unknown');
		expect(codes(m)[0]).toBe('30269');
	});

	it('a name spelt as said (« Andusse », two edits from « Anduze ») suggests the commune', () => {
		const m = matcher.resolve('Andusse');
		expect(m.status).toBe('unknown');
		expect(codes(m)[0]).toBe('30010');
	});

	it('a commune outside the territory is unknown', () => {
		expect(matcher.resolve('Nîmes').status).toBe('unknown');
	});
});

describe('autocomplete', () => {
	it('puts name prefixes first', () => {
		expect(matcher.autocomplete('ale', 3)[0]?.code).toBe('30007');
	});
	it('finds word prefixes inside names', () => {
		expect(matcher.autocomplete('valg', 5).map((c) => c.code)).toEqual(['30284']);
	});
	it('finds communes by code prefix', () => {
		expect(matcher.autocomplete('3032', 10).map((c) => c.code)).toEqual([
			'30320',
			'30323',
			'30329'
		]);
	});
	it('forgives a letter wrong while typing', () => {
		// « anduse »: Anduze (30010) is one letter away; « vezanob »: the start of Vézénobres
		// (30348) one letter away; « sant jean du ga »: Saint-Jean-du-Gard (30269).
		expect(matcher.autocomplete('anduse', 5)[0]?.code).toBe('30010');
		expect(matcher.autocomplete('vezanob', 5)[0]?.code).toBe('30348');
		expect(matcher.autocomplete('sant jean du ga', 5)[0]?.code).toBe('30269');
	});
	it('lists only the names that hold what was typed, when some do', () => {
		// Of the 71 names, four hold « ales » once accents are dropped: Alès (its start, first),
		// Brouzet-lès-Alès, Méjannes-lès-Alès and Saint-Christol-lez-Alès. Salindres and Les
		// Salles-du-Gardon, letters of it in order, came after them.
		const ales = matcher.autocomplete('ales', 10).map((c) => c.code);
		expect(ales[0]).toBe('30007');
		expect([...ales].sort()).toEqual(['30007', '30055', '30165', '30243']);
		// « st martin »: Saint-Martin-de-Valgalgues only, not Saint-Maurice-de-Cazevieille.
		expect(matcher.autocomplete('st martin', 10).map((c) => c.code)).toEqual(['30284']);
	});
	it('returns nothing for an empty query', () => {
		expect(matcher.autocomplete('  ')).toEqual([]);
	});
});
