import { describe, expect, it } from 'vitest';
import { makeProblem } from '../../../../tests/fixtures/workshops/problem';
import type { StoredProblem } from './conflict';
import { planOnRead } from './import-plan';

const stored = (id: string, patch: Partial<StoredProblem> = {}): StoredProblem => ({
	...makeProblem(id),
	revision: 3,
	deletedAt: null,
	...patch
});
const LATER = '2025-04-01T10:00:00.000Z';

describe('the import review’s forecast, on the records the page has read', () => {
	// Stored: « a » never edited, « b » edited in the atlas, « c » deleted, « d » unreadable.
	// The file: « a » with weight 2 (an update), « b » with weight 2 (a conflict: edited here),
	// (its « Modifié le » is not the stored one: not an export of it edited in a spreadsheet),
	// « c » as it was (restored), « d » (blocked: its record is set aside), « e » (added), and
	// « f » exactly as stored (unchanged).
	const visible = [
		stored('a'),
		stored('b', { updatedAt: LATER, weight: 4 }),
		stored('f'),
		stored('z')
	];
	const deleted = [stored('c', { deletedAt: LATER })];
	const file = [
		makeProblem('a', { weight: 2, updatedAt: LATER }),
		makeProblem('b', { weight: 2, updatedAt: '2025-05-01T10:00:00.000Z' }),
		makeProblem('c'),
		makeProblem('d'),
		makeProblem('e'),
		makeProblem('f')
	];

	it('counts what « Importer » will do, by the store’s rule', () => {
		const plan = planOnRead(file, [visible, deleted], ['d'], true);
		const ids = (list: readonly { id: string }[]) => list.map((p) => p.id);
		expect(ids(plan.added)).toEqual(['e']);
		expect(ids(plan.updated)).toEqual(['a']);
		expect(ids(plan.replaced)).toEqual(['a']);
		expect(plan.replaced[0]!.weight).toBe(1);
		expect(plan.conflicts.map((c) => [c.existing.weight, c.incoming.weight])).toEqual([[4, 2]]);
		expect(ids(plan.unchanged)).toEqual(['f']);
		expect(ids(plan.restored)).toEqual(['c']);
		expect(ids(plan.blocked)).toEqual(['d']);
		// The records it would write: the next revision of each stored one, 1 for a new one.
		expect(plan.records.map((r) => [r.id, r.revision, r.deletedAt])).toEqual([
			['e', 1, null],
			['a', 4, null],
			['c', 4, null]
		]);
	});

	it('leaves a deleted problem deleted when the user says so', () => {
		const plan = planOnRead(file, [visible, deleted], ['d'], false);
		expect(plan.restored).toEqual([]);
		expect(plan.keptDeleted.map((p) => p.id)).toEqual(['c']);
		expect(plan.records.map((r) => r.id)).toEqual(['e', 'a']);
	});
});
