import { describe, expect, it } from 'vitest';
import { NOW, OPTIONS, utf8 } from '../../../../../tests/fixtures/workshops/helpers';
import { importProblems } from './index';
import { completeImport, summarise } from './summary';

const CSV = [
	'Date du forum;Lieu;Forum n°;Thème;Communes;Description;Poids',
	'13/03/2025;Alès;1;jeunesse;Alès;Pas de bus le dimanche;3',
	'13/03/2025;Alès;1;jeunesse;Sant-Jean-du-Gard;Logements saisonniers trop chers;2',
	'13/03/2025;Alès;1;jeunesse;Sant-Jean-du-Gard;Pas de crèche le samedi;1',
	'13/03/2025;Alès;1;jeunesse;Anduze;;1'
].join('\r\n');

async function read() {
	const r = await importProblems(utf8(CSV), 'forum.csv', OPTIONS);
	if (r.kind !== 'ok') throw new Error(r.kind);
	return r;
}

describe('completing an import', () => {
	it('adds the rows whose commune was chosen and rejects the others, line by line', async () => {
		const r = await read();
		// Lines 3 and 4 await a commune; the user picks Saint-Jean-du-Gard (30269) for line 3 only.
		expect(r.pending.map((p) => p.line)).toEqual([3, 4]);
		const done = completeImport(r, { 3: ['30269'], 4: [''] }, NOW);
		expect(done.problems.map((p) => [p.description, p.communes])).toEqual([
			['Pas de bus le dimanche', ['30007']],
			['Logements saisonniers trop chers', ['30269']]
		]);
		expect(done.dropped.map((i) => i.message)).toEqual([
			'Ligne 4 : aucune commune choisie : ligne non importée.'
		]);
		// Line 5 (empty description) was rejected when read; line 4 joins it.
		expect(done.rejected.map((x) => x.line)).toEqual([5, 4]);
	});

	it('counts the merge and lists the lines not imported in file order', async () => {
		const r = await read();
		const done = completeImport(r, { 3: ['30269'], 4: [''] }, NOW);
		const [first, second] = done.problems;
		const summary = summarise(
			{
				merged: [first!, second!],
				added: [first!],
				unchanged: [],
				// The file renamed a stored problem (by its id), and changed another's weight only.
				updated: [
					{ ...first!, description: 'Pas de bus le soir' },
					{ ...second!, weight: 9 }
				],
				replaced: [first!, second!],
				conflicts: [{ existing: second!, incoming: second! }],
				restored: [],
				keptDeleted: [],
				blocked: [],
				written: []
			},
			done.dropped,
			done.rejected
		);
		expect(summary).toMatchObject({ added: 1, unchanged: 0, updated: 2, restored: 0 });
		expect(summary.updates).toEqual([
			'« Pas de bus le dimanche » devient « Pas de bus le soir »',
			'« Logements saisonniers trop chers » (autres valeurs du fichier)'
		]);
		expect(summary.conflicts).toEqual([second!.description]);
		// Line 4 had no commune chosen, line 5 no description: in file order.
		expect(summary.rejected.map((x) => x.line)).toEqual([4, 5]);
	});

	it('says which commune text a line was imported without, when none was chosen for it', async () => {
		const csv = [
			'Date du forum;Lieu;Forum n°;Thème;Communes;Description;Poids',
			'13/03/2025;Alès;1;jeunesse;Alès | Sant-Jean-du-Gard;Pas de bus le dimanche;3'
		].join('\r\n');
		const r = await importProblems(utf8(csv), 'forum.csv', OPTIONS);
		if (r.kind !== 'ok') throw new Error(r.kind);
		// Alès (30007) is read; « Sant-Jean-du-Gard » waits for a choice, and none is made.
		const done = completeImport(r, { 2: [''] }, NOW);
		expect(done.problems.map((p) => p.communes)).toEqual([['30007']]);
		expect(done.partial.map((i) => i.message)).toEqual([
			'Ligne 2 : importée sans « Sant-Jean-du-Gard » (aucune commune choisie pour ce nom).'
		]);
		expect(done.dropped).toEqual([]);
	});
});
