import { describe, expect, it } from 'vitest';
import { decodeView, encodeView, noteText } from '$lib/view/codec';
import { croisementsFields, defaultCroisementsView } from './view';

const fields = croisementsFields({
	indicators: ['chomage_15_24', 'part_15_29'],
	workshopThemes: ['petite_enfance', 'jeunesse', 'vie_associative']
});
const d = defaultCroisementsView('chomage_15_24');
const decode = (q: string) => decodeView(new URLSearchParams(q), fields, d);

describe('crossing view ⇄ URL', () => {
	it('writes nothing for the default', () => {
		expect(encodeView(d, fields, d)).toBe('');
		expect(d.statuses).toEqual(['nouvelle', 'retenue']);
	});

	it('round-trips indicator, workshop theme, statuses and small counts', () => {
		const v = {
			indicator: 'part_15_29',
			workshopTheme: 'jeunesse',
			statuses: ['retenue' as const],
			hideSmall: true
		};
		const q = encodeView(v, fields, d);
		expect(q).toBe('indicateur=part_15_29&atelier=jeunesse&statuts=retenue&petits=1');
		expect(decode(q)).toEqual({ view: v, notes: [] });
	});

	it('falls back field by field', () => {
		const { view, notes } = decode('indicateur=population_2022&atelier=__proto__&petits=1');
		expect(view).toEqual({ ...d, hideSmall: true });
		expect(notes.map((n) => n.param)).toEqual(['indicateur', 'atelier']);
		expect(notes[1]?.reason).toBe('thème d’atelier inconnu');
	});

	it('counts a status written twice once, and says so, as an unknown one', () => {
		const { view, notes } = decode('statuts=retenue,retenue,foo');
		expect(view.statuses).toEqual(['retenue']);
		expect(notes.map(noteText)).toEqual([
			'Dans statuts, ignoré : « foo » inconnu : statuts : nouvelle, retenue, ecartee',
			'Dans statuts, ignoré : « retenue » figure deux fois'
		]);
		// An unknown word written 400 times is said once.
		const many = decode(`statuts=retenue,${Array(400).fill('foo').join(',')}`);
		expect(many.notes.map(noteText)).toEqual([
			'Dans statuts, ignoré : « foo » inconnu : statuts : nouvelle, retenue, ecartee'
		]);
	});

	it('keeps a theme the user added (its list is read after the URL)', () => {
		expect(decode('atelier=x_transversal')).toEqual({
			view: { ...d, workshopTheme: 'x_transversal' },
			notes: []
		});
	});

	it('opens a link with the old workshop theme id on the same theme, and says so', () => {
		const { view, notes } = decode('atelier=petite_enfance_enfance');
		expect(view).toEqual({ ...d, workshopTheme: 'petite_enfance' });
		expect(notes).toEqual([
			{
				param: 'atelier',
				value: 'petite_enfance_enfance',
				kind: 'replaced',
				reason: 'ancien identifiant de thème : « petite_enfance » est utilisé'
			}
		]);
	});
});
