import { describe, expect, it } from 'vitest';
import { indicatorById } from '$lib/indicators/catalogue';
import { keyItems, UNCOUNTED_ROW } from './key-items';
import type { CirclesNote } from './print-note';

const classes = { breaks: [0, 10, 20], colours: ['#ffffb2', '#bd0026'] };
/** A rate with its counts (one decimal): the youth unemployment rate. */
const counted = indicatorById('chomage_15_24')!;

describe('the compact key’s rows', () => {
	it('lists the classes short, then n.d., then the dashed outlines when there are any', () => {
		expect(keyItems(counted, classes, 0, null).map((r) => r.label)).toEqual([
			'0,0–10,0',
			'10,0–20,0',
			'n.d.'
		]);
		const rows = keyItems(counted, classes, 2, null);
		expect(rows.at(-1)).toMatchObject({ kind: 'dashed', label: 'petit effectif' });
		expect(rows.at(-1)?.title).toContain('(2 communes)');
	});

	it('says how many birth rates rest on fewer than 20 births', () => {
		const births = indicatorById('naissances_pour_1000')!;
		const rows = keyItems(births, classes, 0, null, 58);
		expect(rows.at(-1)).toMatchObject({
			kind: 'note',
			label: '58 communes sous 20 naissances : prudence',
			title: 'Taux calculé sur moins de 20 naissances, à lire avec prudence (58 communes)'
		});
		expect(keyItems(births, classes, 0, null, 1).at(-1)?.label).toBe(
			'1 commune sous 20 naissances : prudence'
		);
		expect(keyItems(births, classes, 0, null).at(-1)?.label).toBe('n.d.');
	});

	it('names the workshops’ circles, and says « exemple fictif » when they are the example', () => {
		const note: CirclesNote = {
			communes: 3,
			failed: false,
			largest: { name: 'Alès', weight: 12 },
			whole: 0,
			example: true,
			fictionalStored: 0,
			filters: ''
		};
		const rows = keyItems(counted, classes, 0, note);
		// The heaviest circle's weight is the key's scale (12, given above).
		expect(rows.at(-1)).toMatchObject({
			kind: 'disc',
			label: 'ateliers (exemple fictif) · plus grand cercle\u00a0: poids 12'
		});
		// The user's own problems, some marked « exemple fictif », the heaviest 1 200.
		const own = {
			...note,
			example: false,
			fictionalStored: 2,
			largest: { name: 'Alès', weight: 1200 }
		};
		expect(keyItems(counted, classes, 0, own).at(-1)?.label).toBe(
			'ateliers (dont 2 problématiques «\u00a0exemple fictif\u00a0») · plus grand cercle\u00a0: poids 1\u202f200'
		);
		// No circle drawn: no row.
		expect(keyItems(counted, classes, 0, { ...note, communes: 0 })).toHaveLength(3);
		// Asked for, not counted yet: the row holds its place; counting failed: no row.
		const waiting = { ...note, communes: null, largest: null };
		expect(keyItems(counted, classes, 0, waiting).at(-1)).toMatchObject({
			kind: 'disc',
			label: 'ateliers : comptage…'
		});
		expect(keyItems(counted, classes, 0, { ...waiting, failed: true })).toHaveLength(3);
	});

	it('says, for a rate published without its counts, why no outline can flag it', () => {
		// The poverty rate 2021 (Filosofi): a value column, no counts, no count that bounds them;
		// published in whole points, so its classes are too.
		const poverty = indicatorById('taux_pauvrete_2021')!;
		const rows = keyItems(poverty, classes, 0, null);
		expect(rows.map((r) => r.label)).toEqual([
			'0–10',
			'10–20',
			'n.d.',
			'taux publié sans ses effectifs : prudence pour les petites communes'
		]);
		expect(rows.at(-1)).toBe(UNCOUNTED_ROW);
		expect(keyItems(counted, classes, 0, null)).not.toContain(UNCOUNTED_ROW);
	});

	it('says, for the young people’s share, that the 15–29 year olds flag it', () => {
		// NEET 2018: no counts, but the commune's P22_POP1529 bounds its 15-24 year olds.
		const neet = indicatorById('jeunes_non_inseres_2018')!;
		const last = keyItems(neet, classes, 16, null).slice(-2);
		expect(last.map((r) => r.label)).toEqual([
			'petit effectif',
			'taux publié sans ses effectifs : pointillé sous 30 habitants de 15 à 29 ans'
		]);
		expect(last[1]!.title).toMatch(/moins de 30 habitants de 15 à 29 ans \(RP 2022\)/);
	});
});
