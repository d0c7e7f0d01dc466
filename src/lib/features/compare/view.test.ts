import { describe, expect, it } from 'vitest';
import { decodeView, encodeView, noteText } from '$lib/view/codec';
import { compareFields, defaultCompareView } from './view';

const fields = compareFields({
	communes: ['30007', '30132', '30011', '30329', '30001', '30002', '30003'],
	themes: ['jeunesse'],
	formerCommunes: [{ code: '30094', name: 'Corbès', into: '30329', year: 2025 }],
	names: { '30329': 'Thoiras-Corbès', '30007': 'Alès' }
});
const decode = (q: string) => decodeView(new URLSearchParams(q), fields, defaultCompareView());

describe('compare view', () => {
	it('reads the communes and the theme, and writes them back', () => {
		const { view, notes } = decode('communes=30007,30132,30011&theme=jeunesse');
		expect(view).toEqual({ communes: ['30007', '30132', '30011'], theme: 'jeunesse' });
		expect(notes).toEqual([]);
		expect(encodeView(view, fields, defaultCompareView())).toBe(
			'communes=30007%2C30132%2C30011&theme=jeunesse'
		);
	});
	it('ignores unknown, repeated and extra codes with a French note, and reads a former code', () => {
		const { view, notes } = decode(
			'communes=30007,99999,30007,30094,30132,30011,30001,30002,30003'
		);
		expect(view.communes).toEqual(['30007', '30329', '30132', '30011', '30001', '30002']);
		expect(notes.map((n) => n.reason)).toEqual([
			'« 99999 » : commune hors du territoire ou code inconnu',
			'« 30007 » figure deux fois',
			'Corbès (30094) a fusionné en 2025 dans Thoiras-Corbès (30329)',
			'« 30003 » : 6 communes au plus'
		]);
		// Each line names its item once, not the whole list again (four times on one screen).
		expect(notes.map(noteText)).toEqual([
			'Dans communes, ignoré : « 99999 » : commune hors du territoire ou code inconnu',
			'Dans communes, ignoré : « 30007 » figure deux fois',
			'Dans communes, remplacé : Corbès (30094) a fusionné en 2025 dans Thoiras-Corbès (30329)',
			'Dans communes, ignoré : « 30003 » : 6 communes au plus'
		]);
	});
	it('a commune typed once, already in under its former code (or the other way), is said so', () => {
		// Corbès (30094) merged into Thoiras-Corbès (30329): « 30094,30329 » compares it once.
		const after = decode('communes=30094,30329');
		expect(after.view.communes).toEqual(['30329']);
		expect(after.notes.map((n) => n.reason)).toEqual([
			'Corbès (30094) a fusionné en 2025 dans Thoiras-Corbès (30329)',
			'« 30329 » est déjà comparée (par « 30094 », qui y a fusionné)'
		]);
		const before = decode('communes=30329,30094');
		expect(before.view.communes).toEqual(['30329']);
		expect(before.notes.map((n) => n.reason)).toEqual([
			'Corbès (30094) a fusionné en 2025 dans Thoiras-Corbès (30329)',
			'« 30094 » : Thoiras-Corbès (30329) est déjà comparée'
		]);
	});
	it('says a code written 2 000 times once, and counts unknown codes past three', () => {
		// 1 999 notes « figure deux fois » filled the first screens of /comparer.
		const many = decode(`communes=${Array(2000).fill('30007').join(',')}`);
		expect(many.view.communes).toEqual(['30007']);
		expect(many.notes.map(noteText)).toEqual([
			'Dans communes, ignoré : « 30007 » figure 2\u202f000 fois'
		]);
		// Ten distinct unknown codes, each written twice: three named, seven counted, no repeat said.
		const junk = Array.from({ length: 10 }, (_, i) => `x${i}`);
		const unknown = decode(`communes=30132,${[...junk, ...junk].join(',')}`);
		expect(unknown.view.communes).toEqual(['30132']);
		expect(unknown.notes.map((n) => n.reason)).toEqual([
			'« x0 » : commune hors du territoire ou code inconnu',
			'« x1 » : commune hors du territoire ou code inconnu',
			'« x2 » : commune hors du territoire ou code inconnu',
			'7 autres codes hors du territoire ou inconnus'
		]);
	});
	it('says a whole parameter as written when it is ignored as a whole', () => {
		const { notes } = decode('theme=nimporte');
		expect(notes.map(noteText)).toEqual(['Paramètre ignoré : theme=nimporte (thème inconnu)']);
	});
	it('falls back to every theme for an unknown one', () => {
		expect(decode('theme=nimporte').view.theme).toBe('tous');
	});
});
