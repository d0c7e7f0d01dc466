import { describe, expect, it } from 'vitest';
import { createProblem, updateProblem } from './create';
import type { ProblemDraft } from './model';

const draft: ProblemDraft = {
	forum: { date: '2025-03-13', lieu: ' Alès ', numero: 1 },
	theme: 'jeunesse',
	subjects: ['mobilite'],
	publics: [],
	communes: ['30010', '30007'],
	wholeTerritory: false,
	description: '  Pas de bus\r\nle soir ',
	weight: 2,
	raisedBy: null,
	status: 'nouvelle',
	example: false
};
const NOW = '2025-04-01T09:00:00.000Z';

describe('createProblem', () => {
	it('derives the same id whatever the commune order, case or punctuation of the text', () => {
		const a = createProblem(draft, NOW);
		const b = createProblem(
			{ ...draft, communes: ['30007', '30010'], description: 'pas de bus, le soir', weight: 9 },
			'2026-01-01T00:00:00.000Z'
		);
		expect(a.id).toMatch(/^p-[0-9a-f]{16}$/);
		expect(b.id).toBe(a.id);
		expect(createProblem({ ...draft, theme: 'vie_associative' }, NOW).id).not.toBe(a.id);
		expect(createProblem({ ...draft, communes: ['30007'] }, NOW).id).not.toBe(a.id);
	});

	it('trims text, stores line breaks as \\n and stamps both dates with `now`', () => {
		expect(createProblem(draft, NOW)).toMatchObject({
			forum: { lieu: 'Alès' },
			description: 'Pas de bus\nle soir',
			createdAt: NOW,
			updatedAt: NOW
		});
	});

	it('keeps an explicit id and valid timestamps', () => {
		const p = createProblem(
			{ ...draft, id: 'abc', createdAt: '2025-03-13T10:00:00.000Z', updatedAt: 'hier' },
			NOW
		);
		expect([p.id, p.createdAt, p.updatedAt]).toEqual([
			'abc',
			'2025-03-13T10:00:00.000Z',
			'2025-03-13T10:00:00.000Z'
		]);
	});
});

describe('updateProblem', () => {
	it('never changes the id or creation date', () => {
		const p = createProblem(draft, NOW);
		const later = '2025-05-01T00:00:00.000Z';
		expect(updateProblem(p, { status: 'retenue' }, later)).toEqual({
			...p,
			status: 'retenue',
			updatedAt: later
		});
	});

	it('stores an edited text as a new one is stored: trimmed, line breaks as \\n', () => {
		const p = createProblem(draft, NOW);
		const later = '2025-05-01T00:00:00.000Z';
		const edited = updateProblem(
			p,
			{ description: ' Plus de bus\r\naprès 19 h\r ', forum: { ...p.forum, lieu: ' Anduze\n' } },
			later
		);
		expect([edited.description, edited.forum.lieu]).toEqual(['Plus de bus\naprès 19 h', 'Anduze']);
	});
});
