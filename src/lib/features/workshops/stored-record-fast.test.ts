import { describe, expect, it } from 'vitest';
import { plainlyValid, schemaAccepts } from './stored-record';
import { makeProblem } from '../../../../tests/fixtures/workshops/helpers';

/** A record as this version stores it. */
const GOOD = {
	...makeProblem('p-1', { description: 'Pas de bus le soir', weight: 3 }),
	revision: 1,
	deletedAt: null
};

/** Values of every kind a damaged record could hold in a field. */
const ODD: unknown[] = [
	undefined,
	null,
	'',
	'x',
	'2022-02-31',
	'2025-03-14',
	0,
	-1,
	1.5,
	Number.NaN,
	Number.POSITIVE_INFINITY,
	1e7,
	'2025-03-20T10:00:00.000Z',
	new Date('2025-03-20T10:00:00.000Z'),
	true,
	[],
	['a'],
	[1],
	{},
	'nouvelle',
	'association'
];

const FIELDS = Object.keys(GOOD) as (keyof typeof GOOD)[];
const FORUM_FIELDS = ['date', 'lieu', 'numero'] as const;

/** GOOD with each field (and each forum field) replaced by each odd value, or removed. */
function mutations(): unknown[] {
	const out: unknown[] = [];
	for (const value of ODD) {
		for (const f of FIELDS) out.push({ ...GOOD, [f]: value });
		for (const f of FORUM_FIELDS) out.push({ ...GOOD, forum: { ...GOOD.forum, [f]: value } });
	}
	for (const f of FIELDS) {
		const { [f]: _gone, ...rest } = GOOD;
		out.push(rest);
	}
	return [...out, ...ODD];
}

describe('plainlyValid (the quick test of a stored record)', () => {
	it('accepts a record as stored, and one with a field a later version added', () => {
		expect(plainlyValid(GOOD)).toBe(true);
		expect(plainlyValid({ ...GOOD, addedByLaterVersion: 1 })).toBe(true);
		expect(plainlyValid({ ...GOOD, deletedAt: '2025-03-20T10:00:00.000Z' })).toBe(true);
	});

	it('never accepts a record the schema refuses (each field given each odd value, or removed)', () => {
		const all = mutations();
		// 21 values × (16 fields + 3 forum fields) + 16 removals + 21 bare values.
		expect(all).toHaveLength(21 * 19 + 16 + 21);
		const wronglyAccepted = all.filter((r) => plainlyValid(r) && !schemaAccepts(r));
		expect(wronglyAccepted).toEqual([]);
		// And it does refuse the damaged records: a refused one then goes through the schema.
		expect(plainlyValid({ ...GOOD, deletedAt: undefined })).toBe(false);
		expect(plainlyValid({ ...GOOD, forum: { ...GOOD.forum, date: '2022-02-31' } })).toBe(false);
		expect(plainlyValid({ ...GOOD, revision: 1.5 })).toBe(false);
		expect(plainlyValid({ ...GOOD, weight: 1e7 })).toBe(false);
		expect(plainlyValid({ ...GOOD, deletedAt: 'pas une date' })).toBe(false);
		expect(plainlyValid({ ...GOOD, communes: ['30007', '30007'] })).toBe(false);
		expect(plainlyValid({ ...GOOD, communes: ['30007'], wholeTerritory: true })).toBe(false);
		expect(plainlyValid({ ...GOOD, communes: [], wholeTerritory: false })).toBe(false);
		expect(plainlyValid({ ...GOOD, communes: [], wholeTerritory: true })).toBe(true);
		expect(plainlyValid({ ...GOOD, createdAt: 'n importe quoi' })).toBe(false);
	});
});
