import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeStore } from '../../../../tests/fixtures/workshops/batched-store';
import { currentProblems } from './current';

afterEach(() => vi.unstubAllGlobals());

describe('currentProblems (the map pages read the store as /ateliers does)', () => {
	it('gives the visible problems batch by batch, old theme ids made current, and says what it did', async () => {
		vi.stubGlobal('fetch', async () => new Response('[]'));
		const { store, tidied } = fakeStore();
		const seen: string[][] = [];
		const current = await currentProblems(
			(batch) => seen.push(batch.map((p) => p.id)),
			async () => store
		);
		// Batch 1: a, b; batch 2: e (c is deleted, d unreadable and set aside).
		expect(seen).toEqual([['a', 'b'], ['e']]);
		expect(current.problems.map((p) => [p.id, p.theme])).toEqual([
			['a', 'jeunesse'],
			['b', 'petite_enfance'],
			['e', 'jeunesse']
		]);
		expect(current.example).toBe(false);
		// The old ids are written back (deleted one included), nothing purged ('' is before all).
		expect(tidied).toEqual([{ ids: ['b', 'c'], before: '' }]);
		expect(current.notice).toMatch(/^2 problématiques portaient un ancien identifiant de thème/);
		expect(current.notice).toContain('1 enregistrement du stockage du navigateur est illisible');
	});
});
