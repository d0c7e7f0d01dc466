import { describe, expect, it } from 'vitest';
import { keyItems } from './key-items';
import type { CirclesNote } from './print-note';

const classes = { breaks: [0, 10, 20], colours: ['#ffffb2', '#bd0026'] };

describe('the compact key’s rows', () => {
	it('lists the classes short, then n.d., then the dashed outlines when there are any', () => {
		expect(keyItems({ digits: 1 }, classes, 0, null).map((r) => r.label)).toEqual([
			'0,0–10,0',
			'10,0–20,0',
			'n.d.'
		]);
		const rows = keyItems({ digits: 1 }, classes, 2, null);
		expect(rows.at(-1)).toMatchObject({ kind: 'dashed', label: 'petit effectif' });
		expect(rows.at(-1)?.title).toContain('(2 communes)');
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
		const rows = keyItems({ digits: 1 }, classes, 0, note);
		expect(rows.at(-1)).toMatchObject({ kind: 'disc', label: 'ateliers (exemple fictif)' });
		// No circle drawn: no row.
		expect(keyItems({ digits: 1 }, classes, 0, { ...note, communes: 0 })).toHaveLength(3);
		// Asked for, not counted yet: the row holds its place; counting failed: no row.
		const waiting = { ...note, communes: null, largest: null };
		expect(keyItems({ digits: 1 }, classes, 0, waiting).at(-1)).toMatchObject({
			kind: 'disc',
			label: 'ateliers : comptage…'
		});
		expect(keyItems({ digits: 1 }, classes, 0, { ...waiting, failed: true })).toHaveLength(3);
	});
});
