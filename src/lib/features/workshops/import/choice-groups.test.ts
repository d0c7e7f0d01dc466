import { describe, expect, it } from 'vitest';
import { groupChoices, linesLabel } from './choice-groups';
import type { PendingRow } from './report';

const ambiguous = {
	status: 'unknown',
	suggestions: []
} as unknown as PendingRow['unresolved'][0]['match'];
const row = (line: number, ...inputs: string[]): PendingRow =>
	({
		line,
		draft: {} as PendingRow['draft'],
		unresolved: inputs.map((input) => ({ input, match: ambiguous }))
	}) as PendingRow;

describe('groupChoices (one choice per distinct commune text)', () => {
	it('groups the exact same text across lines, in the file order, keeping each place', () => {
		const groups = groupChoices([
			row(2, 'Sant-Jean'),
			row(3, 'Anduz', 'Sant-Jean'),
			row(5, 'sant-jean') // another text (case): its own choice, never merged by guess
		]);
		expect(groups.map((g) => [g.input, g.refs])).toEqual([
			[
				'Sant-Jean',
				[
					{ line: 2, index: 0 },
					{ line: 3, index: 1 }
				]
			],
			['Anduz', [{ line: 3, index: 0 }]],
			['sant-jean', [{ line: 5, index: 0 }]]
		]);
	});
});

describe('linesLabel', () => {
	it('names up to three lines, then counts the others', () => {
		expect(linesLabel([{ line: 3 }])).toBe('Ligne 3');
		expect(linesLabel([{ line: 3 }, { line: 7 }])).toBe('Lignes 3 et 7');
		expect(linesLabel([{ line: 3 }, { line: 7 }, { line: 12 }])).toBe('Lignes 3, 7 et 12');
		const many = Array.from({ length: 2500 }, (_, i) => ({ line: i + 2 }));
		// 2 500 lines: 2, 3, 4 named, 2 497 counted.
		expect(linesLabel(many)).toBe('Lignes 2, 3, 4 et 2\u202f497 autres');
		expect(linesLabel([{ line: 3 }, { line: 3 }])).toBe('Ligne 3');
	});
});
