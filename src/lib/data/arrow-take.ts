/**
 * The rows of an Arrow table picked by a mask, copied into one contiguous record batch, buffer by
 * buffer: kept rows come in runs, and each run of a UTF-8 column is one copy of bytes. As in
 * Arrow's `Data`, offsets and fixed-width values of a sliced batch start at its first row, while
 * bitmaps (validity, Bool) are read at `offset` + row. Arrow's JS
 * library has no such filter (its builders go value by value, seconds for the 100 000 problems
 * and their links). Handles the column types the atlas writes (`arrow-columns.ts`): Utf8, Int32,
 * DateDay and Bool, with or without nulls, over any number of record batches.
 */
import {
	Field,
	makeData,
	RecordBatch,
	Schema,
	Struct,
	Table,
	Type,
	type Bool,
	type Data,
	type Int32,
	type Utf8,
	type Vector
} from 'apache-arrow';

/** A bit of a validity or Bool bitmap. */
const bit = (bits: Uint8Array, at: number) => (bits[at >> 3]! >> (at & 7)) & 1;

/** Runs of kept rows, [start, end) pairs, within one record batch. */
function runs(keep: Uint8Array, from: number, length: number): number[] {
	const out: number[] = [];
	let start = -1;
	for (let i = 0; i <= length; i++) {
		const kept = i < length && keep[from + i] === 1;
		if (kept && start < 0) start = i;
		else if (!kept && start >= 0) {
			out.push(start, i);
			start = -1;
		}
	}
	return out;
}

/** One column's batches, with the runs of each, copied into one `Data`. */
function takeColumn(chunks: readonly Data[], chunkRuns: readonly number[][], length: number): Data {
	const type = chunks[0]!.type;
	const nulls = chunks.some((d) => d.nullCount > 0);
	const nullBitmap = new Uint8Array(nulls ? (length + 7) >> 3 : 0);
	let nullCount = 0;
	let row = 0;
	// Validity first, bit by bit (kept rows only); all valid when no batch has a null.
	if (nulls)
		chunks.forEach((d, c) => {
			const r = chunkRuns[c]!;
			const bits = d.nullCount > 0 ? d.nullBitmap! : null;
			const offset = d.offset;
			for (let k = 0; k < r.length; k += 2)
				for (let i = r[k]!; i < r[k + 1]!; i++, row++) {
					if (bits && !bit(bits, offset + i)) nullCount++;
					else nullBitmap[row >> 3]! |= 1 << (row & 7);
				}
		});
	switch (type.typeId) {
		case Type.Utf8: {
			const valueOffsets = new Int32Array(length + 1);
			let bytes = 0;
			chunks.forEach((d, c) => {
				const r = chunkRuns[c]!;
				for (let k = 0; k < r.length; k += 2)
					bytes += d.valueOffsets[r[k + 1]!]! - d.valueOffsets[r[k]!]!;
			});
			const data = new Uint8Array(bytes);
			let at = 0;
			row = 0;
			chunks.forEach((d, c) => {
				const r = chunkRuns[c]!;
				const offsets = d.valueOffsets as Int32Array;
				for (let k = 0; k < r.length; k += 2) {
					const first = r[k]!;
					const end = r[k + 1]!;
					data.set((d.values as Uint8Array).subarray(offsets[first]!, offsets[end]!), at);
					for (let i = first; i < end; i++) {
						at += offsets[i + 1]! - offsets[i]!;
						valueOffsets[++row] = at;
					}
				}
			});
			return makeData({ type: type as Utf8, length, nullCount, nullBitmap, valueOffsets, data });
		}
		case Type.Int:
		case Type.Date: {
			const data = new Int32Array(length);
			row = 0;
			chunks.forEach((d, c) => {
				const r = chunkRuns[c]!;
				for (let k = 0; k < r.length; k += 2) {
					const part = (d.values as Int32Array).subarray(r[k]!, r[k + 1]!);
					data.set(part, row);
					row += part.length;
				}
			});
			return makeData({ type: type as Int32, length, nullCount, nullBitmap, data });
		}
		case Type.Bool: {
			const data = new Uint8Array((length + 7) >> 3);
			row = 0;
			chunks.forEach((d, c) => {
				const r = chunkRuns[c]!;
				for (let k = 0; k < r.length; k += 2)
					for (let i = r[k]!; i < r[k + 1]!; i++, row++)
						if (bit(d.values as Uint8Array, d.offset + i)) data[row >> 3]! |= 1 << (row & 7);
			});
			return makeData({ type: type as Bool, length, nullCount, nullBitmap, data });
		}
		default:
			throw new Error(`type de colonne non pris en charge : ${String(type)}`);
	}
}

/**
 * The rows of `table` whose `keep` entry is 1, in order, as a new table of `columns` (all by
 * default) in one record batch. Throws on a column type it does not handle (an Int or Date
 * column must be 32-bit).
 */
export function takeRows(
	table: Table,
	keep: Uint8Array,
	columns: readonly string[] = table.schema.fields.map((f) => f.name)
): Table {
	if (keep.length !== table.numRows) throw new Error('masque de lignes incohérent');
	const batches = table.batches;
	const perBatch: number[][] = [];
	let from = 0;
	let length = 0;
	for (const batch of batches) {
		const r = runs(keep, from, batch.numRows);
		for (let k = 0; k < r.length; k += 2) length += r[k + 1]! - r[k]!;
		perBatch.push(r);
		from += batch.numRows;
	}
	const fields: Field[] = [];
	const children: Data[] = [];
	for (const name of columns) {
		const index = table.schema.fields.findIndex((f) => f.name === name);
		if (index < 0) throw new Error(`colonne absente : ${name}`);
		const field = table.schema.fields[index]!;
		const chunks = batches.map((b) => b.data.children[index]!);
		const type = field.type;
		if ((type.typeId === Type.Int || type.typeId === Type.Date) && type.ArrayType !== Int32Array)
			throw new Error(`colonne ${name} : entiers de 32 bits attendus`);
		fields.push(field);
		// No batch at all (a table read from an empty stream): an empty batch of the same type.
		children.push(chunks.length ? takeColumn(chunks, perBatch, length) : emptyData(type));
	}
	// One record batch built from its columns' data: `new Table({...})` of empty vectors gives a
	// batch that Arrow's own `concat` cannot read.
	const schema = new Schema(fields);
	const data = makeData({ type: new Struct(fields), length, nullCount: 0, children });
	return new Table(new RecordBatch(schema, data));
}

/** A column of no row, of `type`. */
function emptyData(type: Field['type']): Data {
	const none = { type, length: 0, nullCount: 0 };
	switch (type.typeId) {
		case Type.Utf8:
			return makeData({ ...none, valueOffsets: new Int32Array(1), data: new Uint8Array(0) });
		case Type.Int:
		case Type.Date:
			return makeData({ ...none, data: new Int32Array(0) } as never);
		case Type.Bool:
			return makeData({ ...none, data: new Uint8Array(0) } as never);
		default:
			throw new Error(`type de colonne non pris en charge : ${String(type)}`);
	}
}

/** FNV-1a hash of `bytes[from, to)`. */
function hashBytes(bytes: Uint8Array, from: number, to: number): number {
	let h = 0x811c9dc5;
	for (let i = from; i < to; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
	return h >>> 0;
}

/**
 * 1 for each row of a Utf8 column whose value is one of `values` (never for a null), 0 otherwise.
 * Values are compared as UTF-8 bytes, as the engine compares them (a lone surrogate is written
 * U+FFFD on both sides), and only when a hash of the bytes matches: decoding every value
 * (400 000 links) cost more than the rest of the copy's update.
 */
export function rowsWithValueIn(column: Vector, values: ReadonlySet<string>): Uint8Array {
	const encoder = new TextEncoder();
	const byHash = new Map<number, Uint8Array[]>();
	for (const v of values) {
		const bytes = encoder.encode(v);
		const h = hashBytes(bytes, 0, bytes.length);
		byHash.set(h, [...(byHash.get(h) ?? []), bytes]);
	}
	const out = new Uint8Array(column.length);
	let row = 0;
	for (const d of column.data) {
		if (d.type.typeId !== Type.Utf8) throw new Error('colonne de texte attendue');
		const offsets = d.valueOffsets as Int32Array;
		const bytes = d.values as Uint8Array;
		const bits = d.nullCount > 0 ? d.nullBitmap! : null;
		const { offset, length } = d;
		for (let i = 0; i < length; i++, row++) {
			if (bits && !bit(bits, offset + i)) continue;
			const from = offsets[i]!;
			const to = offsets[i + 1]!;
			const same = byHash.get(hashBytes(bytes, from, to));
			if (same?.some((value) => sameBytes(value, bytes, from, to))) out[row] = 1;
		}
	}
	return out;
}

/** Whether `bytes[from, to)` is `value`. */
function sameBytes(value: Uint8Array, bytes: Uint8Array, from: number, to: number): boolean {
	if (value.length !== to - from) return false;
	for (let k = 0; k < value.length; k++) if (value[k] !== bytes[from + k]) return false;
	return true;
}
