/** The dataset store's rules, on the in-memory store (the browser's follows the same ones). */
import { describe, expect, it } from 'vitest';
import { memoryDatasetStore } from './store';
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
		measure: { kind: 'count', per: null }
	},
	description: {
		label: 'Associations (exemple fictif)',
		unit: 'associations',
		theme: 'vie_associative',
		polarity: -1,
		producer: 'exemple fictif',
		year: '2025',
		definition: '',
		caveat: '',
		digits: 0
	},
	counts: { n: { '30007': 2 }, d: {} },
	secret: [],
	table: { headers: ['commune'], rows: [{ code: '30007', cells: ['Alès'] }] },
	report: []
};

describe('the dataset store', () => {
	it('keeps a valid record and reports a damaged one without erasing it', async () => {
		const store = memoryDatasetStore({
			u_assos: ds,
			u_casse: { ...ds, id: 'u_casse', counts: { n: { '30007': 'deux' }, d: {} } },
			u_autre: { ...ds, id: 'u_autre_id' }
		});
		const r = await store.read();
		expect(r.datasets.map((d) => d.id)).toEqual(['u_assos']);
		expect(r.damaged).toEqual([
			{ key: 'u_casse', reason: 'contenu non conforme (champ « counts.n.30007 »)' },
			{ key: 'u_autre', reason: 'identifiant incohérent' }
		]);
		// Still there on the next read: nothing was erased.
		expect((await store.read()).damaged).toHaveLength(2);
	});

	it('never overwrites a dataset of the same id unless asked to replace it', async () => {
		const store = memoryDatasetStore({ u_assos: ds });
		await expect(store.add({ ...ds, fileName: 'autre.csv' })).rejects.toThrow(
			'est déjà enregistré dans ce navigateur'
		);
		expect((await store.read()).datasets[0]!.fileName).toBe('rna.csv');
		await store.replace({ ...ds, fileName: 'autre.csv' });
		expect((await store.read()).datasets[0]!.fileName).toBe('autre.csv');
	});
});
