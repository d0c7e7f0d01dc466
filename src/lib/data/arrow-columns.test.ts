import { describe, expect, it } from 'vitest';
import { boolVector, dateDayVector, int32Vector, utf8Vector, writeUtf8 } from './arrow-columns';

describe('Arrow columns written straight into their buffers', () => {
	it('keeps texts as written (accents, emoji, empty) and null as null', () => {
		const texts = ['Alès', null, '', 'bus 🚌 le soir', 'abc', 'Saint-Jean-du-Gard'];
		const v = utf8Vector(texts);
		expect(v.toArray()).toEqual(texts);
		expect(v.nullCount).toBe(1);
		// UTF-8 bytes: « Alès » 5 (è is 2), '' 0, « bus 🚌 le soir » 16 (🚌 is 4), abc 3, 18.
		expect(v.data[0]!.valueOffsets).toEqual(new Int32Array([0, 5, 5, 5, 21, 24, 42]));
	});

	it('encodes UTF-8 by hand as TextEncoder does, a lone surrogate included', () => {
		const bytes = (text: string) => {
			const out = new Uint8Array(text.length * 3);
			return [...out.subarray(0, writeUtf8(text, out, 0))];
		};
		// « é » U+00E9: 110 00011, 10 101001 → C3 A9; « € » U+20AC: E2 82 AC.
		expect(bytes('é€')).toEqual([0xc3, 0xa9, 0xe2, 0x82, 0xac]);
		// 🚌 U+1F68C (pair D83D DE8C): F0 9F 9A 8C.
		expect(bytes('🚌')).toEqual([0xf0, 0x9f, 0x9a, 0x8c]);
		// A high surrogate alone, then « a »: U+FFFD (EF BF BD), then 61; a low one alone too.
		expect(bytes('\ud83da')).toEqual([0xef, 0xbf, 0xbd, 0x61]);
		expect(bytes('\ude8c')).toEqual([0xef, 0xbf, 0xbd]);
		// The last unit of the text being a high surrogate.
		expect(bytes('x\ud83d')).toEqual([0x78, 0xef, 0xbf, 0xbd]);
	});

	it('writes integers, dates as days since 1970-01-01, and booleans as bits', () => {
		expect([...int32Vector([3, null, -2])]).toEqual([3, null, -2]);
		// 1970-01-02 is day 1; 2025-03-14 is day 20 161 (55 years, 14 leap days, 72 days).
		const days = dateDayVector(['1970-01-02', null, '2025-03-14']);
		expect([...days.data[0]!.values]).toEqual([1, 0, 20161]);
		expect(days.get(1)).toBeNull();
		const bools = boolVector([true, false, null, true, false, false, false, false, true]);
		expect([...bools]).toEqual([true, false, null, true, false, false, false, false, true]);
	});
});
