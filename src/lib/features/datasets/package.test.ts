import { describe, expect, it } from 'vitest';
import { datasetPackage, readPackage } from './package';
import { storedDataset } from '../../../../tests/fixtures/datasets/stored';

const ds = storedDataset({ fileName: 'rna.csv' });

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
