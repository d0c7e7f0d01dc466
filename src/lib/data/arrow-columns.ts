/**
 * Arrow columns built straight into their buffers (UTF-8 bytes and offsets, validity bits), for
 * large tables: `vectorFromArray` goes through a builder value by value, which takes about 5 s
 * for the 100 000 problems and their 400 000 links on a slow machine; this takes a few hundred
 * milliseconds. Null stays null (a cleared validity bit), never a placeholder.
 */
import { Bool, DateDay, Int32, makeData, makeVector, Utf8, type Vector } from 'apache-arrow';

/** Validity bits (1 = a value) and the count of nulls; no bitmap when nothing is null. */
function validity<T>(values: readonly (T | null)[]): { bitmap: Uint8Array; nulls: number } {
	let nulls = 0;
	for (const v of values) if (v === null) nulls++;
	if (nulls === 0) return { bitmap: new Uint8Array(0), nulls };
	const bitmap = new Uint8Array((values.length + 7) >> 3);
	values.forEach((v, i) => {
		if (v !== null) bitmap[i >> 3]! |= 1 << (i & 7);
	});
	return { bitmap, nulls };
}

/**
 * Writes `text` as UTF-8 into `bytes` at `at` (room for 3 bytes per unit); returns the end.
 * Encoded here, unit by unit, as `TextEncoder` does (a lone surrogate becomes U+FFFD): calling
 * the encoder for each text that is not ASCII (every description) cost more than the rest.
 */
export function writeUtf8(text: string, bytes: Uint8Array, at: number): number {
	let end = at;
	const n = text.length;
	for (let k = 0; k < n; k++) {
		let c = text.charCodeAt(k);
		if (c < 0x80) {
			bytes[end++] = c;
			continue;
		}
		if (c < 0x800) {
			bytes[end++] = 0xc0 | (c >> 6);
			bytes[end++] = 0x80 | (c & 0x3f);
			continue;
		}
		if (c >= 0xd800 && c <= 0xdfff) {
			const d = c <= 0xdbff && k + 1 < n ? text.charCodeAt(k + 1) : 0;
			if (d >= 0xdc00 && d <= 0xdfff) {
				const cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
				k++;
				bytes[end++] = 0xf0 | (cp >> 18);
				bytes[end++] = 0x80 | ((cp >> 12) & 0x3f);
				bytes[end++] = 0x80 | ((cp >> 6) & 0x3f);
				bytes[end++] = 0x80 | (cp & 0x3f);
				continue;
			}
			c = 0xfffd; // a lone surrogate, as TextEncoder writes it
		}
		bytes[end++] = 0xe0 | (c >> 12);
		bytes[end++] = 0x80 | ((c >> 6) & 0x3f);
		bytes[end++] = 0x80 | (c & 0x3f);
	}
	return end;
}

/** A Utf8 column. */
export function utf8Vector(values: readonly (string | null)[]): Vector<Utf8> {
	const { bitmap, nulls } = validity(values);
	const offsets = new Int32Array(values.length + 1);
	// At most 3 bytes per UTF-16 unit (a surrogate pair, 2 units, is 4 bytes): always room.
	let units = 0;
	for (const v of values) units += v?.length ?? 0;
	const bytes = new Uint8Array(units * 3);
	let end = 0;
	for (let i = 0; i < values.length; i++) {
		const v = values[i];
		if (v) end = writeUtf8(v, bytes, end);
		offsets[i + 1] = end;
	}
	const data = makeData({
		type: new Utf8(),
		length: values.length,
		nullCount: nulls,
		nullBitmap: bitmap,
		valueOffsets: offsets,
		data: bytes.slice(0, end)
	});
	return makeVector(data);
}

/** An Int32 column (values must be integers). */
export function int32Vector(values: readonly (number | null)[]): Vector<Int32> {
	const { bitmap, nulls } = validity(values);
	const data = Int32Array.from(values, (v) => v ?? 0);
	return makeVector(
		makeData({
			type: new Int32(),
			length: values.length,
			nullCount: nulls,
			nullBitmap: bitmap,
			data
		})
	);
}

const DAY_MS = 86_400_000;

/** A DATE column from ISO dates « AAAA-MM-JJ » (days since 1970-01-01). */
export function dateDayVector(isoDates: readonly (string | null)[]): Vector<DateDay> {
	const { bitmap, nulls } = validity(isoDates);
	const data = Int32Array.from(isoDates, (d) =>
		d === null ? 0 : Math.floor(Date.parse(`${d}T00:00:00Z`) / DAY_MS)
	);
	return makeVector(
		makeData({
			type: new DateDay(),
			length: isoDates.length,
			nullCount: nulls,
			nullBitmap: bitmap,
			data
		})
	);
}

/** A Bool column. */
export function boolVector(values: readonly (boolean | null)[]): Vector<Bool> {
	const { bitmap, nulls } = validity(values);
	const data = new Uint8Array((values.length + 7) >> 3);
	values.forEach((v, i) => {
		if (v) data[i >> 3]! |= 1 << (i & 7);
	});
	return makeVector(
		makeData({
			type: new Bool(),
			length: values.length,
			nullCount: nulls,
			nullBitmap: bitmap,
			data
		})
	);
}
