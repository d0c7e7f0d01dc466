import { describe, expect, it } from 'vitest';
import { joinList, splitList } from './list-cell';

describe('list cells (export and import share one encoding)', () => {
	it('quotes only the values that hold a separator or start with «', () => {
		expect(joinList(['Alès (30007)', 'Anduze (30010)'])).toBe('Alès (30007) | Anduze (30010)');
		expect(joinList(['a, b', 'c;d', 'e | f', 'g'])).toBe('« a, b » | « c;d » | « e | f » | g');
		// A » inside a quoted value is doubled; a value starting with « is quoted.
		expect(joinList(['« Zéro » déchet'])).toBe('« « Zéro »» déchet »');
		expect(joinList([])).toBe('');
	});

	it('gives back the values it wrote, separators, quotes and « | » included', () => {
		const awkward = ['a, b', 'x | y', 'c ; d', '« Zéro »', 'fin »', 'x »» y, z', 'plain'];
		for (const values of [awkward, ['a, b'], ['« c » d'], ['ligne\nsuivante']])
			expect(splitList(joinList(values))).toEqual(values);
	});

	it('still reads files typed by hand', () => {
		expect(splitList('Alès, Anduze;Tornac\nMialet')).toEqual([
			'Alès',
			'Anduze',
			'Tornac',
			'Mialet'
		]);
		expect(splitList('a, b | c')).toEqual(['a, b', 'c']);
		expect(splitList('« Jeunes, précaires » ; Familles')).toEqual([
			'Jeunes, précaires',
			'Familles'
		]);
		// A « inside a value, or one not closed before a separator, is plain text.
		expect(splitList('Jeunes « NEET », Familles')).toEqual(['Jeunes « NEET »', 'Familles']);
		expect(splitList('« ouvert, jamais fermé')).toEqual(['« ouvert', 'jamais fermé']);
		expect(splitList('« Zéro » déchet ; tri')).toEqual(['« Zéro » déchet', 'tri']);
		expect(splitList(' ; , ')).toEqual([]);
	});
});
