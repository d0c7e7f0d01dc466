/** An imported dataset's numbers are shown with the decimals its file wrote, no more, no fewer. */
import { describe, expect, it } from 'vitest';
import { defaultDescription, effectiveDescription, writtenDigits } from './choices';
import type { DatasetSettings } from './model';

const settings = (measure: DatasetSettings['measure']): DatasetSettings => ({
	shape: 'communes',
	communeColumn: 'code',
	coverage: 'territory',
	measure
});

describe('writtenDigits', () => {
	it('reads the decimals the numbers were written with, up to 3', () => {
		expect(writtenDigits([0, 1234, 77])).toBe(0);
		expect(writtenDigits([7.25, 3])).toBe(2);
		expect(writtenDigits([0.1 + 0.2])).toBe(1); // 0,30000000000000004 in binary: written 0,3
		expect(writtenDigits([1 / 3])).toBe(3);
		expect(writtenDigits([-2, 4.5])).toBe(1);
		expect(writtenDigits([])).toBe(0);
	});
});

describe('effectiveDescription', () => {
	it('a commune’s own value keeps its file’s decimals: « 1 234 places », « 7,25 »', () => {
		const value = settings({ kind: 'value', column: 'places', additive: true });
		expect(effectiveDescription(defaultDescription(), value, [0, 1234]).digits).toBe(0);
		expect(effectiveDescription(defaultDescription(), value, [7.25, 2]).digits).toBe(2);
		const sum = settings({ kind: 'sum', column: 'places', per: null });
		expect(effectiveDescription(defaultDescription(), sum, [12, 3]).digits).toBe(0);
	});
	it('rates and values per inhabitant keep their own decimals', () => {
		const rate = settings({ kind: 'rate', numerator: 'a', denominator: 'b', scale: 100 });
		expect(effectiveDescription(defaultDescription(), rate, [1, 2]).digits).toBe(1);
		const perHead = settings({ kind: 'count', per: 'habitants' });
		expect(effectiveDescription(defaultDescription(), perHead, [1, 2]).digits).toBe(2);
	});
});
