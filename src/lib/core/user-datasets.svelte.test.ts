/**
 * The imported datasets in the app core, on a Node DuckDB with the shipped data and an in-memory
 * store: saved once, shown after a « reload » without starting the engine, recomputed when the
 * atlas data changed, and nothing changed when the store refuses the write.
 * Hand computation: Alès has 2 associations for 45 025 inhabitants (rp22_pop) → 0,04442 ‰.
 */
import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AtlasData } from '$lib/data/static-data';
import type { Engine } from '$lib/data/duckdb';
import type { Snapshot } from '$lib/indicators/types';
import { memoryDatasetStore, type DatasetStore } from '$lib/features/datasets/store';
import { nodeEngine, staticDb } from '../../../tests/helpers/static-engine';
import { AppCore } from './app-core.svelte';
import { storedDataset } from '../../../tests/fixtures/datasets/stored';

const ds = storedDataset();

let engine: Engine;
beforeAll(async () => {
	engine = nodeEngine((await staticDb()).conn);
});

const shipped = JSON.parse(fs.readFileSync('static/data/snapshot.json', 'utf8')) as Snapshot;
const snapshot = (generatedAt: string): Snapshot => ({
	generatedAt,
	indicators: { ...shipped.indicators }
});

/** A core over `store`, counting engine starts; `generatedAt` stands for the atlas data version. */
function core(store: DatasetStore, generatedAt = 'v1') {
	const calls = { engine: 0 };
	const data = { snapshot: snapshot(generatedAt) } as unknown as AtlasData;
	const c = new AppCore({
		data: async () => data,
		engine: async () => {
			calls.engine++;
			return engine;
		},
		datasets: async () => store
	});
	return { c, calls, data };
}

describe('imported datasets in the app core', () => {
	it('saves, then shows them after a reload without starting the engine', async () => {
		const store = memoryDatasetStore();
		const first = core(store);
		await first.c.data();
		expect(first.calls.engine).toBe(0); // nothing stored: the engine is not started for it
		await first.c.datasets.save(ds);
		expect(first.c.catalogue.byId('u_assos')?.label).toBe(
			'Associations (exemple fictif) · données importées'
		);
		expect(first.data.snapshot.indicators.u_assos?.values['30007']).toBeCloseTo(0.04442, 5);

		const reload = core(store);
		// Not read yet: no list may say « none » (DatasetList).
		expect(reload.c.datasets.loaded).toBe(false);
		await reload.c.data();
		expect(reload.c.datasets.loaded).toBe(true);
		expect(reload.calls.engine).toBe(0);
		expect(reload.c.catalogue.byId('u_assos')).toBeDefined();
		expect(reload.data.snapshot.indicators.u_assos?.values['30007']).toBeCloseTo(0.04442, 5);

		// Newer atlas data: the values are computed again by the engine.
		const newer = core(store, 'v2');
		await newer.c.data();
		expect(newer.calls.engine).toBe(1);
		expect(newer.data.snapshot.indicators.u_assos?.values['30007']).toBeCloseTo(0.04442, 5);
	});

	it('a refused write leaves the catalogue and the snapshot as they were', async () => {
		const full: DatasetStore = {
			...memoryDatasetStore(),
			add: async () => {
				throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
			}
		};
		const { c, data } = core(full);
		await c.data();
		await expect(c.datasets.save({ ...ds, id: 'u_plein' })).rejects.toThrow('quota');
		expect(c.catalogue.byId('u_plein')).toBeUndefined();
		expect(data.snapshot.indicators.u_plein).toBeUndefined();
		expect(c.datasets.list).toEqual([]);
	});

	it('removal takes the indicator out of every list', async () => {
		const store = memoryDatasetStore();
		const { c, data } = core(store);
		await c.data();
		await c.datasets.save({ ...ds, id: 'u_retire' });
		await c.datasets.remove('u_retire');
		expect(c.catalogue.byId('u_retire')).toBeUndefined();
		expect(data.snapshot.indicators.u_retire).toBeUndefined();
		expect((await store.read()).datasets).toEqual([]);
	});

	it('a save is said in the other tabs, never as « another tab » in the tab that saved', async () => {
		const store = memoryDatasetStore();
		const here = core(store);
		const there = core(store);
		await here.c.data();
		await there.c.data();
		const stopHere = here.c.datasets.listen();
		const stopThere = there.c.datasets.listen();
		await here.c.datasets.save({ ...ds, id: 'u_onglet' });
		// BroadcastChannel delivers asynchronously: wait for the other tab to hear it.
		await expect.poll(() => there.c.datasets.otherTab).toContain('dans un autre onglet');
		expect(here.c.datasets.otherTab).toBe('');
		stopHere();
		stopThere();
	});

	it('a store that cannot be read is said, and counts as read (no endless « Lecture… »)', async () => {
		const broken: DatasetStore = {
			...memoryDatasetStore(),
			read: async () => {
				throw Object.assign(new Error('bloqué'), { name: 'SecurityError' });
			}
		};
		const { c } = core(broken);
		await c.data();
		expect(c.datasets.loaded).toBe(true);
		expect(c.datasets.error).toContain('Vos jeux de données importés n’ont pas pu être lus');
		expect(c.datasets.list).toEqual([]);
	});

	it('a stored dataset whose theme this atlas lacks is said, and the pages still load', async () => {
		const store = memoryDatasetStore({
			u_autre: { ...ds, id: 'u_autre', description: { ...ds.description, theme: 'x_transversal' } }
		});
		const { c, data } = core(store);
		await expect(c.data()).resolves.toBe(data);
		expect(c.catalogue.byId('u_autre')).toBeUndefined();
		expect(c.datasets.error).toContain('Thème inconnu : « x_transversal »');
	});
});
