import { describe, expect, it } from 'vitest';
import { readNumberCell } from './french-number';

const n = (value: number) => ({ kind: 'number', value });

describe('readNumberCell', () => {
	it('reads French and plain numbers', () => {
		expect(readNumberCell('1 234,5')).toEqual(n(1234.5));
		expect(readNumberCell('1\u202f234')).toEqual(n(1234));
		expect(readNumberCell('1.234.567')).toEqual(n(1234567));
		expect(readNumberCell('1.234,5')).toEqual(n(1234.5));
		expect(readNumberCell('0.125')).toEqual(n(0.125));
		expect(readNumberCell('12,5 %')).toEqual(n(12.5));
		expect(readNumberCell('-3')).toEqual(n(-3));
	});
	it('tells empty, secret and unreadable cells apart', () => {
		expect(readNumberCell('  ')).toEqual({ kind: 'empty' });
		expect(readNumberCell('s')).toEqual({ kind: 'secret' });
		expect(readNumberCell('Secret')).toEqual({ kind: 'secret' });
		expect(readNumberCell('douze')).toEqual({ kind: 'invalid', text: 'douze' });
		expect(readNumberCell('1,2,3')).toEqual({ kind: 'invalid', text: '1,2,3' });
		expect(readNumberCell('12abc')).toEqual({ kind: 'invalid', text: '12abc' });
	});
});
