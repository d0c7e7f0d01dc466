import { describe, expect, it } from 'vitest';
import { issue, type ImportIssue } from './report';
import { issuesByLine, linesWith } from './report-lines';

describe('issuesByLine', () => {
	// A short row (line 5) with three faults, a row (line 6) with one, a kept row (7) with a remark,
	// and the short row's own remark about its weight.
	const issues: ImportIssue[] = [
		issue(5, 'error', 'description vide'),
		issue(5, 'error', 'thème absent'),
		issue(5, 'warning', 'poids absent — 1 retenu'),
		issue(6, 'error', 'thème « sport » inconnu'),
		issue(5, 'error', 'aucune commune'),
		issue(7, 'warning', 'poids absent — 1 retenu')
	];

	it('gives one sentence per rejected line, its reasons joined, in the order lines appear', () => {
		expect(issuesByLine(issues, 'error')).toEqual([
			'Ligne 5 : description vide ; thème absent ; aucune commune',
			'Ligne 6 : thème « sport » inconnu'
		]);
	});

	it('leaves a rejected line out of the kept lines’ remarks', () => {
		expect(issuesByLine(issues, 'warning', linesWith(issues, 'error'))).toEqual([
			'Ligne 7 : poids absent — 1 retenu'
		]);
		expect(issuesByLine(issues, 'warning')).toHaveLength(2);
	});

	it('joins a JSON backup’s « Entrée N : » reasons the same way', () => {
		const json: ImportIssue[] = [
			{ line: 3, severity: 'error', message: 'Entrée 3 : identifiant absent' },
			{ line: 3, severity: 'error', message: 'Entrée 3 : date illisible' }
		];
		expect(issuesByLine(json, 'error')).toEqual(['Entrée 3 : identifiant absent ; date illisible']);
	});
});
