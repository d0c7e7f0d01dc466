import { describe, expect, it } from 'vitest';
import type { Indicator } from '$lib/indicators/types';
import { rows, useNodeDb } from '../../../tests/helpers/duckdb-node';
import { buildAggregatesSql, buildCommuneProfileSql, buildCommuneValuesSql } from './indicators';

const base: Omit<Indicator, 'id' | 'formula'> = {
	label: 'x',
	definition: 'x',
	theme: 'jeunesse',
	unit: '%',
	digits: 1,
	sources: [],
	polarity: 1
};
const youthUnemployment: Indicator = {
	...base,
	id: 'chomage_jeunes',
	formula: { kind: 'ratio', numerator: ['chom1524'], denominator: ['act1524'], scale: 100 }
};
const growth: Indicator = {
	...base,
	id: 'evol_pop',
	formula: { kind: 'growth', from: 'pop16', to: 'pop22', years: 6 }
};
const median: Indicator = {
	...base,
	id: 'mediane',
	formula: { kind: 'value', column: 'med21', aggregate: { kind: 'none', reason: 'médiane' } }
};
const distance: Indicator = {
	...base,
	id: 'dist',
	formula: { kind: 'value', column: 'dist_km', aggregate: { kind: 'weighted', weight: 'pop22' } }
};

// Four communes, two in the territory. C is secret for youth counts; B's median is lost in a
// merge; D has no active young person (a zero denominator).
const FIXTURE = `CREATE OR REPLACE TABLE commune_values AS SELECT * FROM (VALUES
  ('A', 1, 40.0, 200.0, 1000.0, 1200.0, 20000.0, 2.0),
  ('B', 1, 10.0, 50.0, 500.0, 400.0, NULL, 10.0),
  ('C', 0, NULL, 30.0, 100.0, 100.0, 18000.0, 4.0),
  ('D', 0, 0.0, 0.0, 20.0, 0.0, NULL, 3.0)
) t(code, in_territory, chom1524, act1524, pop16, pop22, med21, dist_km)`;
const GAPS = `CREATE OR REPLACE TABLE value_gaps AS SELECT * FROM (VALUES
  ('C', 'chom1524', 'secret'), ('B', 'med21', 'fusion'), ('D', 'med21', 'non_publie')
) t(code, "column", reason)`;

const db = useNodeDb((conn) => {
	conn.query(FIXTURE);
	conn.query(GAPS);
});

describe('indicator SQL', () => {
	it('computes a commune ratio with its counts, and says why a value is NULL', () => {
		const r = rows(db(), buildCommuneValuesSql(youthUnemployment));
		// A: 40 / 200 = 20 %; B: 10 / 50 = 20 %; C: secret numerator → NULL, never 0;
		// D: 0 / 0 → NULL, zero denominator.
		expect(r).toEqual(
			[
				{ code: 'A', value: 20, numerator: 40, denominator: 200, missing: null },
				{ code: 'B', value: 20, numerator: 10, denominator: 50, missing: null },
				{ code: 'C', value: null, numerator: null, denominator: 30, missing: 'secret' },
				{ code: 'D', value: null, numerator: 0, denominator: 0, missing: 'denominateur_nul' }
			].map((x) => ({ ...x, population: null }))
		);
	});

	it('gives a published value the reason recorded for its column', () => {
		const r = rows(db(), buildCommuneValuesSql(median));
		expect(r.map((x) => [x.code, x.value, x.missing])).toEqual([
			['A', 20000, null],
			['B', null, 'fusion'],
			['C', 18000, null],
			['D', null, 'non_publie']
		]);
	});

	it('gives a published rate the count that bounds its unknown denominator, not its reason', () => {
		const bounded: Indicator = {
			...median,
			formula: {
				kind: 'value',
				column: 'med21',
				aggregate: { kind: 'none', reason: 'taux publié' },
				population: { column: 'chom1524', counted: 'x', countedOne: 'x', vintage: 'x' }
			}
		};
		// A secret recorded on D's bound would outrank med21's « non publié » if it were looked at.
		db().query(`INSERT INTO value_gaps VALUES ('D', 'chom1524', 'secret')`);
		const r = rows(db(), buildCommuneValuesSql(bounded));
		// The fixture's chom1524 column as the bound (A 40, B 10, C secret, D 0); B's and D's
		// NULL values keep med21's own reasons (merge, not published); C's secret bound is NULL.
		expect(r.map((x) => [x.code, x.value, x.population, x.missing])).toEqual([
			['A', 20000, 40, null],
			['B', null, 10, 'fusion'],
			['C', 18000, null, null],
			['D', null, 0, 'non_publie']
		]);
	});

	it('aggregates rates from summed counts, with coverage', () => {
		const r = rows(db(), buildAggregatesSql(youthUnemployment));
		// territory: (40 + 10) / (200 + 50) = 20 %, 2 of 2 communes;
		// département: C is secret so A, B and D enter: 50 / 250 = 20 %, 3 of 4.
		const counts = { numerator: 50, denominator: 250 };
		expect(r).toEqual([
			{ scope: 'territory', value: 20, ...counts, covered: 2, total: 2 },
			{ scope: 'departement', value: 20, ...counts, covered: 3, total: 4 }
		]);
	});

	it('computes growth from summed populations, not from averaged growths', () => {
		const r = rows(db(), buildAggregatesSql(growth));
		// territory: exp(ln(1600 / 1500) / 6) - 1 = exp(0.0645385 / 6) - 1 = 1.08145 %
		expect(r[0]!.value as number).toBeCloseTo(1.08145, 4);
		// département (D has pop16 = 20): ln(1700 / 1620) = 0.0482021; / 6 = 0.00803368;
		// exp(x) - 1 = x + x² / 2 + x³ / 6 = 0.00806604 → 0.80660 %
		expect(r[1]!.value as number).toBeCloseTo(0.8066, 4);
	});

	it('refuses to aggregate a median, and weights a distance by population', () => {
		expect(rows(db(), buildAggregatesSql(median))[0]).toEqual({
			scope: 'territory',
			value: null,
			numerator: null,
			denominator: null,
			covered: 0,
			total: 2
		});
		// (2 × 1200 + 10 × 400) / 1600 = 4 km
		expect(rows(db(), buildAggregatesSql(distance))[0]!.value).toBe(4);
	});

	it('adds up a count over the communes whose value is known', () => {
		const population: Indicator = {
			...base,
			id: 'pop',
			formula: { kind: 'value', column: 'pop22', aggregate: { kind: 'sum' } }
		};
		// territory: 1200 + 400 = 1600 (2 of 2); département: 1600 + 100 + 0 = 1700 (4 of 4)
		const none = { numerator: null, denominator: null };
		expect(rows(db(), buildAggregatesSql(population))).toEqual([
			{ scope: 'territory', value: 1600, ...none, covered: 2, total: 2 },
			{ scope: 'departement', value: 1700, ...none, covered: 4, total: 4 }
		]);
	});

	it('builds a commune profile, one row per indicator in catalogue order', () => {
		const r = rows(db(), buildCommuneProfileSql([youthUnemployment, median], 'B'));
		expect(r).toEqual([
			{ k: 0, value: 20, numerator: 10, denominator: 50, missing: null, population: null },
			{ k: 1, value: null, numerator: null, denominator: null, missing: 'fusion', population: null }
		]);
	});

	it('rejects an identifier that is not a plain name', () => {
		const evil: Indicator = {
			...base,
			id: 'x',
			formula: {
				kind: 'value',
				column: 'a"; DROP TABLE t; --',
				aggregate: { kind: 'none', reason: '' }
			}
		};
		expect(() => buildCommuneValuesSql(evil)).toThrow(/refusé/);
	});
});
