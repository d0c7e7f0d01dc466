/** The dataset store's rules, on the in-memory store (the browser's follows the same ones). */
import { describe, expect, it } from 'vitest';
import { memoryDatasetStore } from './store';
import { storedDataset } from '../../../../tests/fixtures/datasets/stored';

const ds = storedDataset({
	fileName: 'rna.csv',
	settings: { ...storedDataset().settings, measure: { kind: 'count', per: null } }
});

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
