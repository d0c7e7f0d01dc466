import { describe, expect, it } from 'vitest';
import { NOW, OPTIONS, utf8 } from '../../../../../tests/fixtures/workshops/helpers';
import { importProblems, resolvePending } from './index';
import type { ImportResult } from './report';

function ok(result: ImportResult) {
	if (result.kind !== 'ok') throw new Error(`attendu ok, obtenu ${result.kind}`);
	return result;
}
const messages = (r: ImportResult) => ok(r).issues.map((i) => i.message);

describe('sheets with a title above the header', () => {
	it('finds the header below and reports the skipped lines', async () => {
		const text = `Forum du 13 mars;;\n\nDate du forum;Thème;Communes;Description\n13/03/2025;jeunesse;Alès;Pas de bus\n`;
		const r = ok(await importProblems(utf8(text), 't.csv', OPTIONS));
		expect(r.problems.map((p) => p.description)).toEqual(['Pas de bus']);
		expect(messages(r)).toEqual([
			'Ligne 1 : ignorée (titre ou note avant la ligne d’en-tête)',
			'Ligne 4 : poids absent — 1 retenu'
		]);
	});
});

describe('resolvePending', () => {
	it('completes a row once the user has chosen, with the same id a clean file would give', async () => {
		const head = 'Date du forum;Thème;Communes;Description;Poids\n';
		const r = ok(
			await importProblems(
				utf8(`${head}14/03/2025;jeunesse;Alès | Saint;Pas de PIJ;2\n`),
				'p.csv',
				OPTIONS
			)
		);
		const [row] = r.pending;
		if (!row) throw new Error('ligne en attente');
		const done = resolvePending(row, ['30269'], NOW);
		const clean = ok(
			await importProblems(
				utf8(`${head}14/03/2025;jeunesse;Alès | Saint-Jean-du-Gard;Pas de PIJ;2\n`),
				'c.csv',
				OPTIONS
			)
		);
		expect(done).toEqual({ ok: true, problem: clean.problems[0] });
		expect(resolvePending({ ...row, draft: { ...row.draft, communes: [] } }, [null], NOW)).toEqual({
			ok: false,
			errors: ['Ligne 2 : choisissez au moins une commune, ou « tout le territoire ».']
		});
	});
});
