import { describe, expect, it } from 'vitest';
import { usableCopy } from './engine-copy';
import { entriesSince, entryKey, entryParts, extendJournal, startJournal } from './journal';
import { storedGeneration } from './open-db';

const tables = () => ({ problems: new Uint8Array([1, 2, 3]), problem_links: new Uint8Array([4]) });
const kept = (patch: Record<string, unknown> = {}) => ({
	generation: 7,
	records: 120,
	count: 100,
	notice: '',
	tables: tables(),
	...patch
});
/** The journal of a copy kept at generation 7 from 120 records, after two writes (8 and 9). */
const journal = (patch: Record<string, unknown> = {}) => ({
	format: 1,
	since: 7,
	generation: 9,
	records: 121,
	ids: ['a', 'b'],
	entries: 2,
	...patch
});
const entry = (generation: number, patch: Record<string, unknown> = {}) => ({
	generation,
	removed: ['a'],
	problems: new Uint8Array([1]),
	problem_links: new Uint8Array([2]),
	...patch
});
const entries = () => [entry(8), entry(9, { removed: ['b'] })];

describe('the kept copy of the engine tables (engine-copy.ts)', () => {
	it('serves while its journal runs from its generation to the store’s, with all its entries', () => {
		// Nothing written since: the journal kept with the copy.
		expect(usableCopy(kept(), startJournal(7, 120), [], 7, 120)).toEqual({
			tables: tables(),
			count: 100,
			notice: '',
			entries: []
		});
		expect(usableCopy(kept(), journal(), entries(), 9, 121)?.entries).toEqual(entries());
		// A write the journal does not hold (generation 10), or records put by something else.
		expect(usableCopy(kept(), journal(), entries(), 10, 121)).toBeNull();
		expect(usableCopy(kept(), journal(), entries(), 9, 122)).toBeNull();
		expect(usableCopy(kept(), journal(), entries(), 9, 120)).toBeNull();
		// An entry missing, or one from before the copy or after the journal's end.
		expect(usableCopy(kept(), journal(), [entry(8)], 9, 121)).toBeNull();
		expect(usableCopy(kept(), journal(), [entry(7), entry(9)], 9, 121)).toBeNull();
		expect(usableCopy(kept(), journal(), [entry(8), entry(10)], 9, 121)).toBeNull();
		// The tables of another layout (a later or earlier version of the atlas).
		expect(usableCopy(kept(), journal({ format: 2 }), entries(), 9, 121)).toBeNull();
		expect(usableCopy(kept(), journal({ format: undefined }), entries(), 9, 121)).toBeNull();
		// The journal of another copy (one kept at generation 5, since replaced).
		expect(usableCopy(kept(), journal({ since: 5 }), entries(), 9, 121)).toBeNull();
		// A copy kept by an earlier version, without a journal.
		expect(usableCopy(kept(), undefined, [], 7, 120)).toBeNull();
	});

	it('ignores a damaged or foreign copy or journal instead of using it', () => {
		const j = startJournal(7, 120);
		expect(usableCopy(undefined, j, [], 7, 120)).toBeNull();
		expect(usableCopy('engine-tables', j, [], 7, 120)).toBeNull();
		expect(usableCopy(kept({ generation: '7' }), j, [], 7, 120)).toBeNull();
		expect(usableCopy(kept({ count: -1 }), j, [], 7, 120)).toBeNull();
		expect(usableCopy(kept({ notice: null }), j, [], 7, 120)).toBeNull();
		expect(usableCopy(kept({ tables: { problems: tables().problems } }), j, [], 7, 120)).toBeNull();
		expect(
			usableCopy(kept({ tables: { problems: [1, 2], problem_links: [4] } }), j, [], 7, 120)
		).toBeNull();
		expect(usableCopy(kept(), journal({ ids: ['a', 2] }), entries(), 9, 121)).toBeNull();
		expect(usableCopy(kept(), journal({ entries: '2' }), entries(), 9, 121)).toBeNull();
		const [first] = entries();
		expect(usableCopy(kept(), journal(), [first, entry(9, { problems: [1] })], 9, 121)).toBeNull();
		expect(usableCopy(kept(), journal(), [first, entry(9, { removed: 'b' })], 9, 121)).toBeNull();
		expect(entriesSince(null, [], 7, 7, 120)).toBeNull();
	});

	it('reads a missing or damaged generation as 0', () => {
		expect(storedGeneration(undefined)).toBe(0);
		expect(storedGeneration('3')).toBe(0);
		expect(storedGeneration(-2)).toBe(0);
		expect(storedGeneration(1.5)).toBe(0);
		expect(storedGeneration(3)).toBe(3);
		// The one after it must fit the journal's 32-bit `seq`: 2 147 483 647 at most.
		expect(storedGeneration(2 ** 31 - 2)).toBe(2 ** 31 - 2);
		expect(storedGeneration(2 ** 31 - 1)).toBe(0);
		expect(storedGeneration(2 ** 40)).toBe(0);
	});
});

describe('the journal of the copy (journal.ts)', () => {
	it('grows by each transaction’s ids, once each, and its entries, from the generation before', () => {
		const first = extendJournal(startJournal(7, 120), 8, ['a'], 121, 1);
		expect(first).toEqual({
			format: 1,
			since: 7,
			generation: 8,
			records: 121,
			ids: ['a'],
			entries: 1
		});
		// « a » again (an edit) and « b » deleted for good: 120 records left.
		expect(extendJournal(first, 9, ['a', 'b'], 120, 2)).toEqual({
			format: 1,
			since: 7,
			generation: 9,
			records: 120,
			ids: ['a', 'b'],
			entries: 3
		});
	});

	it('breaks, so that the copy is dropped, on a gap, no journal, damage, or too many ids', () => {
		// Generation 8 was raised by a write that kept no journal (another version of the atlas).
		expect(extendJournal(startJournal(7, 120), 9, ['a'], 121, 1)).toBeNull();
		expect(extendJournal(undefined, 8, ['a'], 121, 1)).toBeNull();
		expect(extendJournal({ since: 7, generation: 7, records: 120 }, 8, ['a'], 121, 1)).toBeNull();
		expect(extendJournal({ ...startJournal(7, 120), format: 0 }, 8, ['a'], 121, 1)).toBeNull();
		expect(extendJournal(startJournal(7, 120), 8, ['a', 'b', 'c'], 123, 1, 2)).toBeNull();
		expect(extendJournal(startJournal(7, 120), 8, ['a', 'b'], 122, 1, 2)?.ids).toEqual(['a', 'b']);
	});

	it('cuts a transaction into entries of at most `size` records, deletions after', () => {
		const r = (id: string) => ({ id });
		expect(entryParts([r('a'), r('b'), r('c')], ['x'], 2)).toEqual([
			{ records: [r('a'), r('b')], removed: ['a', 'b'] },
			{ records: [r('c')], removed: ['c'] },
			{ records: [], removed: ['x'] }
		]);
		expect(entryParts([], [], 2)).toEqual([]);
		// Keys sort as the entries were written: generation, then part.
		expect(entryKey(9, 1) < entryKey(10, 0)).toBe(true);
		expect(entryKey(10, 2) < entryKey(10, 10)).toBe(true);
	});
});
