import { describe, expect, it } from 'vitest';
import type { Engine } from '$lib/data/duckdb';
import type { UserSqlConnector } from '$lib/data/user-sql';
import type { AtlasData } from '$lib/data/static-data';
import type { Indicator } from '$lib/indicators/types';
import { AppCore } from './app-core.svelte';
import { CatalogueError } from './catalogue-registry.svelte';

/** The fake engine's user-SQL connector (only its identity matters here). */
const fakeUserSql = { maxRows: 10 } as unknown as UserSqlConnector;

/** A fake connector and data source that count how often they are asked. */
function fakeLoaders(failFirst = false) {
	const calls = { data: 0, engine: 0 };
	return {
		calls,
		loaders: {
			data: async () => {
				calls.data++;
				if (failFirst && calls.data === 1) throw new Error('réseau coupé');
				return { names: { '30007': 'Alès' } } as unknown as AtlasData;
			},
			engine: async () => {
				calls.engine++;
				return { query: async () => [], userSql: async () => fakeUserSql } as unknown as Engine;
			}
		}
	};
}

const userIndicator: Indicator = {
	id: 'associations_pour_1000',
	label: 'Associations pour 1 000 habitants',
	definition: 'Exemple fictif pour le test.',
	theme: 'vie_associative',
	unit: 'pour 1 000 habitants',
	digits: 1,
	formula: { kind: 'value', column: 'associations', aggregate: { kind: 'none', reason: 'test' } },
	sources: [],
	polarity: 0
};

describe('AppCore', () => {
	it('loads the data once for every page that asks', async () => {
		const { calls, loaders } = fakeLoaders();
		const core = new AppCore(loaders);
		const [a, b] = await Promise.all([core.data(), core.data()]);
		await core.data();
		expect(a).toBe(b);
		expect(calls.data).toBe(1);
	});

	it('retries the data after a failed load instead of keeping the failure', async () => {
		const { calls, loaders } = fakeLoaders(true);
		const core = new AppCore(loaders);
		await expect(core.data()).rejects.toThrow('réseau coupé');
		await expect(core.data()).resolves.toHaveProperty('names');
		expect(calls.data).toBe(2);
	});

	it('starts the engine once, only when asked', async () => {
		const { calls, loaders } = fakeLoaders();
		const core = new AppCore(loaders);
		expect(calls.engine).toBe(0);
		await Promise.all([core.engine(), core.engine()]);
		expect(calls.engine).toBe(1);
	});

	it("hands out the engine's user-SQL connector, on the one engine", async () => {
		const { calls, loaders } = fakeLoaders();
		const core = new AppCore(loaders);
		await expect(core.userSql()).resolves.toBe(fakeUserSql);
		await core.engine();
		expect(calls.engine).toBe(1);
	});
});

describe('CatalogueRegistry', () => {
	it('holds the built-in indicators and themes as data', () => {
		const { catalogue } = new AppCore(fakeLoaders().loaders);
		expect(catalogue.byId('chomage_15_24')?.label).toBe('Taux de chômage des 15-24 ans');
		expect(catalogue.themeLabel('vie_associative')).toBe('Vie associative');
		// Vie associative has no open-data indicator: the registry says what is missing.
		expect(
			catalogue.themes.find((t) => t.id === 'vie_associative')?.missing.length
		).toBeGreaterThan(0);
	});

	it('adds an indicator at run time, seen by every reader, and removes it', () => {
		const { catalogue } = new AppCore(fakeLoaders().loaders);
		const before = catalogue.indicators.length;
		catalogue.add(userIndicator);
		expect(catalogue.indicators).toHaveLength(before + 1);
		expect(catalogue.byId('associations_pour_1000')).toBe(userIndicator);
		catalogue.remove('associations_pour_1000');
		expect(catalogue.indicators).toHaveLength(before);
	});

	it('refuses a taken id, a malformed id and an unknown theme, in French, by field', () => {
		const { catalogue } = new AppCore(fakeLoaders().loaders);
		const attempt = (i: Indicator) => {
			try {
				catalogue.add(i);
				return null;
			} catch (e) {
				return e instanceof CatalogueError ? [e.field, e.message] : ['?', String(e)];
			}
		};
		expect(attempt({ ...userIndicator, id: 'chomage_15_24' })).toEqual([
			'id',
			'Un indicateur « chomage_15_24 » existe déjà.'
		]);
		expect(attempt({ ...userIndicator, id: 'Évil"; DROP' })?.[0]).toBe('id');
		expect(attempt({ ...userIndicator, theme: 'inconnu' as Indicator['theme'] })).toEqual([
			'theme',
			'Thème inconnu : « inconnu ».'
		]);
	});
});
