import { describe, expect, it } from 'vitest';
import { indicators } from '$lib/indicators/catalogue';
import { decodeView, encodeView, noteText } from '$lib/view/codec';
import { isSmoothable } from '$lib/analysis/indicator-smoothing';
import {
	carteFields,
	defaultCarteView,
	mapFileName,
	withSmoothingChecked,
	type CarteView
} from './view';

const fields = carteFields({
	indicators: indicators.map((i) => i.id),
	communes: ['30007', '30329'],
	formerCommunes: [{ code: '30094', name: 'Corbès', into: '30329', year: 2025 }],
	// Names cover the département's communes (communes.geojson): Nîmes is one, outside.
	names: { '30007': 'Alès', '30329': 'Thoiras-Corbès', '30189': 'Nîmes' }
});
const d = defaultCarteView();
const decode = (q: string) => decodeView(new URLSearchParams(q), fields, d);

describe('map view ⇄ URL', () => {
	it('keeps the default view out of the URL', () => {
		expect(encodeView(d, fields, d)).toBe('');
		expect(decode('')).toEqual({ view: d, notes: [] });
	});

	it('round-trips a full view with the historical parameter names', () => {
		const v: CarteView = {
			indicator: 'population_2022',
			method: 'jenks',
			classes: 4,
			commune: '30007',
			problems: true,
			smooth: true
		};
		const q = encodeView(v, fields, d);
		expect(q).toBe(
			'indicateur=population_2022&classes=jenks&n=4&commune=30007&problemes=1&lisse=1'
		);
		expect(decode(q)).toEqual({ view: v, notes: [] });
	});

	it('reopens every indicator of the catalogue from its link', () => {
		for (const ind of indicators) {
			const q = encodeView(defaultCarteView(ind.id), fields, d);
			expect(decode(q).view.indicator, ind.id).toBe(ind.id);
		}
	});

	it('ignores n=999 with a French reason', () => {
		const { view, notes } = decode('n=999');
		expect(view.classes).toBe(5);
		expect(notes.map(noteText)).toEqual([
			'Paramètre ignoré : n=999 (nombre de classes entre 3 et 7)'
		]);
		expect(decode('n=abc').view.classes).toBe(5);
		// Number() reads these as 6: the link was rewritten « n=6 » without a word.
		for (const raw of ['0x6', '6e0', '6.']) {
			const odd = decode(`n=${raw}`);
			expect(odd.view.classes, raw).toBe(5);
			expect(odd.notes.map(noteText), raw).toEqual([
				`Paramètre ignoré : n=${raw} (nombre de classes entre 3 et 7)`
			]);
		}
		expect(decode('n=6').view.classes).toBe(6);
		expect(decode('n=4.5').view.classes).toBe(5);
		expect(decode('n=').view.classes).toBe(5);
	});

	it('never takes a prototype key for a classification method', () => {
		for (const m of ['__proto__', 'toString', 'constructor', 'hasOwnProperty']) {
			const { view, notes } = decode(`classes=${m}`);
			expect(view.method, m).toBe('quantile');
			expect(notes).toHaveLength(1);
			expect(notes[0]!.param).toBe('classes');
		}
		// The note names the values a link may carry, with the page's own names for them.
		expect(decode('classes=999').notes.map(noteText)).toEqual([
			'Paramètre ignoré : classes=999 (méthode de classes\u00a0: «\u00a0quantile\u00a0» = Quantiles (effectifs égaux)\u00a0; «\u00a0jenks\u00a0» = Seuils naturels (Jenks)\u00a0; «\u00a0equal\u00a0» = Intervalles égaux)'
		]);
	});

	it('opens the commune a former code merged into, and says why', () => {
		const { view, notes } = decode('commune=30094');
		expect(view.commune).toBe('30329');
		expect(notes.map(noteText)).toEqual([
			'Paramètre remplacé : commune=30094 (Corbès a fusionné en 2025 dans Thoiras-Corbès (30329) : c’est cette commune qui est ouverte)'
		]);
	});

	it('ignores unknown values and parameters, one note each', () => {
		const { view, notes } = decode('indicateur=zzz&commune=99999&problemes=oui&x=1');
		expect(view).toEqual(d);
		expect(notes.map((n) => n.param)).toEqual(['indicateur', 'commune', 'problemes', 'x']);
		expect(notes[3]!.reason).toBe('paramètre inconnu');
	});

	it('names a commune of the département outside the territory, and opens no commune', () => {
		const { view, notes } = decode('commune=30189');
		expect(view.commune).toBeNull();
		expect(notes.map(noteText)).toEqual([
			'Paramètre ignoré : commune=30189 (Nîmes n’est pas dans le territoire de l’atlas : la carte s’ouvre sans commune choisie)'
		]);
	});

	it('takes « __proto__ » or « toString » for what they are: no commune, not a name', () => {
		for (const raw of ['__proto__', 'toString', 'constructor']) {
			const { view, notes } = decode(`commune=${raw}`);
			expect(view.commune).toBeNull();
			expect(notes).toHaveLength(1);
			// The notice named « [object Object] » and « function toString() { [native code] } ».
			expect(noteText(notes[0]!)).not.toMatch(/object|function|native/i);
			expect(noteText(notes[0]!)).toContain(`commune=${raw}`);
		}
	});

	it('reads the first of a parameter written twice, and says the other is left out', () => {
		const { view, notes } = decode('commune=30007&commune=30132&problemes=1&problemes=0');
		expect(view.commune).toBe('30007');
		expect(view.problems).toBe(true);
		expect(notes.map(noteText)).toEqual([
			'Paramètre ignoré : commune=30132 (paramètre en double : seule la première valeur, « 30007 », est lue)',
			'Paramètre ignoré : problemes=0 (paramètre en double : seule la première valeur, « 1 », est lue)'
		]);
	});

	it('says once a parameter written many times, naming the value read, and not the same value again', () => {
		// Both values unknown: the note names the first as the one read, and it has its own note.
		const twice = decode('indicateur=toString&indicateur=constructor');
		expect(twice.notes.map(noteText)).toEqual([
			'Paramètre ignoré : indicateur=constructor (paramètre en double : seule la première valeur, « toString », est lue)',
			'Paramètre ignoré : indicateur=toString (indicateur inconnu du catalogue)'
		]);
		const many = decode(
			`commune=30007&${Array.from({ length: 500 }, (_, i) => `commune=x${i}`).join('&')}`
		);
		expect(many.notes.map(noteText)).toEqual([
			'Dans commune, ignoré : autres valeurs « x0 », « x1 », « x2 » et 497 autres : seule la première valeur, « 30007 », est lue'
		]);
		expect(decode('commune=30007&commune=30007').notes).toEqual([]);
	});
});

describe('lisse=1 on an indicator that is not smoothed', () => {
	const smoothable = (id: string) => isSmoothable(indicators.find((i) => i.id === id)!);
	const read = (q: string) => withSmoothingChecked(decode(q), smoothable);
	it('is named and dropped when the rate was published without its counts (Filosofi)', () => {
		const { view, notes } = read('indicateur=taux_pauvrete_2021&lisse=1');
		expect(view.smooth).toBe(false);
		expect(notes.map(noteText)).toEqual([
			'Paramètre ignoré : lisse=1 (seul un taux calculé à partir d’effectifs se lisse : la carte montre les valeurs publiées)'
		]);
	});
	it('is kept, without a word, on a rate computed from counts', () => {
		expect(read('indicateur=part_15_29&lisse=1')).toEqual({
			view: { ...d, indicator: 'part_15_29', smooth: true },
			notes: []
		});
	});
});

describe('mapFileName', () => {
	it('names the indicator, then the classes and the smoothing when they are not the default', () => {
		expect(mapFileName(defaultCarteView('part_15_29'))).toBe('carte-part_15_29');
		expect(mapFileName({ ...defaultCarteView('part_15_29'), method: 'jenks', classes: 7 })).toBe(
			'carte-part_15_29-jenks-7'
		);
		expect(mapFileName({ ...defaultCarteView('part_15_29'), classes: 4, smooth: true })).toBe(
			'carte-part_15_29-quantile-4-lisse'
		);
	});
});
