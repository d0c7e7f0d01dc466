/**
 * A published rate is shown with no more decimals than its source gives: Filosofi 2021 publishes
 * the poverty rate in whole points (« 30.0 » in the file for Alès), so the atlas says « 30 % »,
 * not « 30,0 % », which would claim a tenth of a point nobody measured.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indicatorById } from './catalogue';
import { formatValue } from '$lib/format/indicator';

const FILOSOFI = 'data/sources/gard/filosofi_2021_communes_gard.csv';

function column(file: string, name: string): Map<string, string> {
	const [header, ...rows] = readFileSync(file, 'utf8').trim().split('\n');
	const at = header!.split(',').indexOf(name);
	return new Map(rows.map((r) => [r.split(',')[0]!, r.split(',')[at]!]));
}

describe('published precision', () => {
	const tp = column(FILOSOFI, 'TP6021');
	const poverty = indicatorById('taux_pauvrete_2021')!;

	it('the poverty rate is published in whole points, in every commune that has one', () => {
		const published = [...tp.values()].filter((v) => v !== '');
		expect(published.length).toBe(74);
		for (const v of published) expect(Number(v) % 1).toBe(0);
	});

	it('so it is shown in whole points: Alès « 30 % », La Grand-Combe « 43 % »', () => {
		expect(tp.get('30007')).toBe('30.0');
		expect(tp.get('30132')).toBe('43.0');
		expect(poverty.digits).toBe(0);
		const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');
		expect(plain(formatValue(30, poverty))).toBe('30 %');
		expect(plain(formatValue(43, poverty))).toBe('43 %');
	});
});
