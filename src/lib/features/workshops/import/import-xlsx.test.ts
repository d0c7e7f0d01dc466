import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { NOW, OPTIONS } from '../../../../../tests/fixtures/workshops/helpers';
import { importProblems } from './index';

/** Builds a workbook the way a coordinator would type it: real date cells, numbers, a title row gap. */
async function workbook(): Promise<ArrayBuffer> {
	const wb = new ExcelJS.Workbook();
	const ws = wb.addWorksheet('Problématiques');
	ws.addRow([
		'Date du forum',
		'Lieu',
		'Forum n°',
		'Thème',
		'Sujets',
		'Communes',
		'Problématique',
		'Nombre de mentions',
		'Porté par'
	]);
	ws.addRow([
		new Date(Date.UTC(2025, 5, 12)),
		'Saint-Jean-du-Gard',
		3,
		'Jeunesse',
		'mobilité',
		'Saint-Jean-du-Gard',
		'Pas de transport vers Alès le samedi',
		4,
		'habitant'
	]);
	ws.addRow([]);
	ws.addRow([
		45820,
		'Saint-Jean-du-Gard',
		3,
		'Vie associative',
		'bénévolat',
		'Mialet, Thoiras',
		{ richText: [{ text: 'Locaux ' }, { text: 'vétustes' }] },
		1.5,
		'association'
	]);
	ws.addRow([
		new Date(Date.UTC(2025, 5, 12)),
		'Saint-Jean-du-Gard',
		3,
		'Jeunesse',
		'',
		'Anduze',
		{ formula: '"Pas de "&"PIJ"', result: 'Pas de PIJ' },
		2,
		'service'
	]);
	return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
}

describe('XLSX import', () => {
	it('reads date cells, serial dates, rich text and formulas, with Excel row numbers', async () => {
		const r = await importProblems(await workbook(), 'forum-3.xlsx', OPTIONS);
		if (r.kind !== 'ok') throw new Error(r.kind);
		expect(r.format).toBe('xlsx');
		expect(r.problems).toEqual([
			{
				id: expect.stringMatching(/^p-/),
				forum: { date: '2025-06-12', lieu: 'Saint-Jean-du-Gard', numero: 3 },
				theme: 'jeunesse',
				subjects: ['mobilite'],
				publics: [],
				communes: ['30269'],
				wholeTerritory: false,
				description: 'Pas de transport vers Alès le samedi',
				weight: 4,
				raisedBy: 'habitant',
				status: 'nouvelle',
				createdAt: NOW,
				updatedAt: NOW,
				example: false
			},
			expect.objectContaining({ description: 'Pas de PIJ', communes: ['30010'], weight: 2 })
		]);
		// Row 3 is empty and skipped; row 4 keeps its Excel number in the report, with the decimal
		// comma the spreadsheet showed.
		expect(r.issues.map((i) => i.message)).toEqual([
			'Ligne 4 : poids « 1,5 » non entier : indiquez combien de participants ou structures l’ont soulevée (nombre entier)'
		]);
	});

	it('converts an Excel serial day number into an ISO date', async () => {
		const wb = new ExcelJS.Workbook();
		const ws = wb.addWorksheet('A');
		ws.addRow(['Date du forum', 'Thème', 'Communes', 'Description']);
		ws.addRow([45820, 'jeunesse', 'Mialet', 'Pas de PIJ']);
		const r = await importProblems((await wb.xlsx.writeBuffer()) as ArrayBuffer, 'a.xlsx', OPTIONS);
		expect(r.kind === 'ok' && r.problems[0]?.forum.date).toBe('2025-06-12');
	});

	it('a formula never calculated, or an error, in a column read: the row is rejected, saying which', async () => {
		// A workbook written by a program: formulas without a saved result. Row 2 holds one in
		// « Description », row 3 an #N/A result in « Poids », row 4 one in a column read by no
		// field (« Calcul »): only rows 2 and 3 are rejected; row 4 is read.
		const wb = new ExcelJS.Workbook();
		const ws = wb.addWorksheet('A');
		ws.addRow(['Date du forum', 'Thème', 'Communes', 'Description', 'Poids', 'Calcul']);
		ws.addRow(['13/03/2025', 'jeunesse', 'Alès', { formula: 'CONCATENATE("a","b")' }, 2, '']);
		ws.addRow([
			'13/03/2025',
			'jeunesse',
			'Anduze',
			'Pas de PIJ',
			{ formula: 'NA()', result: { error: '#N/A' } },
			''
		]);
		ws.addRow(['13/03/2025', 'jeunesse', 'Mialet', 'Pas de bus', 3, { formula: '1+1' }]);
		const r = await importProblems((await wb.xlsx.writeBuffer()) as ArrayBuffer, 'f.xlsx', OPTIONS);
		if (r.kind !== 'ok') throw new Error(r.kind);
		expect(r.problems.map((p) => [p.description, p.weight])).toEqual([['Pas de bus', 3]]);
		const tail =
			' : la ligne n’est pas importée. Corrigez la cellule, ou ouvrez le classeur dans votre tableur et enregistrez-le pour que les formules soient calculées, puis importez-le de nouveau';
		expect(r.rejected.map((x) => [x.line, x.reasons])).toEqual([
			[2, [`formule sans valeur calculée dans la colonne « Description » (colonne 4)${tail}`]],
			[3, [`erreur « #N/A » dans la colonne « Poids » (colonne 5)${tail}`]]
		]);
		expect(r.problems.some((p) => p.description.includes('object'))).toBe(false);
	});

	it('a row hidden in the workbook (a filter) is read, and the report says so', async () => {
		const wb = new ExcelJS.Workbook();
		const ws = wb.addWorksheet('A');
		ws.addRow(['Date du forum', 'Thème', 'Communes', 'Description', 'Poids']);
		ws.addRow(['13/03/2025', 'jeunesse', 'Alès', 'Pas de bus', 2]);
		ws.addRow(['13/03/2025', 'jeunesse', 'Anduze', 'Pas de PIJ', 1]);
		ws.getRow(3).hidden = true;
		const r = await importProblems((await wb.xlsx.writeBuffer()) as ArrayBuffer, 'h.xlsx', OPTIONS);
		if (r.kind !== 'ok') throw new Error(r.kind);
		expect(r.problems.map((p) => p.description)).toEqual(['Pas de bus', 'Pas de PIJ']);
		expect(r.issues.map((i) => i.message)).toEqual([
			'Ligne 3 : ligne masquée dans le classeur : importée comme les autres'
		]);
	});

	it('a formula whose result is 0 is read as 0; a row of formulas no field reads is blank', async () => {
		// Excel saves a formula with its result; exceljs keeps a result of 0 as the cell's result
		// only. Row 3 holds nothing but a formula without a value, in « Calcul », read by no field.
		const wb = new ExcelJS.Workbook();
		const ws = wb.addWorksheet('A');
		ws.addRow(['Date du forum', 'Thème', 'Communes', 'Description', 'Poids', 'Calcul']);
		ws.addRow([
			'13/03/2025',
			'jeunesse',
			'Alès',
			{ formula: '"Pas de bus"', result: 'Pas de bus' },
			{ formula: '4-2', result: 2 },
			{ formula: '1-1', result: 0 }
		]);
		ws.addRow([
			'13/03/2025',
			'jeunesse',
			'Anduze',
			'Pas de PIJ',
			{ formula: '1-1', result: 0 },
			''
		]);
		ws.addRow(['', '', '', '', '', { formula: 'A3&B3' }]);
		const r = await importProblems((await wb.xlsx.writeBuffer()) as ArrayBuffer, 'z.xlsx', OPTIONS);
		if (r.kind !== 'ok') throw new Error(r.kind);
		expect(r.problems.map((p) => [p.description, p.weight])).toEqual([['Pas de bus', 2]]);
		// Line 3's weight is read as 0 (refused as a weight), not as a formula without a value.
		expect(r.rejected.map((x) => [x.line, x.reasons[0]?.slice(0, 11)])).toEqual([
			[3, 'poids « 0 »']
		]);
	});
});
