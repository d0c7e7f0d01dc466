import { tableFromIPC } from 'apache-arrow';
import { describe, expect, it, vi } from 'vitest';
import { fakeStore, stored } from '../../../../tests/fixtures/workshops/batched-store';
import { makeProblem } from '../../../../tests/fixtures/workshops/problem';
import { problemsToArrowIPC } from './arrow';
import { buildEntry } from './journal-entries';
import { answerTables, COMPACT_AT } from './store-tables-answer';
import type { TablesIPC, TablesReply } from './store-tables';
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

	it('takes an up-to-date kept copy of the tables, and reads the store only for the problems', async () => {
		const copy = problemsToArrowIPC(['x', 'y', 'z'].map((id) => makeProblem(id)));
		const { store, reads } = fakeStore({
			fresh: { tables: copy, count: 3, notice: 'gardé', entries: [] },
			keep: async () => {
				throw new Error('rien à garder : la copie servait');
			}
		});
		const replies: TablesReply[] = [];
		const answer = answerTables(
			(reply) => replies.push(reply),
			async () => store,
			2
		);
		await answer({ kind: 'read' });
		expect(replies).toEqual([
			{
				kind: 'tables',
				tables: copy,
				count: 3,
				entries: [],
				notice: 'gardé',
				fromCopy: true
			}
		]);
		expect(reads()).toBe(0);
		await answer({ kind: 'problems' });
		expect(reads()).toBe(1);
		expect(
			replies.slice(1).map((r) => (r.kind === 'slice' ? r.problems.map((p) => p.id) : r.kind))
		).toEqual([['a', 'b'], ['e'], 'end']);
	});

	it('takes the copy with the journal written since, without reading the store', async () => {
		// The copy holds a and b (2 visible); since, at generation 8, b was deleted and c added.
		const copy = problemsToArrowIPC([makeProblem('a'), makeProblem('b')]);
		const entry = buildEntry(
			8,
			[stored('b', { deletedAt: '2026-12-01T10:00:00.000Z' }), stored('c')],
			['b', 'c']
		);
		const replies: TablesReply[] = [];
		const transfers: number[] = [];
		const { store, reads } = fakeStore({
			fresh: { tables: copy, count: 2, notice: '', entries: [entry] },
			keep: async () => true
		});
		await answerTables(
			(reply, transfer = []) => (replies.push(reply), transfers.push(transfer.length)),
			async () => store
		)({ kind: 'read' });
		expect(reads()).toBe(0);
		const sent = replies.at(-1);
		if (sent?.kind !== 'tables') throw new Error('pas de tables');
		expect(sent.fromCopy).toBe(true);
		expect(sent.count).toBe(2); // a and c
		// The copy's a, then the journal's c; b's row is gone, and so are its links.
		expect(tableFromIPC(sent.tables.problems).getChild('id')!.toArray()).toEqual(['a', 'c']);
		expect(
			new Set(tableFromIPC(sent.tables.problem_links).getChild('problem_id')!.toArray())
		).toEqual(new Set(['a', 'c']));
		// The two tables are moved, not copied.
		expect(transfers.at(-1)).toBe(2);
	});

	it('a journal entry damaged on disk (not Arrow): the store is read in full', async () => {
		const copy = problemsToArrowIPC([makeProblem('a')]);
		const damaged = { ...buildEntry(8, [stored('b')], ['b']), problems: new Uint8Array([1, 2]) };
		const replies: TablesReply[] = [];
		const { store, reads } = fakeStore({
			fresh: { tables: copy, count: 1, notice: '', entries: [damaged] },
			keep: async () => true
		});
		await answerTables(
			(reply) => replies.push(reply),
			async () => store
		)({ kind: 'read' });
		expect(reads()).toBe(1);
		const sent = replies.at(-1);
		expect(sent?.kind === 'tables' && !sent.fromCopy && sent.count).toBe(3);
	});

	it('keeps a copy of the tables it read (bytes equal to those sent), or reads afresh when asked', async () => {
		const keptCopies: TablesIPC[] = [];
		const stale = { problems: new Uint8Array([1]), problem_links: new Uint8Array([1]) };
		const { store, reads } = fakeStore({
			fresh: { tables: stale, count: 1, notice: '', entries: [] },
			keep: async (kept) => (keptCopies.push(kept.tables), true)
		});
		const replies: TablesReply[] = [];
		const answer = answerTables(
			(reply) => replies.push(reply),
			async () => store,
			2
		);
		// `fresh`: the copy is not taken (the page's engine refused it), the store is read, and
		// the copy replaced by this reading (a, b and e).
		await answer({ kind: 'read', fresh: true });
		expect(reads()).toBe(1);
		expect(keptCopies.map((t) => tableFromIPC(t.problems).getChild('id')!.toArray())).toEqual([
			['a', 'b', 'e']
		]);
		keptCopies.length = 0;
		const { store: other } = fakeStore({
			fresh: null,
			keep: async (kept) => (keptCopies.push(kept.tables), true)
		});
		const again = answerTables(
			(reply) => replies.push(reply),
			async () => other,
			2
		);
		await again({ kind: 'read' });
		const sent = replies.at(-1);
		if (sent?.kind !== 'tables') throw new Error(`réponse inattendue : ${sent?.kind}`);
		expect(sent.fromCopy).toBe(false);
		expect(keptCopies).toHaveLength(1);
		expect(keptCopies[0]!.problems).toEqual(sent.tables.problems);
		expect(keptCopies[0]!.problem_links).toEqual(sent.tables.problem_links);
		// Its own bytes: moving the page's tables to the page leaves the copy whole.
		expect(keptCopies[0]!.problems.buffer).not.toBe(sent.tables.problems.buffer);
		expect(tableFromIPC(keptCopies[0]!.problems).getChild('id')!.toArray()).toEqual([
			'a',
			'b',
			'e'
		]);
	});

	it('sends the problems only once the copy is kept (the page ends the worker after them)', async () => {
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		const events: string[] = [];
		const { store } = fakeStore({
			fresh: null,
			keep: async () => {
				await held;
				events.push('kept');
				return true;
			}
		});
		const answer = answerTables(
			(reply) => events.push(reply.kind),
			async () => store,
			2
		);
		const reading = answer({ kind: 'read' });
		await vi.waitFor(() => expect(events).toEqual(['tables']));
		const asking = answer({ kind: 'problems' });
		await new Promise((resolve) => setTimeout(resolve, 20));
		expect(events).toEqual(['tables']);
		release();
		await Promise.all([reading, asking]);
		expect(events).toEqual(['tables', 'kept', 'slice', 'slice', 'end']);
	});

	it('« keep »: a copy up to date is left as it is, a stale one is replaced by a full read', async () => {
		const copy = { problems: new Uint8Array([9]), problem_links: new Uint8Array([8]) };
		const kept: { ids: unknown[]; count: number }[] = [];
		const keep = async (k: { tables: TablesIPC; count: number }) => {
			kept.push({ ids: tableFromIPC(k.tables.problems).getChild('id')!.toArray(), count: k.count });
			return true;
		};
		const upToDate = fakeStore({
			fresh: { tables: copy, count: 3, notice: '', entries: [] },
			keep
		});
		const replies: TablesReply[] = [];
		await answerTables(
			(reply) => replies.push(reply),
			async () => upToDate.store
		)({ kind: 'keep' });
		expect(replies).toEqual([{ kind: 'kept', kept: true }]);
		expect(upToDate.reads()).toBe(0);
		expect(kept).toEqual([]);
		expect(upToDate.closed()).toBe(1);

		const stale = fakeStore({ fresh: null, keep });
		await answerTables(
			(reply) => replies.push(reply),
			async () => stale.store
		)({ kind: 'keep' });
		expect(replies.at(-1)).toEqual({ kind: 'kept', kept: true });
		expect(stale.reads()).toBe(1);
		// The visible, readable records a, b and e (c is deleted, d unreadable).
		expect(kept).toEqual([{ ids: ['a', 'b', 'e'], count: 3 }]);
		expect(stale.closed()).toBe(1);

		// Up to date through a journal of COMPACT_AT ids: a new copy is built, the journal gone.
		const ids = Array.from({ length: COMPACT_AT }, (_, i) => `p${i}`);
		const long = fakeStore({
			fresh: { tables: copy, count: 3, notice: '', entries: [buildEntry(8, [], ids)] },
			keep
		});
		await answerTables(
			(reply) => replies.push(reply),
			async () => long.store
		)({ kind: 'keep' });
		expect(long.reads()).toBe(1);
		expect(kept).toHaveLength(2);
		// One id fewer: left as it is.
		const short = fakeStore({
			fresh: { tables: copy, count: 3, notice: '', entries: [buildEntry(8, [], ids.slice(1))] },
			keep
		});
		await answerTables(
			(reply) => replies.push(reply),
			async () => short.store
		)({ kind: 'keep' });
		expect(short.reads()).toBe(0);
		expect(kept).toHaveLength(2);

		// The store written during the reading: the copy is not kept, and the page is told.
		const written = fakeStore({ fresh: null, keep: async () => false });
		await answerTables(
			(reply) => replies.push(reply),
			async () => written.store
		)({ kind: 'keep' });
		expect(replies.at(-1)).toEqual({ kind: 'kept', kept: false });
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
