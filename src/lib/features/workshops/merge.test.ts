import { describe, expect, it } from 'vitest';
import { markDeleted, markRestored, purgeable, toProblem, type StoredProblem } from './conflict';
import { mergeProblems } from './merge';
import type { Problem } from './model';

const T0 = '2025-03-14T10:00:00.000Z';
const T1 = '2025-03-15T10:00:00.000Z';
const T2 = '2025-03-16T10:00:00.000Z';

const problem = (id: string, patch: Partial<Problem> = {}): Problem => ({
	id,
	forum: { date: '2025-03-14', lieu: 'Alès', numero: 1 },
	theme: 'jeunesse',
	subjects: [],
	publics: [],
	communes: ['30007'],
	wholeTerritory: false,
	description: `Problématique ${id}`,
	weight: 1,
	raisedBy: null,
	status: 'nouvelle',
	createdAt: T0,
	updatedAt: T0,
	example: false,
	...patch
});

describe('mergeProblems', () => {
	it('adds new ids, ignores identical ones, updates records never edited here', () => {
		const existing = [problem('a'), problem('b')];
		const incoming = [
			problem('a', { createdAt: T1, updatedAt: T1 }),
			problem('b', { weight: 5, createdAt: T1, updatedAt: T1 }),
			problem('c')
		];
		const r = mergeProblems(existing, incoming);
		expect(r.added.map((p) => p.id)).toEqual(['c']);
		expect(r.unchanged.map((p) => p.id)).toEqual(['a']);
		// The update keeps the original creation date.
		expect(r.updated).toEqual([problem('b', { weight: 5, updatedAt: T1 })]);
		// With the stored version it replaces, for the report.
		expect(r.replaced).toEqual([problem('b')]);
		expect(r.merged.map((p) => [p.id, p.weight])).toEqual([
			['a', 1],
			['b', 5],
			['c', 1]
		]);
		expect(r.conflicts).toEqual([]);
	});

	it('never overwrites a record edited here: the pair is reported as a conflict', () => {
		const mine = problem('a', { status: 'retenue', updatedAt: T1 });
		const file = problem('a', { createdAt: T2, updatedAt: T2 });
		const r = mergeProblems([mine], [file]);
		expect(r.merged).toEqual([mine]);
		expect(r.conflicts).toEqual([{ existing: mine, incoming: file }]);
	});

	it('takes the file’s version of a record edited here when the file was made from it', () => {
		// Edited in the atlas at T1, exported, its weight changed in a spreadsheet (« Créé le »
		// T0 and « Modifié le » T1 kept by the file): the spreadsheet's edit wins.
		const mine = problem('a', { status: 'retenue', updatedAt: T1 });
		const file = problem('a', { status: 'retenue', weight: 7, updatedAt: T1 });
		const r = mergeProblems([mine], [file]);
		expect(r.updated).toEqual([file]);
		expect(r.replaced).toEqual([mine]);
		expect(r.conflicts).toEqual([]);
		// Edited again here after the export (T2): the file's version is older, a conflict.
		const again = { ...mine, weight: 3, updatedAt: T2 };
		expect(mergeProblems([again], [file]).conflicts).toEqual([{ existing: again, incoming: file }]);
	});

	it('keeps the stored record when the file holds an older version', () => {
		const stored = problem('a', { createdAt: T2, updatedAt: T2 });
		const older = problem('a', { weight: 3, createdAt: T1, updatedAt: T1 });
		expect(mergeProblems([stored], [older]).merged).toEqual([stored]);
	});
});

const stored = (revision: number, patch: Partial<Problem> = {}): StoredProblem => ({
	...problem('a', patch),
	revision,
	deletedAt: null
});

describe('soft deletion', () => {
	it('marks, restores and purges after the undo window', () => {
		const deleted = markDeleted(stored(2), T1);
		expect(deleted).toMatchObject({ deletedAt: T1, updatedAt: T1, revision: 3 });
		expect(markRestored(deleted, T2)).toMatchObject({
			deletedAt: null,
			updatedAt: T2,
			revision: 4
		});
		expect(purgeable([deleted, stored(1)], T2)).toEqual(['a']);
		expect(purgeable([deleted], T0)).toEqual([]);
		expect(toProblem(deleted)).toEqual(problem('a', { updatedAt: T1 }));
	});
});

describe('importing a backup that holds problems deleted since', () => {
	// « b » was deleted at T2 (its deletion bumped updatedAt to T2); the backup, made at T1,
	// still holds it as it was created (updatedAt T0). « a » is visible and unchanged.
	const a = problem('a');
	const bDeleted = problem('b', { updatedAt: T2 });
	const backup = [problem('a'), problem('b')];
	const deleted = new Set(['b']);

	it('restores the deleted problem, as it was when deleted, instead of « déjà présente »', () => {
		const r = mergeProblems([a, bDeleted], backup, { deleted });
		expect(r.restored).toEqual([bDeleted]);
		expect(r.unchanged).toEqual([a]);
		expect([r.added, r.updated, r.conflicts, r.keptDeleted]).toEqual([[], [], [], []]);
	});

	it('leaves it deleted when the user chose not to restore, and says so', () => {
		const r = mergeProblems([a, bDeleted], [...backup, problem('b')], { deleted, restore: false });
		expect(r.keptDeleted).toEqual([bDeleted]);
		expect([r.restored, r.unchanged.map((p) => p.id)]).toEqual([[], ['a']]);
	});

	it('restores the version deleted here and reports the differing file version', () => {
		const file = problem('b', { weight: 4, updatedAt: T1 });
		const r = mergeProblems([a, bDeleted], [file], { deleted });
		expect(r.restored).toEqual([bDeleted]);
		expect(r.conflicts).toEqual([{ existing: bDeleted, incoming: file }]);
	});
});
