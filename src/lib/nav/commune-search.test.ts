import { describe, expect, it } from 'vitest';
import { ALES_COMMUNES } from '../../../tests/fixtures/workshops/ales-communes';
import { createCommuneMatcher } from '$lib/features/workshops/communes';
import { communeHref, enterChoice, hitLabel, searchCommunes, stepOption } from './commune-search';

const matcher = createCommuneMatcher(ALES_COMMUNES);
const first = (text: string) => searchCommunes(matcher, text)[0];

describe('searchCommunes', () => {
	// Expected codes read from static/data/communes-ref.json (COG 2025).
	const cases = [
		{ args: 'ales', expected: { code: '30007', nom: 'Alès', formerName: null } },
		{ args: 'ALÈS', expected: { code: '30007', nom: 'Alès', formerName: null } },
		{
			args: 'st martin de valgalgues',
			expected: { code: '30284', nom: 'Saint-Martin-de-Valgalgues', formerName: null }
		},
		{
			args: 'Saint Christol les Ales',
			expected: { code: '30243', nom: 'Saint-Christol-lez-Alès', formerName: null }
		},
		{
			args: 'brouzet lez',
			expected: { code: '30055', nom: 'Brouzet-lès-Alès', formerName: null }
		},
		{ args: 'grand combe', expected: { code: '30132', nom: 'La Grand-Combe', formerName: null } },
		{
			args: 'Ste-Cécile',
			expected: { code: '30239', nom: "Sainte-Cécile-d'Andorge", formerName: null }
		},
		// Corbès (30094) merged into Thoiras-Corbès in 2025: its name is in the current one.
		{ args: 'corbes', expected: { code: '30329', nom: 'Thoiras-Corbès', formerName: null } },
		{ args: 'thoiras', expected: { code: '30329', nom: 'Thoiras-Corbès', formerName: null } }
	];
	it.each(cases)('$args', ({ args, expected }) => {
		expect(first(args)).toEqual(expected);
	});

	it('lists every Saint-Jean-… for « st jean », and nothing else first', () => {
		const codes = searchCommunes(matcher, 'st jean').map((h) => h.code);
		expect(codes.slice(0, 5).sort()).toEqual(['30264', '30267', '30268', '30269', '30270']);
	});

	it('finds nothing for a blank text, and at most 8 communes', () => {
		expect(searchCommunes(matcher, '  ')).toEqual([]);
		expect(searchCommunes(matcher, 'saint').length).toBe(8);
	});

	it('says which former name a commune was found by', () => {
		// Notre-Dame-de-la-Rouvière merged into Val-d'Aigoual in 2019 (outside the Agglomération).
		const m = createCommuneMatcher([
			{ code: '30339', nom: "Val-d'Aigoual", formerNames: ['Notre-Dame-de-la-Rouvière'] }
		]);
		expect(searchCommunes(m, 'notre dame')).toEqual([
			{ code: '30339', nom: "Val-d'Aigoual", formerName: 'Notre-Dame-de-la-Rouvière' }
		]);
	});

	it('labels a commune found by its former name', () => {
		expect(hitLabel({ code: '30329', nom: 'Thoiras-Corbès', formerName: 'Corbès' })).toBe(
			'Thoiras-Corbès (ancienne commune : Corbès)'
		);
		expect(hitLabel({ code: '30007', nom: 'Alès', formerName: null })).toBe('Alès');
	});
});

describe('communeHref', () => {
	const pages = { map: '/', compare: '/comparer/', portrait: '/commune/' };
	const cases = [
		{
			name: 'a portrait opens the portrait of the commune chosen',
			args: ['/commune/30007/', '', '30132'] as const,
			expected: '/commune/30132/'
		},
		{
			name: 'the map keeps its view and selects the commune',
			args: ['/', '?indicateur=chomage_15_24&commune=30007', '30132'] as const,
			expected: '/?indicateur=chomage_15_24&commune=30132'
		},
		{
			name: 'another page opens the map on the commune',
			args: ['/concentrations/', '?theme=jeunesse', '30132'] as const,
			expected: '/?commune=30132'
		},
		{
			name: 'the comparison adds the commune',
			args: ['/comparer/', '?communes=30007%2C30011&theme=jeunesse', '30132'] as const,
			expected: '/comparer/?communes=30007%2C30011%2C30132&theme=jeunesse'
		},
		{
			name: 'the comparison does not add a commune twice',
			args: ['/comparer/', '?communes=30007', '30007'] as const,
			expected: '/comparer/?communes=30007'
		},
		{
			name: 'an empty comparison starts with the commune',
			args: ['/comparer/', '', '30007'] as const,
			expected: '/comparer/?communes=30007'
		}
	];
	it.each(cases)('$name', ({ args, expected }) => {
		expect(communeHref(args[0], args[1], args[2], pages)).toBe(expected);
	});
});

describe('the keys of a commune list', () => {
	it('↓ from nothing goes to the first option, ↑ to the last, and both go round', () => {
		expect(stepOption(-1, 1, 4)).toBe(0);
		expect(stepOption(-1, -1, 4)).toBe(3);
		expect(stepOption(3, 1, 4)).toBe(0);
		expect(stepOption(0, -1, 4)).toBe(3);
		expect(stepOption(1, 1, 4)).toBe(2);
		expect(stepOption(-1, 1, 0)).toBe(-1);
	});

	it('Entrée takes the option moved to, the only one, or the one named as typed; else none', () => {
		const m = createCommuneMatcher(ALES_COMMUNES);
		// « ales » also finds Brouzet-lès-Alès and others: Alès is the one of that name.
		const ales = searchCommunes(m, 'ales');
		expect(ales.length).toBeGreaterThan(1);
		expect(enterChoice(ales, -1, 'ales')?.code).toBe('30007');
		expect(enterChoice(ales, -1, 'Alès')?.code).toBe('30007');
		// Moved to with ↓: the second one, whatever was typed.
		expect(enterChoice(ales, 1, 'ales')).toBe(ales[1]);
		// The one of that name, even when it is not first.
		const reversed = [{ nom: 'Brouzet-lès-Alès' }, { nom: 'Alès' }];
		expect(enterChoice(reversed, -1, 'ALES')).toBe(reversed[1]);
		// « saint »: many communes begin so, none is named so: Entrée takes none.
		const saint = searchCommunes(m, 'saint');
		expect(saint.length).toBeGreaterThan(1);
		expect(enterChoice(saint, -1, 'saint')).toBeUndefined();
		// One commune found: Entrée takes it (« st martin »: Saint-Martin-de-Valgalgues, 30284).
		const martin = searchCommunes(m, 'st martin');
		expect(martin.map((h) => h.code)).toEqual(['30284']);
		expect(enterChoice(martin, -1, 'st martin')?.code).toBe('30284');
		expect(enterChoice([], -1, 'zzz')).toBeUndefined();
	});
});
