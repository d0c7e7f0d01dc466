/** Filters of the /ateliers list. */
import { describe, expect, it } from 'vitest';
import type { Problem } from '$lib/features/workshops/model';
import {
	distinctForums,
	filterProblems,
	forumKey,
	NO_FILTERS,
	usedCommunes,
	WHOLE_TERRITORY_FILTER
} from './filters';

const base: Problem = {
	id: 'a',
	forum: { date: '2025-03-13', lieu: 'Alès', numero: 1 },
	theme: 'jeunesse',
	subjects: ['mobilite'],
	publics: ['jeunes_16_25'],
	communes: ['30007'],
	wholeTerritory: false,
	description: 'x',
	weight: 1,
	raisedBy: null,
	status: 'nouvelle',
	createdAt: '',
	updatedAt: '',
	example: false
};
const other: Problem = {
	...base,
	id: 'b',
	forum: { date: '2025-05-20', lieu: 'Anduze', numero: 2 },
	theme: 'vie_associative',
	subjects: [],
	communes: [],
	wholeTerritory: true,
	status: 'retenue'
};

describe('filterProblems', () => {
	it.each([
		{ f: {}, ids: ['a', 'b'] },
		{ f: { forum: forumKey(other.forum) }, ids: ['b'] },
		{ f: { theme: 'jeunesse' }, ids: ['a'] },
		{ f: { subject: 'mobilite' }, ids: ['a'] },
		{ f: { public: 'jeunes_16_25' }, ids: ['a', 'b'] },
		{ f: { commune: '30007' }, ids: ['a'] },
		{ f: { commune: WHOLE_TERRITORY_FILTER }, ids: ['b'] },
		{ f: { status: 'retenue', theme: 'jeunesse' }, ids: [] }
	])('$f → $ids', ({ f, ids }) => {
		expect(filterProblems([base, other], { ...NO_FILTERS, ...f }).map((p) => p.id)).toEqual(ids);
	});
});

describe('distinctForums', () => {
	it('lists each forum once, most recent first, with a French label', () => {
		expect(distinctForums([base, other, base]).map((f) => f.label)).toEqual([
			'Forum n° 2 — 20/05/2025, Anduze',
			'Forum n° 1 — 13/03/2025, Alès'
		]);
	});
});

describe('usedCommunes (the commune filter offers only communes in the list)', () => {
	it('keeps the communes some problem names, in the order given', () => {
		const communes = [{ code: '30350' }, { code: '30007' }, { code: '30010' }];
		// base names 30007; other names none (whole territory); a third names 30350 and 30007.
		const third = { ...base, id: 'c', communes: ['30350', '30007'] };
		expect(usedCommunes(communes, [base, other, third])).toEqual([
			{ code: '30350' },
			{ code: '30007' }
		]);
		expect(usedCommunes(communes, [other])).toEqual([]);
	});
});
