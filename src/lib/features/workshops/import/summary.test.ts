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
			done
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

describe('lines completed with a commune follow the rule for two versions of one problem', () => {
	const HEAD = 'Date du forum;Lieu;Forum n°;Thème;Communes;Description;Poids';
	const line = (communes: string, weight: number) =>
		`13/03/2025;Alès;1;jeunesse;${communes};Pas de bus le dimanche;${weight}`;
	async function readCsv(...lines: string[]) {
		const r = await importProblems(utf8([HEAD, ...lines].join('\r\n')), 'forum.csv', OPTIONS);
		if (r.kind !== 'ok') throw new Error(r.kind);
		return r;
	}
	const SAME_LINE = (line: number) =>
		`même problématique que la ligne ${line} (même forum, thème, description et communes), avec d’autres valeurs : ligne non importée, pour ne rien écraser. Gardez une seule des deux lignes, avec les bonnes valeurs.`;

	it('a second identical line is imported once; a third with another weight is not imported', async () => {
		// Three lines await « Sant-Jean-du-Gard »; once Saint-Jean-du-Gard (30269) is chosen, all
		// three are the same problem (Alès and Saint-Jean-du-Gard), with weights 2, 2 and 5.
		const r = await readCsv(
			line('Alès | Sant-Jean-du-Gard', 2),
			line('Alès | Sant-Jean-du-Gard', 2),
			line('Alès | Sant-Jean-du-Gard', 5)
		);
		expect(r.pending.map((p) => p.line)).toEqual([2, 3, 4]);
		const done = completeImport(r, { 2: ['30269'], 3: ['30269'], 4: ['30269'] }, NOW);
		expect(done.problems.map((p) => [p.communes, p.weight])).toEqual([[['30007', '30269'], 2]]);
		expect(done.duplicates.map((i) => i.message)).toEqual([
			'Ligne 3 : identique à la ligne 2 : importée une seule fois'
		]);
		expect(done.clashes.map((i) => i.message)).toEqual([`Ligne 4 : ${SAME_LINE(2)}`]);
		expect(done.rejected).toEqual([
			{ line: 4, cells: r.pending[2]!.cells, reasons: [SAME_LINE(2)] }
		]);
		// Another commune for line 4 makes it another problem: imported.
		const other = completeImport(r, { 2: ['30269'], 3: ['30269'], 4: ['30132'] }, NOW);
		expect(other.problems.map((p) => p.weight)).toEqual([2, 5]);
		expect(other.clashes).toEqual([]);
	});

	it('a completed line meets a line read whole, before or after it in the file', async () => {
		// Line 2 waits, line 3 names Saint-Jean-du-Gard in full with weight 3, line 4 waits with
		// the weight of line 3: line 3 is kept; line 2 differs from it, line 4 is identical.
		const r = await readCsv(
			line('Alès | Sant-Jean-du-Gard', 2),
			line('Alès | Saint-Jean-du-Gard', 3),
			line('Alès | Sant-Jean-du-Gard', 3)
		);
		expect(r.problems.map((p) => p.weight)).toEqual([3]);
		expect(r.lines).toEqual([3]);
		const done = completeImport(r, { 2: ['30269'], 4: ['30269'] }, NOW);
		expect(done.problems.map((p) => p.weight)).toEqual([3]);
		expect(done.clashes.map((i) => i.message)).toEqual([`Ligne 2 : ${SAME_LINE(3)}`]);
		expect(done.duplicates.map((i) => i.message)).toEqual([
			'Ligne 4 : identique à la ligne 3 : importée une seule fois'
		]);
	});

	it('the same identifier given twice: the message says to empty the cell', async () => {
		const csv = [
			'Identifiant;' + HEAD,
			'p-1;' + line('Alès', 2),
			'p-1;' + line('Sant-Jean-du-Gard', 2)
		].join('\r\n');
		const r = await importProblems(utf8(csv), 'forum.csv', OPTIONS);
		if (r.kind !== 'ok') throw new Error(r.kind);
		const done = completeImport(r, { 3: ['30269'] }, NOW);
		expect(done.problems.map((p) => p.communes)).toEqual([['30007']]);
		expect(done.clashes.map((i) => i.message)).toEqual([
			'Ligne 3 : même identifiant (p-1) que la ligne 2, avec un autre contenu : ligne non importée, pour ne rien écraser. Si ce sont deux problématiques, videz la cellule « Identifiant » de celle-ci ; sinon, gardez une seule des deux lignes.'
		]);
	});

	it('counts the lines as the choices stand: one commune chosen, or one read, is enough', async () => {
		// Line 2: « Sant-Jean-du-Gard » only; line 3: Alès read and « Sant-Jean-du-Gard »;
		// line 4: « Sant-Jean-du-Gard » with another description (not a duplicate of line 2).
		const r = await readCsv(
			line('Sant-Jean-du-Gard', 2),
			line('Alès | Sant-Jean-du-Gard', 2),
			line('Sant-Jean-du-Gard', 2).replace('Pas de bus', 'Pas de train')
		);
		const none = completeImport(r, {}, NOW);
		expect([none.problems.length, none.dropped.map((i) => i.line)]).toEqual([1, [2, 4]]);
		const all = completeImport(r, { 2: ['30269'], 3: [''], 4: ['30269'] }, NOW);
		expect([all.problems.length, all.dropped.length, all.duplicates.length]).toEqual([3, 0, 0]);
	});
});
