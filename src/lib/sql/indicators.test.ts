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

// Three communes, two in the territory. C is secret for youth counts.
const FIXTURE = `CREATE OR REPLACE TABLE commune_values AS SELECT * FROM (VALUES
  ('A', 1, 40.0, 200.0, 1000.0, 1200.0, 20000.0, 2.0),
  ('B', 1, 10.0, 50.0, 500.0, 400.0, NULL, 10.0),
  ('C', 0, NULL, 30.0, 100.0, 100.0, 18000.0, 4.0)
) t(code, in_territory, chom1524, act1524, pop16, pop22, med21, dist_km)`;

const db = useNodeDb((conn) => conn.query(FIXTURE));

describe('indicator SQL', () => {
	it('computes a commune ratio and keeps NULL for a secret count', () => {
		expect(buildCommuneValuesSql(youthUnemployment)).toBe(
			'SELECT code, (CAST("chom1524" AS DOUBLE)) / NULLIF(CAST("act1524" AS DOUBLE), 0) * 100 AS value FROM "commune_values" ORDER BY code'
		);
		const r = rows(db(), buildCommuneValuesSql(youthUnemployment));
		// A: 40 / 200 = 20 %; B: 10 / 50 = 20 %; C: secret → NULL, never 0
		expect(r).toEqual([
			{ code: 'A', value: 20 },
			{ code: 'B', value: 20 },
			{ code: 'C', value: null }
		]);
	});

	it('aggregates rates from summed counts, with coverage', () => {
		const r = rows(db(), buildAggregatesSql(youthUnemployment));
		// territory: (40 + 10) / (200 + 50) = 20 %, 2 of 2 communes;
		// département: C is secret so only A and B enter: 50 / 250 = 20 %, 2 of 3.
		expect(r).toEqual([
			{ scope: 'territory', value: 20, covered: 2, total: 2 },
			{ scope: 'departement', value: 20, covered: 2, total: 3 }
		]);
	});

	it('computes growth from summed populations, not from averaged growths', () => {
		const r = rows(db(), buildAggregatesSql(growth));
		// territory: exp(ln(1600 / 1500) / 6) - 1 = exp(0.0645385 / 6) - 1 = 1.08145 %
		expect(r[0]!.value as number).toBeCloseTo(1.08145, 4);
		// département: exp(ln(1700 / 1600) / 6) - 1 = exp(0.0606246 / 6) - 1 = 1.01553 %
		expect(r[1]!.value as number).toBeCloseTo(1.01553, 4);
	});

	it('refuses to aggregate a median, and weights a distance by population', () => {
		expect(rows(db(), buildAggregatesSql(median))[0]).toEqual({
			scope: 'territory',
			value: null,
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
		// territory: 1200 + 400 = 1600 (2 of 2); département: 1600 + 100 = 1700 (3 of 3)
		expect(rows(db(), buildAggregatesSql(population))).toEqual([
			{ scope: 'territory', value: 1600, covered: 2, total: 2 },
			{ scope: 'departement', value: 1700, covered: 3, total: 3 }
		]);
	});

	it('builds a commune profile with positional columns', () => {
		const r = rows(db(), buildCommuneProfileSql([youthUnemployment, median], 'B'));
		expect(r).toEqual([{ code: 'B', v0: 20, v1: null }]);
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
