import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeProblem } from '../../../../tests/fixtures/workshops/problem';
import type { StoredProblem } from './conflict';
import { currentProblems } from './current';
import type { ProblemStore } from './store-api';
import { checkStoredRecords } from './stored-record';

/** The theme id an earlier version stored (not a current `ThemeId`). */
const OLD_THEME = 'petite_enfance_enfance' as StoredProblem['theme'];

const stored = (id: string, patch: Partial<StoredProblem> = {}): StoredProblem => ({
	...makeProblem(id),
	revision: 1,
	deletedAt: null,
	...patch
});

/**
 * A store of five records read in two batches: a (current theme), b (old theme id), c (deleted,
 * old theme id), then d (unreadable: no deletedAt) and e. `tidy` records what it is given.
 */
function fakeStore() {
	const tidied: { ids: string[]; before: string }[] = [];
	const batches = [
		[stored('a'), stored('b', { theme: OLD_THEME })],
		[
			stored('c', { theme: OLD_THEME, deletedAt: '2026-11-30T10:00:00.000Z' }),
			{ ...stored('d'), deletedAt: undefined },
			stored('e')
		]
	];
	let invalid = 0;
	const store = {
		notice: '',
		customEntries: async () => [],
		async readInBatches(onBatch) {
			let done = 0;
			for (const raws of batches) {
				const checked = checkStoredRecords(raws);
				invalid += checked.invalid.length;
				done += raws.length;
				onBatch(checked, done, 5);
			}
			return done;
		},
		invalid: () => Array.from({ length: invalid }),
		async tidy(valid, before) {
			tidied.push({ ids: valid.map((r) => r.id), before });
			return { migrated: valid.map((r) => r.id), purged: [] };
		},
		close() {}
	} as Partial<ProblemStore> as ProblemStore;
	return { store, tidied };
}

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
