import { describe, expect, it } from 'vitest';
import { indicatorById } from '$lib/indicators/catalogue';
import type { AggregateValue } from '$lib/indicators/types';
import type { CompareRow } from './compare-rows';
import { compareExport } from './compare-export';

const agg = (a: Partial<AggregateValue>): AggregateValue => ({
	value: null,
	numerator: null,
	denominator: null,
	missing: null,
	covered: 0,
	total: 71,
	...a
});

/** The two reference rows (Agglomération, Gard) of one indicator: [Fiabilité, Raison]. */
function referenceNotes(row: CompareRow): string[][] {
	const table = compareExport([row], {}, 'CA Alès Agglomération', 'Gard');
	const reliability = table.columns.findIndex((c) => c.header === 'Fiabilité');
	return table.rows.map((r) => [String(r[reliability]), String(r[reliability + 1])]);
}

describe('compareExport: the Agglomération’s and the Gard’s rows', () => {
	it('say why a rate published without its counts has no value for them, as the screen does', () => {
		// NEET share (Observatoire des territoires): a rate without counts, `aggregate: none`.
		const neet = indicatorById('jeunes_non_inseres_2018')!;
		expect(neet.formula).toMatchObject({ aggregate: { kind: 'none' } });
		const row: CompareRow = {
			indicator: neet,
			cells: [],
			aggregates: { territory: agg({}), departement: agg({ total: 350 }) },
			values: { values: {}, counts: {}, missing: {} } as unknown as CompareRow['values']
		};
		// It said « 0 commune sur 71 » and « non publié ».
		expect(referenceNotes(row)).toEqual([
			['', 'pas de valeur d’ensemble'],
			['', 'pas de valeur d’ensemble']
		]);
	});
	it('give a partial sum’s coverage, and no reason for a value', () => {
		const rate = indicatorById('chomage_15_24')!;
		const row: CompareRow = {
			indicator: rate,
			cells: [],
			aggregates: {
				territory: agg({ value: 32.8, numerator: 10, denominator: 30.5, covered: 70 }),
				departement: agg({
					value: 28.8,
					numerator: 20,
					denominator: 69.4,
					covered: 350,
					total: 350
				})
			},
			values: { values: {}, counts: {}, missing: {} } as unknown as CompareRow['values']
		};
		expect(referenceNotes(row)).toEqual([
			['70 communes sur 71', ''],
			['', '']
		]);
	});
});

describe('compareExport: a commune’s row', () => {
	it('says a rate published without its counts has none, where another says « petit effectif »', () => {
		// Bonnevaux (30044): NEET share 0.00 in 2018, no head count published.
		const neet = indicatorById('jeunes_non_inseres_2018')!;
		const row: CompareRow = {
			indicator: neet,
			cells: [
				{
					code: '30044',
					detail: { value: 0, numerator: null, denominator: null, missing: null },
					rank: null,
					gap: null
				}
			],
			aggregates: { territory: agg({}), departement: agg({ total: 350 }) },
			values: { values: {}, counts: {}, missing: {} } as unknown as CompareRow['values']
		};
		const table = compareExport([row], { '30044': 'Bonnevaux' }, 'CA Alès Agglomération', 'Gard');
		const reliability = table.columns.findIndex((c) => c.header === 'Fiabilité');
		expect(table.rows[0]![reliability]).toBe('effectifs non publiés');
	});
});
