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

	it('reads back the communes a file could not give, and their reason, as written', async () => {
		const aggregate = {
			value: null,
			numerator: null,
			denominator: null,
			missing: 'rejete',
			covered: 0,
			total: 71
		};
		const withRefused = {
			...ds,
			refused: ['30132'],
			computed: {
				basis: '2026-12-06',
				values: {
					values: { '30132': null },
					counts: { '30132': [null, null] },
					missing: { '30132': 'rejete' },
					territory: aggregate,
					departement: { ...aggregate, total: 350 }
				}
			}
		};
		const r = await memoryDatasetStore({ u_assos: withRefused }).read();
		expect(r.damaged).toEqual([]);
		expect(r.datasets[0]!.refused).toEqual(['30132']);
		expect(r.datasets[0]!.computed?.values.missing['30132']).toBe('rejete');
		// A refused list that is not commune codes is damage, said, not read.
		const bad = await memoryDatasetStore({ u_assos: { ...ds, refused: ['Alès'] } }).read();
		expect(bad.damaged[0]!.reason).toContain('refused');
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
