import { tableFromIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import {
	PROBLEM_COLUMNS,
	problemsToArrowIPC,
	problemsToArrowTables,
	problemTablesToIPC
} from './arrow';
import type { Problem } from './model';

const base: Problem = {
	id: 'p-1',
	forum: { date: '2025-03-14', lieu: 'Alès', numero: 1 },
	theme: 'jeunesse',
	subjects: ['mobilite', 'logement'],
	publics: ['jeunes_16_25'],
	communes: ['30007', '30329'],
	wholeTerritory: false,
	description: 'Pas de bus le soir',
	weight: 3,
	raisedBy: 'association',
	status: 'retenue',
	createdAt: '2025-03-14T10:00:00.000Z',
	updatedAt: '2025-03-14T10:00:00.000Z',
	example: true
};
const whole: Problem = {
	...base,
	id: 'p-2',
	forum: { date: '2025-05-20', lieu: '', numero: null },
	subjects: [],
	publics: [],
	communes: [],
	wholeTerritory: true,
	raisedBy: null,
	example: false
};

describe('problemsToArrowTables', () => {
	it('builds the problems table with typed columns and NULLs, never placeholders', () => {
		const { problems } = problemsToArrowTables([base, whole]);
		expect(problems.schema.fields.map((f) => [f.name, String(f.type)])).toEqual([
			['id', 'Utf8'],
			['forum_date', 'Date32<DAY>'],
			['forum_lieu', 'Utf8'],
			['forum_numero', 'Int32'],
			['theme', 'Utf8'],
			['description', 'Utf8'],
			['weight', 'Int32'],
			['raised_by', 'Utf8'],
			['status', 'Utf8'],
			['whole_territory', 'Bool'],
			['example', 'Bool']
		]);
		expect(problems.schema.fields.map((f) => f.name)).toEqual([...PROBLEM_COLUMNS]);
		expect(problems.toArray().map((r) => r.toJSON())).toEqual([
			{
				id: 'p-1',
				forum_date: Date.UTC(2025, 2, 14),
				forum_lieu: 'Alès',
				forum_numero: 1,
				theme: 'jeunesse',
				description: 'Pas de bus le soir',
				weight: 3,
				raised_by: 'association',
				status: 'retenue',
				whole_territory: false,
				example: true
			},
			{
				id: 'p-2',
				forum_date: Date.UTC(2025, 4, 20),
				forum_lieu: null,
				forum_numero: null,
				theme: 'jeunesse',
				description: 'Pas de bus le soir',
				weight: 3,
				raised_by: null,
				status: 'retenue',
				whole_territory: true,
				example: false
			}
		]);
	});

	it('builds one link row per commune, subject and public', () => {
		const { problem_links } = problemsToArrowTables([base, whole]);
		expect(problem_links.toArray().map((r) => r.toJSON())).toEqual([
			{ problem_id: 'p-1', dimension: 'commune', value: '30007' },
			{ problem_id: 'p-1', dimension: 'commune', value: '30329' },
			{ problem_id: 'p-1', dimension: 'subject', value: 'mobilite' },
			{ problem_id: 'p-1', dimension: 'subject', value: 'logement' },
			{ problem_id: 'p-1', dimension: 'public', value: 'jeunes_16_25' }
		]);
	});

	it('serialises to IPC streams that read back, even when empty', () => {
		const ipc = problemsToArrowIPC([base]);
		expect(tableFromIPC(ipc.problems).numRows).toBe(1);
		expect(tableFromIPC(ipc.problem_links).numRows).toBe(5);
		const empty = problemsToArrowIPC([]);
		expect(tableFromIPC(empty.problems).schema.fields).toHaveLength(11);
		expect(tableFromIPC(empty.problem_links).numRows).toBe(0);
	});

	it('writes tables built batch by batch as one stream of every row, in order', () => {
		const ipc = problemTablesToIPC([
			problemsToArrowTables([base]),
			problemsToArrowTables([]),
			problemsToArrowTables([whole])
		]);
		const problems = tableFromIPC(ipc.problems);
		expect(problems.getChild('id')!.toArray()).toEqual(['p-1', 'p-2']);
		// p-1: 2 communes, 2 subjects, 1 public; p-2 (whole territory, no lists): none.
		expect(tableFromIPC(ipc.problem_links).numRows).toBe(5);
		expect(tableFromIPC(problemTablesToIPC([]).problems).numRows).toBe(0);
	});
});
