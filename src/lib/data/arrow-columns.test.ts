import { describe, expect, it } from 'vitest';
import { boolVector, dateDayVector, int32Vector, utf8Vector } from './arrow-columns';

describe('Arrow columns written straight into their buffers', () => {
	it('keeps texts as written (accents, emoji, empty) and null as null', () => {
		const texts = ['Alès', null, '', 'bus 🚌 le soir', 'abc', 'Saint-Jean-du-Gard'];
		const v = utf8Vector(texts);
		expect(v.toArray()).toEqual(texts);
		expect(v.nullCount).toBe(1);
		// UTF-8 bytes: « Alès » 5 (è is 2), '' 0, « bus 🚌 le soir » 16 (🚌 is 4), abc 3, 18.
		expect(v.data[0]!.valueOffsets).toEqual(new Int32Array([0, 5, 5, 5, 21, 24, 42]));
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
