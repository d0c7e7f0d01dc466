/** Output serialisation and the atomic swap. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './test/helpers';
import { communeValuesCsv, formatNumber, writeAtomically } from './write';

describe('formatNumber', () => {
	it.each([
		{ v: 45025, s: '45025' },
		{ v: 6906.73145695127, s: '6906.73145695127' },
		{ v: 0, s: '0' },
		{ v: null, s: '' },
		{ v: 1e-7, s: '0.0000001' },
		{ v: Number.NaN, s: '' }
	])('$v → "$s"', ({ v, s }) => {
		expect(formatNumber(v)).toBe(s);
	});
});

describe('communeValuesCsv', () => {
	it('writes NULL as an empty cell and quotes names when needed', () => {
		const csv = communeValuesCsv(
			['30001'],
			new Map([['30001', 'A, B']]),
			new Set(['30001']),
			['x', 'y'],
			new Map([['30001', { x: 1.5, y: null }]]),
			new Map([['30001', 'mairie']])
		);
		expect(csv).toBe('code,nom,in_territory,x,y,ref_point_kind\n30001,"A, B",1,1.5,,mairie\n');
	});
});

describe('writeAtomically', () => {
	it('replaces the whole directory and leaves no temporary directory', () => {
		const out = path.join(tempDir('atomic'), 'data');
		writeAtomically(out, { 'a.txt': '1', 'old.txt': 'x' });
		writeAtomically(out, { 'a.txt': '2' });
		expect(fs.readdirSync(out)).toEqual(['a.txt']);
		expect(fs.readFileSync(path.join(out, 'a.txt'), 'utf8')).toBe('2');
		expect(fs.readdirSync(path.dirname(out))).toEqual(['data']);
	});
});
