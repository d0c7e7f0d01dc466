import { describe, expect, it } from 'vitest';
import { datasetPackage, readPackage } from './package';
import type { StoredDataset } from './model';

const ds: StoredDataset = {
	format: 'atlas-jeu-de-donnees',
	version: 1,
	id: 'u_assos',
	fileName: 'rna.csv',
	importedAt: '2026-11-30T10:00:00.000Z',
	settings: {
		shape: 'items',
		communeColumn: 'commune',
		coverage: 'territory',
		measure: { kind: 'count', per: 'habitants' }
	},
	description: {
		label: 'Associations (exemple fictif)',
		unit: 'pour 1 000 habitants',
		theme: 'vie_associative',
		polarity: -1,
		producer: 'exemple fictif',
		year: '2025',
		definition: '',
		caveat: '',
		digits: 2
	},
	counts: { n: { '30007': 2 }, d: {} },
	secret: [],
	table: { headers: ['commune'], rows: [{ code: '30007', cells: ['Alès'] }] },
	report: []
};

describe('dataset packages', () => {
	it('round-trip: a colleague gets the same dataset', () => {
		const p = datasetPackage(ds);
		expect(p.fileName).toBe('jeu-de-donnees-assos.json');
		expect(readPackage(p.text)).toEqual({ ok: true, dataset: ds });
	});

	it('refuses what is not a package, or a damaged one, and says why', () => {
		expect(readPackage('{"type":"FeatureCollection"}')).toMatchObject({
			ok: false,
			message: expect.stringContaining('n’est pas un paquet')
		});
		const damaged = JSON.stringify({ ...ds, counts: { n: { '30007': 'deux' }, d: {} } });
		expect(readPackage(damaged)).toMatchObject({
			ok: false,
			message: expect.stringContaining('champ « counts.n.30007 »')
		});
		expect(readPackage('{')).toMatchObject({
			ok: false,
			message: expect.stringContaining('illisible')
		});
	});
});
