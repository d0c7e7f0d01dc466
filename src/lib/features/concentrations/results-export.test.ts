/** The /concentrations table's export: a « peu de naissances » column when a birth rate is analysed. */
import { describe, expect, it } from 'vitest';
import { indicators } from '$lib/indicators/catalogue';
import type { CommuneResult } from './commune-report';
import { resultsExport } from './results-export';

const row = (code: string, name: string, rare: boolean): CommuneResult => ({
	code,
	name,
	value: 10,
	valueText: '10',
	cluster: 0,
	classLabel: 'Non significatif',
	p: 0.5,
	pText: '0,5',
	agreement: 1,
	stabilityText: '',
	small: false,
	rare,
	flagged: false
});
const rows = [row('30329', 'Thoiras-Corbès', true), row('30007', 'Alès', false)];
const births = indicators.find((i) => i.id === 'naissances_pour_1000')!;
const other = indicators.find((i) => i.id === 'chomage_15_24')!;
const exportOf = (ind: (typeof indicators)[number]) =>
	resultsExport({
		rows,
		valueLabel: ind.label,
		digits: 1,
		indicators: [ind],
		territoryName: 'CA Alès Agglomération'
	});

describe('resultsExport', () => {
	it('with the birth rate: a « Peu de naissances » column, « oui » where it applies', () => {
		const t = exportOf(births);
		const col = t.columns.findIndex((c) => c.header === 'Peu de naissances');
		expect(col).toBe(t.columns.findIndex((c) => c.header === 'Petit effectif') + 1);
		// Sorted by name: Alès, then Thoiras-Corbès.
		expect(t.rows.map((r) => [r[1], r[col]])).toEqual([
			['Alès', ''],
			['Thoiras-Corbès', 'oui']
		]);
		expect(t.rows.every((r) => r.length === t.columns.length)).toBe(true);
	});

	it('without a birth rate: no such column', () => {
		const t = exportOf(other);
		expect(t.columns.map((c) => c.header)).not.toContain('Peu de naissances');
		expect(t.rows.every((r) => r.length === t.columns.length)).toBe(true);
	});
});
