import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsvRecords } from './csv-parse';
import { decodeText } from './decode';
import { parseDate, parseWeight, splitList } from './values';

describe('parseDate', () => {
	const cases: { args: string; expected: string | null }[] = [
		{ args: '14/03/2025', expected: '2025-03-14' },
		{ args: '4/3/2025', expected: '2025-03-04' },
		{ args: '14.03.2025', expected: '2025-03-14' },
		{ args: '2025-03-14', expected: '2025-03-14' },
		{ args: '2025-03-14T00:00:00.000Z', expected: '2025-03-14' },
		{ args: '45730', expected: '2025-03-14' },
		{ args: '31/02/2025', expected: null },
		{ args: '03/14/2025', expected: null },
		{ args: 'mars 2025', expected: null }
	];
	it.each(cases)('$args', ({ args, expected }) => {
		const r = parseDate(args);
		expect(r.ok ? r.value : null).toBe(expected);
	});
});

describe('parseWeight', () => {
	const cases: { args: string; expected: number | null }[] = [
		{ args: '3', expected: 3 },
		{ args: '2,0', expected: 2 },
		{ args: ' 12 ', expected: 12 },
		{ args: '1,5', expected: null },
		{ args: '0', expected: null },
		{ args: '-2', expected: null },
		{ args: 'trois', expected: null },
		{ args: '1 000 000', expected: 1_000_000 },
		// Past 1 000 000 (a count of participants; 32-bit in the engine): refused, never wrapped.
		{ args: '1 000 001', expected: null },
		{ args: '99999999999', expected: null },
		// Not numbers a person writes: never read as 16 or 1 000.
		{ args: '0x10', expected: null },
		{ args: '1e3', expected: null },
		{ args: '2.00', expected: 2 }
	];
	it.each(cases)('$args', ({ args, expected }) => {
		const r = parseWeight(args);
		expect(r.ok ? r.value : null).toBe(expected);
	});

	it('refuses « 1.000 » and « 1,000 »: one, or a thousand? never guessed', () => {
		expect(parseWeight('1.000')).toEqual({
			ok: false,
			reason: 'poids « 1.000 » ambigu (1 ou 1\u202f000 ?) : écrivez-le sans point ni virgule'
		});
		expect(parseWeight('12,500')).toEqual({
			ok: false,
			reason: 'poids « 12,500 » ambigu (12,5 ou 12\u202f500 ?) : écrivez-le sans point ni virgule'
		});
	});

	it('reads a negative weight, and says it is under 1 rather than unreadable', () => {
		expect(parseWeight('-5')).toEqual({
			ok: false,
			reason: 'poids « -5 » : le poids doit valoir au moins 1'
		});
		expect(parseWeight('trois')).toEqual({
			ok: false,
			reason: 'poids « trois » illisible : indiquez un nombre entier (1 ou plus)'
		});
	});
});

describe('splitList', () => {
	it('splits on « | » first, else on ; , or line breaks', () => {
		expect(splitList('Alès | Anduze')).toEqual(['Alès', 'Anduze']);
		expect(splitList('Alès, Anduze;Tornac\nMialet')).toEqual([
			'Alès',
			'Anduze',
			'Tornac',
			'Mialet'
		]);
		expect(splitList('a, b | c')).toEqual(['a, b', 'c']);
		expect(splitList('  ')).toEqual([]);
	});
});

describe('CSV reader', () => {
	it('detects the delimiter from the header, ignoring quoted text', () => {
		expect(detectDelimiter('"a;b",c,d\n')).toBe(',');
		expect(detectDelimiter('\n\na;b;c')).toBe(';');
		expect(detectDelimiter('a\tb')).toBe('\t');
	});
	it('gives each record its starting physical line across CRLF, CR and quoted breaks', () => {
		const text = 'h1;h2\r\n"a\r\nb";c\r\r\nd;"e ""x"""\ne;f';
		expect(parseCsvRecords(text, ';')).toEqual([
			{ line: 1, cells: ['h1', 'h2'] },
			{ line: 2, cells: ['a\nb', 'c'] },
			{ line: 4, cells: [''] },
			{ line: 5, cells: ['d', 'e "x"'] },
			{ line: 6, cells: ['e', 'f'] }
		]);
	});
});

describe('decodeText', () => {
	it('reads UTF-8 and drops the BOM', () => {
		expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xc3, 0xa9]))).toEqual({
			text: 'Aé',
			encoding: 'utf-8',
			latinLines: []
		});
	});
	it('falls back to Windows-1252, including € and ’ (0x80, 0x92)', () => {
		expect(decodeText(new Uint8Array([0x80, 0x20, 0xe9, 0x92, 0x9c]))).toEqual({
			text: '€ é’œ',
			encoding: 'windows-1252',
			latinLines: []
		});
	});
	it('checks UTF-8 byte by byte: an overlong form is not UTF-8, an emoji is', () => {
		// C0 80 is an overlong « \0 »: not UTF-8, so the file is Windows-1252 (« À€ »).
		expect(decodeText(new Uint8Array([0xc0, 0x80])).encoding).toBe('windows-1252');
		// Line 1: « 🚌 » (F0 9F 9A 8C), well-formed; line 2: « é » in Windows-1252 (E9).
		expect(decodeText(new Uint8Array([0xf0, 0x9f, 0x9a, 0x8c, 0x0a, 0xe9]))).toEqual({
			text: '🚌\né',
			encoding: 'utf-8',
			latinLines: [2]
		});
	});
	it('reads a UTF-8 file line by line when one of its lines is Windows-1252, and names it', () => {
		// Line 1 « Alès » in UTF-8 (C3 A8), line 2 « Élève » in Windows-1252 (C9, E8), line 3
		// « tôt » in UTF-8 (C3 B4); CRLF line ends.
		const bytes = new Uint8Array([
			0x41, 0x6c, 0xc3, 0xa8, 0x73, 0x0d, 0x0a, 0xc9, 0x6c, 0xe8, 0x76, 0x65, 0x0d, 0x0a, 0x74,
			0xc3, 0xb4, 0x74
		]);
		expect(decodeText(bytes)).toEqual({
			text: 'Alès\r\nÉlève\r\ntôt',
			encoding: 'utf-8',
			latinLines: [2]
		});
		// The same with a BOM and no UTF-8 character elsewhere: the BOM says UTF-8.
		expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0x0a, 0xe9]))).toEqual({
			text: 'A\né',
			encoding: 'utf-8',
			latinLines: [2]
		});
	});
});
