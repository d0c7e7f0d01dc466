import { describe, expect, it } from 'vitest';
import { indicators } from '$lib/indicators/catalogue';
import { defaultSettings } from './settings';
import { noteText } from '$lib/view/codec';
import { decodeConcentrations, encodeConcentrations } from './view';

const decode = (q: string) => decodeConcentrations(new URLSearchParams(q), indicators);
const d = defaultSettings(indicators, 'petite_enfance');

describe('concentrations settings ⇄ URL', () => {
	it('writes nothing for the defaults', () => {
		expect(encodeConcentrations(d, indicators)).toBe('');
		expect(decode('')).toEqual({ view: d, notes: [] });
	});

	it('round-trips a changed view', () => {
		const s = {
			...defaultSettings(indicators, 'jeunesse'),
			seed: 42,
			alpha: 0.01,
			correction: 'fdr' as const,
			view: 'gi' as const,
			choices: [
				{ id: 'chomage_15_24', weight: 2 },
				{ id: 'part_15_29', weight: 1 }
			]
		};
		const q = encodeConcentrations(s, indicators);
		expect(q).toBe(
			'theme=jeunesse&indicateurs=chomage_15_24%3A2%2Cpart_15_29%3A1&vue=gi&graine=42&seuil=0.01&correction=fdr'
		);
		expect(decode(q)).toEqual({ view: s, notes: [] });
	});

	it('keeps the counted statuses, « none » included', () => {
		const s = { ...d, workshopWeight: 2, workshopStatuses: ['ecartee', 'nouvelle', 'retenue'] };
		const q = encodeConcentrations(s as typeof d, indicators);
		expect(q).toBe('ateliers=2&statuts=nouvelle%2Cretenue%2Cecartee');
		expect(decode(q).view.workshopStatuses).toEqual(['nouvelle', 'retenue', 'ecartee']);
		expect(decode('statuts=').view.workshopStatuses).toEqual([]);
		expect(encodeConcentrations({ ...d, workshopStatuses: [] }, indicators)).toBe('statuts=');
		expect(decode('statuts=rejetees').view.workshopStatuses).toEqual(d.workshopStatuses);
	});

	it('says an unknown theme is unknown (or without indicator), not only without indicator', () => {
		expect(decode('theme=zzz').notes.map(noteText)).toEqual([
			'Paramètre ignoré : theme=zzz (thème inconnu ou sans indicateur)'
		]);
	});

	it('ignores seuil=abc with a French reason', () => {
		const { view, notes } = decode('seuil=abc');
		expect(view).toEqual(d);
		expect(notes.map(noteText)).toEqual([
			'Paramètre ignoré : seuil=abc (seuil : 0.05, 0.01 ou 0.001)'
		]);
	});

	it('keeps the first weight of a duplicated indicator, with a note', () => {
		const { view, notes } = decode('indicateurs=chomage_15_24:1,chomage_15_24:2');
		expect(view.choices).toEqual([{ id: 'chomage_15_24', weight: 1 }]);
		expect(notes.map((n) => n.reason)).toEqual([
			'« chomage_15_24 » en double : seul son premier poids est gardé'
		]);
		expect(notes.map(noteText)).toEqual([
			'Dans indicateurs, ignoré : « chomage_15_24 » en double : seul son premier poids est gardé'
		]);
	});

	it('says an item once however often it is written, and nothing of empty items', () => {
		// « ,,,__proto__ » gave three notes « indicateur «  » inconnu ».
		const empty = decode('indicateurs=,,,__proto__,chomage_15_24:1');
		expect(empty.view.choices).toEqual([{ id: 'chomage_15_24', weight: 1 }]);
		expect(empty.notes.map((n) => n.reason)).toEqual(['indicateur « __proto__ » inconnu']);
		const many = decode(
			`indicateurs=chomage_15_24:1,${Array(300).fill('chomage_15_24:2').join(',')}`
		);
		expect(many.notes.map((n) => n.reason)).toEqual([
			'« chomage_15_24 » en double : seul son premier poids est gardé'
		]);
	});

	it('leaves out an indicator of context, which has no direction of need, and says why', () => {
		// The page stayed on « Choisissez au moins un indicateur » with such a link, never ready.
		const { view, notes } = decode('indicateurs=evolution_population_2016_2022:1,chomage_15_24:2');
		expect(view.choices).toEqual([{ id: 'chomage_15_24', weight: 2 }]);
		expect(notes.map(noteText)).toEqual([
			'Dans indicateurs, ignoré : « evolution_population_2016_2022 » est un indicateur de contexte, sans sens du besoin : il n’entre pas dans un indice'
		]);
	});

	it('keeps all-zero weights (the page then says what to do)', () => {
		const { view, notes } = decode('indicateurs=chomage_15_24:0,part_15_29:0');
		expect(view.choices.map((c) => c.weight)).toEqual([0, 0]);
		expect(notes).toEqual([]);
	});

	it('ignores unknown indicators and malformed values', () => {
		const { view, notes } = decode(
			'indicateurs=inconnu:3&seuil=0.2&graine=-5&vue=3d&permutations=12&theme=__proto__'
		);
		expect(view).toEqual(d);
		expect(notes.map((n) => n.param)).toEqual([
			'theme',
			'indicateurs',
			'indicateurs',
			'vue',
			'permutations',
			'graine',
			'seuil'
		]);
		// Nothing usable in « indicateurs »: its item, then the parameter as a whole.
		expect(notes.filter((n) => n.param === 'indicateurs').map(noteText)).toEqual([
			'Dans indicateurs, ignoré : indicateur « inconnu » inconnu',
			'Paramètre ignoré : indicateurs=inconnu:3 (aucun indicateur reconnu)'
		]);
	});
});
