import { describe, expect, it } from 'vitest';
import { makeProblem } from '../../../../../tests/fixtures/workshops/problem';
import type { StoredProblem } from '../conflict';
import { restorableIn } from './restorable';

const deleted = (id: string): StoredProblem => ({
	...makeProblem(id),
	revision: 2,
	deletedAt: '2026-11-30T14:00:00.000Z'
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
