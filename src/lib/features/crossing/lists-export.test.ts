import { describe, expect, it } from 'vitest';
import { indicators } from '$lib/indicators/catalogue';
import { crossNeeds } from './quadrants';
import { crossingListsExport } from './lists-export';

// Four communes: a, b and c without a collège (0 for 1 000 children), d with one. Mentions: c
// only. Both tercile cuts tie at 0: a, b and c are the most marked group; a and b, never named,
// are the « silent » reading; nobody is « beaucoup » in the least marked group.
const codes = ['a', 'b', 'c', 'd'];
const values = {
	values: { a: 0, b: 0, c: 0, d: 2.5 },
	counts: { a: [0, 200], b: [0, 150], c: [0, 90], d: [1, 400] } as Record<string, [number, number]>,
	missing: {}
};
const names = { a: 'Aujac', b: 'Bagard', c: 'Cendras', d: 'Deaux' };
const listOf = (id: string) => {
	const indicator = indicators.find((i) => i.id === id)!;
	const { rows, thresholds } = crossNeeds(codes, values.values, { c: 3 }, indicator.polarity);
	return crossingListsExport(rows, indicator, values, names, thresholds).rows.map((r) => [
		r[0],
		r[2]
	]);
};

describe('crossingListsExport', () => {
	it('lists the communes without a collège as such, not as silent needs', () => {
		expect(listOf('colleges_pour_1000_enfants')).toEqual([
			['Sans collège, aucune problématique (pas en soi un manque)', 'Aujac'],
			['Sans collège, aucune problématique (pas en soi un manque)', 'Bagard']
		]);
	});
	it('keeps « Besoin silencieux » where none here may be a need (no crèche)', () => {
		expect(listOf('eaje_pour_1000_enfants')).toEqual([
			['Besoin silencieux', 'Aujac'],
			['Besoin silencieux', 'Bagard']
		]);
	});
});
