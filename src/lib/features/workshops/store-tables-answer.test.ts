import { tableFromIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { fakeStore } from '../../../../tests/fixtures/workshops/batched-store';
import { answerTables } from './store-tables-answer';
import type { TablesReply } from './store-tables';
import { StorageError } from './storage-errors';

describe('the store reader worker (its answers, without a worker)', () => {
	it('reads the store checked into Arrow tables, then sends the problems in slices', async () => {
		const { store, tidied, closed } = fakeStore();
		const replies: TablesReply[] = [];
		const transfers: number[] = [];
		const answer = answerTables(
			(reply, transfer = []) => (replies.push(reply), transfers.push(transfer.length)),
			async () => store,
			2
		);
		await answer({ kind: 'read' });
		const [first] = replies;
		if (first?.kind !== 'tables') throw new Error(`réponse inattendue : ${first?.kind}`);
		// Visible and readable: a, b (theme made current), e; c is deleted, d set aside.
		expect(first.count).toBe(3);
		const problems = tableFromIPC(first.tables.problems);
		expect(problems.getChild('id')!.toArray()).toEqual(['a', 'b', 'e']);
		expect(problems.getChild('theme')!.toArray()).toEqual([
			'jeunesse',
			'petite_enfance',
			'jeunesse'
		]);
		// Each problem names one commune (30007) and one subject (mobilite): 3 × 2 links.
		expect(tableFromIPC(first.tables.problem_links).numRows).toBe(6);
		expect(transfers[0]).toBe(2); // both buffers moved, not copied
		expect(first.notice).toContain('1 enregistrement du stockage du navigateur est illisible');
		expect(tidied).toEqual([{ ids: ['b', 'c'], before: '' }]);
		expect(closed()).toBe(1);
		await answer({ kind: 'problems' });
		// Slices of 2: [a, b], [e], then the end.
		expect(
			replies.slice(1).map((r) => (r.kind === 'slice' ? r.problems.map((p) => p.id) : r.kind))
		).toEqual([['a', 'b'], ['e'], 'end']);
	});

	it('answers a store that cannot be opened with its French message', async () => {
		const replies: TablesReply[] = [];
		const answer = answerTables(
			(reply) => replies.push(reply),
			async () => {
				throw new StorageError('Le stockage de ce navigateur est plein.', 'QuotaExceededError');
			}
		);
		await answer({ kind: 'read' });
		expect(replies).toEqual([
			{ kind: 'error', message: 'Le stockage de ce navigateur est plein.' }
		]);
	});
});
