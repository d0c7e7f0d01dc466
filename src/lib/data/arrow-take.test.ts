import { describe, expect, it } from 'vitest';
import { Table, tableFromIPC, tableToIPC, vectorFromArray, Float64 } from 'apache-arrow';
import { boolVector, dateDayVector, int32Vector, utf8Vector } from './arrow-columns';
import { rowsWithValueIn, takeRows } from './arrow-take';

/** Five rows, with nulls in every column, and a non-ASCII text. */
const table = () =>
	new Table({
		id: utf8Vector(['a', 'bé', null, 'dddd', '']),
		n: int32Vector([1, null, 3, 4, -5]),
		day: dateDayVector(['2026-12-01', null, '1970-01-02', '2000-02-29', '2026-12-02']),
		flag: boolVector([true, false, null, true, true])
	});

const values = (t: Table) =>
	t.toArray().map((row) => {
		const { id, n, day, flag } = row.toJSON() as Record<string, unknown>;
		return [id, n, day, flag];
	});

const DAY = 86_400_000;

describe('takeRows (arrow-take.ts)', () => {
	it('keeps the rows marked 1, in order, with their nulls', () => {
		const out = takeRows(table(), Uint8Array.from([1, 0, 1, 0, 1]));
		expect(out.numRows).toBe(3);
		expect(out.batches).toHaveLength(1);
		// Dates as milliseconds: 2026-12-01 is day 20 788, 1970-01-02 day 1, 2026-12-02 day 20 789.
		expect(values(out)).toEqual([
			['a', 1, 20_788 * DAY, true],
			[null, 3, 1 * DAY, null],
			['', -5, 20_789 * DAY, true]
		]);
		expect(out.getChild('id')!.nullCount).toBe(1);
		expect(out.getChild('n')!.nullCount).toBe(0);
	});

	it('reads every record batch, and a sliced one from its own first row', () => {
		// Batches [a, bé] and [∅, dddd, ''], then the last four rows only (a slice).
		const two = table().slice(0, 2).concat(table().slice(2));
		expect(two.batches).toHaveLength(2);
		const kept = takeRows(two, Uint8Array.from([0, 1, 0, 1, 1]));
		expect(values(kept)).toEqual([
			['bé', null, null, false],
			['dddd', 4, 11_016 * DAY, true], // 2000-02-29 is day 11 016
			['', -5, 20_789 * DAY, true]
		]);
		const sliced = takeRows(table().slice(1), Uint8Array.from([1, 1, 0, 0]));
		expect(values(sliced)).toEqual([
			['bé', null, null, false],
			[null, 3, 1 * DAY, null]
		]);
	});

	it('picks columns, and gives tables that survive a round trip through IPC', () => {
		const out = takeRows(table(), Uint8Array.from([0, 0, 0, 1, 1]), ['flag', 'id']);
		expect(out.schema.fields.map((f) => f.name)).toEqual(['flag', 'id']);
		const again = tableFromIPC(tableToIPC(out, 'stream'));
		expect(again.getChild('id')!.toArray()).toEqual(['dddd', '']);
		expect([...again.getChild('flag')!]).toEqual([true, true]);
	});

	it('nothing kept: empty columns of the same types', () => {
		const out = takeRows(table(), new Uint8Array(5));
		expect(out.numRows).toBe(0);
		expect(tableFromIPC(tableToIPC(out, 'stream')).numRows).toBe(0);
		expect(out.schema.fields.map((f) => String(f.type))).toEqual([
			'Utf8',
			'Int32',
			'Date32<DAY>',
			'Bool'
		]);
	});

	it('nothing kept, or a table of no batch: a table Arrow can still join and read', () => {
		const none = takeRows(table(), new Uint8Array(5));
		const joined = none.concat(takeRows(table(), Uint8Array.from([0, 0, 0, 1, 0])));
		expect(joined.getChild('id')!.toArray()).toEqual(['dddd']);
		const noBatch = tableFromIPC(tableToIPC(table().slice(0, 0), 'stream'));
		expect(takeRows(noBatch, new Uint8Array(0)).concat(table()).getChild('n')!.length).toBe(5);
	});

	it('refuses a mask of the wrong length, a missing column or a type it does not copy', () => {
		expect(() => takeRows(table(), new Uint8Array(4))).toThrow();
		expect(() => takeRows(table(), new Uint8Array(5), ['absent'])).toThrow();
		const doubles = new Table({ x: vectorFromArray([1.5], new Float64()) });
		expect(() => takeRows(doubles, Uint8Array.from([1]))).toThrow();
	});
});

describe('rowsWithValueIn (arrow-take.ts)', () => {
	it('marks the rows whose text is one of the values, compared whole, never a null', () => {
		const ids = utf8Vector(['ab', 'a', null, '', 'abc', 'é', 'e\u0301', 'ab']);
		// 'a' is a prefix of 'ab' and 'abc', « é » is not « e » + accent: neither counts.
		expect([...rowsWithValueIn(ids, new Set(['ab', '', 'é']))]).toEqual([1, 0, 0, 1, 0, 1, 0, 1]);
		expect([...rowsWithValueIn(ids, new Set())]).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
	});

	it('reads each batch of a sliced table, and compares bytes as the engine does', () => {
		const two = new Table({ id: utf8Vector(['a', 'b', 'c']) }).concat(
			new Table({ id: utf8Vector(['b', 'x\uD800']) })
		);
		const sliced = two.slice(1);
		// A lone surrogate is written U+FFFD: the id given as written still matches its row.
		expect([...rowsWithValueIn(sliced.getChild('id')!, new Set(['b', 'x\uD800']))]).toEqual([
			1, 0, 1, 1
		]);
	});
});
