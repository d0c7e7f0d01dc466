import { describe, expect, it } from 'vitest';
import { makeProblem } from '../../../../../tests/fixtures/workshops/problem';
import type { StoredProblem } from '../conflict';
import { restorableIn, splitByDeletion, withBatch, withWritten } from './restorable';

const deleted = (id: string, deletedAt = '2026-11-30T14:00:00.000Z'): StoredProblem => ({
	...makeProblem(id),
	revision: 2,
	deletedAt
});
const visible = (id: string, createdAt: string): StoredProblem => ({
	...makeProblem(id, { createdAt, updatedAt: createdAt }),
	revision: 1,
	deletedAt: null
});

describe('restorableIn (the count shown in the import review)', () => {
	it('lists the deleted problems the file holds, each once, in file order', () => {
		const trash = [deleted('b'), deleted('c'), deleted('z')];
		// File: a (visible or new), c, b, c again → c then b; z is not in the file.
		const file = ['a', 'c', 'b', 'c'].map((id) => makeProblem(id));
		expect(restorableIn(file, trash).map((r) => r.id)).toEqual(['c', 'b']);
		expect(restorableIn(file, [])).toEqual([]);
	});
});

describe('splitByDeletion (the list and « Problématiques supprimées »)', () => {
	it('puts the latest created first in the list, the latest deleted first in the trash', () => {
		const all = [
			visible('old', '2025-01-01T00:00:00.000Z'),
			deleted('d1', '2026-11-01T00:00:00.000Z'),
			visible('new', '2025-06-01T00:00:00.000Z'),
			deleted('d2', '2026-11-20T00:00:00.000Z')
		];
		const { visible: list, deleted: trash } = splitByDeletion(all);
		expect(list.map((r) => r.id)).toEqual(['new', 'old']);
		expect(trash.map((r) => r.id)).toEqual(['d2', 'd1']);
	});
});

describe('withWritten (an import joins the list without a new read of the store)', () => {
	it('gives what splitByDeletion of the whole store gives', () => {
		const before = [
			visible('a', '2025-01-03T00:00:00.000Z'),
			visible('b', '2025-01-01T00:00:00.000Z'),
			deleted('c', '2026-11-29T00:00:00.000Z')
		];
		// Written: a new problem between a and b, b updated, c restored (created last of all).
		const written = [
			visible('n', '2025-01-02T00:00:00.000Z'),
			{ ...visible('b', '2025-01-01T00:00:00.000Z'), revision: 2, weight: 5 },
			visible('c', '2025-01-04T00:00:00.000Z')
		];
		const next = withWritten(splitByDeletion(before), written);
		// Latest created first: c (01-04), a (01-03), n (01-02), b (01-01); nothing deleted now.
		expect(next.visible.map((r) => r.id)).toEqual(['c', 'a', 'n', 'b']);
		expect(next.visible[3]!.weight).toBe(5);
		expect(next.deleted).toEqual([]);
		const stored = [before[0]!, ...written];
		expect(next).toEqual(splitByDeletion(stored));
	});
});

describe('withBatch (the store read batch by batch, never sorted whole)', () => {
	it('ends with the lists splitByDeletion gives, the batches coming in key order', () => {
		const batches = [
			[visible('a', '2025-02-01T00:00:00.000Z'), deleted('b', '2026-11-02T00:00:00.000Z')],
			[visible('c', '2025-03-01T00:00:00.000Z'), visible('d', '2025-01-01T00:00:00.000Z')],
			[deleted('e', '2026-11-03T00:00:00.000Z'), visible('f', '2025-02-15T00:00:00.000Z')]
		];
		const lists = batches.reduce(withBatch, { visible: [], deleted: [] });
		// Latest created first: c (03-01), f (02-15), a (02-01), d (01-01); deleted e (11-03), b (11-02).
		expect(lists.visible.map((r) => r.id)).toEqual(['c', 'f', 'a', 'd']);
		expect(lists.deleted.map((r) => r.id)).toEqual(['e', 'b']);
		expect(lists).toEqual(splitByDeletion(batches.flat()));
	});

	it('keeps the record read first ahead when two were created at the same moment', () => {
		const same = '2025-04-01T00:00:00.000Z';
		const lists = [[visible('x', same)], [visible('y', same)]].reduce(withBatch, {
			visible: [],
			deleted: []
		});
		expect(lists.visible.map((r) => r.id)).toEqual(['x', 'y']);
	});
});
