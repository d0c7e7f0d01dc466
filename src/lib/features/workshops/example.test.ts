import { describe, expect, it } from 'vitest';
import { ALES_COMMUNES } from '../../../../tests/fixtures/workshops/ales-communes';
import { EXAMPLE_CSV, loadExample } from './example';
import { mergeProblems } from './merge';

describe('loadExample', () => {
	it('imports all 40 fictional problems cleanly, each marked as an example', async () => {
		const problems = await loadExample(ALES_COMMUNES);
		expect(problems).toHaveLength(40);
		expect(problems.every((p) => p.example)).toBe(true);
		expect(new Set(problems.map((p) => p.id)).size).toBe(40);
		expect(new Set(problems.map((p) => p.forum.lieu))).toEqual(
			new Set(['Alès', 'La Grand-Combe', 'Saint-Jean-du-Gard'])
		);
		expect(new Set(problems.map((p) => p.theme)).size).toBe(3);
		expect(problems.filter((p) => p.wholeTerritory)).toHaveLength(6);
		expect(new Set(problems.flatMap((p) => p.communes)).size).toBe(27);
		expect(Math.min(...problems.map((p) => p.weight))).toBeGreaterThanOrEqual(1);
		expect(Math.max(...problems.map((p) => p.weight))).toBeLessThanOrEqual(12);
		expect(new Set(problems.map((p) => p.raisedBy))).toEqual(
			new Set(['service', 'association', 'elu', 'partenaire', 'habitant'])
		);
	});

	it('says it is fictional on every row', () => {
		const rows = EXAMPLE_CSV.trim().split('\r\n').slice(1);
		expect(rows).toHaveLength(40);
		expect(rows.every((r) => r.startsWith('exemple fictif;'))).toBe(true);
	});

	it('loading it twice adds nothing', async () => {
		const first = mergeProblems([], await loadExample(ALES_COMMUNES));
		const again = mergeProblems(first.merged, await loadExample(ALES_COMMUNES));
		expect([again.added.length, again.unchanged.length]).toEqual([0, 40]);
	});
});
