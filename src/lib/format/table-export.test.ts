import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
	csvCount,
	exportFileName,
	sheetName,
	tableToCsv,
	tableToXlsx,
	type ExportTable
} from './table-export';

const source = {
	id: 'rp2022',
	file: 'dossier_complet.csv',
	producer: 'Insee',
	vintage: 'RP 2022',
	licence: 'Licence Ouverte'
};
const table: ExportTable = {
	title: 'Taux de chômage des 15-24 ans : communes',
	columns: [
		{ header: 'Commune' },
		{ header: 'Taux (%)', digits: 1 },
		{ header: 'Actifs', digits: 0 },
		{ header: 'Raison si non disponible' }
	],
	rows: [
		['Alès', 39.287238, 3124, ''],
		['Saint-Jean; "le" haut\nligne 2', -1234.56, 12, ''],
		['=SOMME(A1)', null, null, 'secret statistique']
	],
	indicators: [{ label: 'Taux de chômage des 15-24 ans', sources: [source] }]
};

describe('tableToCsv', () => {
	const csv = tableToCsv(table);
	it('starts with a BOM and ends lines with CRLF', () => {
		expect(csv.startsWith('\uFEFFCommune;Taux (%);Actifs;')).toBe(true);
		expect(csv.split('\r\n')).toHaveLength(5);
	});
	it('writes decimal commas, quotes what must be, empties NULL and protects formulas', () => {
		expect(csv.split('\r\n')[1]).toBe('Alès;39,3;3124;');
		const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ';' }).data;
		expect(parsed.slice(0, 4)).toEqual([
			['Commune', 'Taux (%)', 'Actifs', 'Raison si non disponible'],
			['Alès', '39,3', '3124', ''],
			['Saint-Jean; "le" haut\nligne 2', '-1234,6', '12', ''],
			["'=SOMME(A1)", '', '', 'secret statistique']
		]);
	});
});

describe('counts in the CSV', () => {
	it('keeps a census count’s decimals, so that it gives back the rate', () => {
		// Youth unemployment (static/data/snapshot.json, RP 2022): Castelnau-Valence (30072) has
		// 9.251676 / 20.55977 = 45,0 %; rounded, 9 / 21 give 42,9 %. To four decimals, 9,2517 /
		// 20,5598 give 45,0 % again.
		const counts: ExportTable = {
			title: 'Comptes',
			columns: [
				{ header: 'Commune' },
				{ header: 'Numérateur', digits: 0, counts: true },
				{ header: 'Dénominateur', digits: 0, counts: true }
			],
			rows: [
				['Castelnau-Valence', 9.251676, 20.55977],
				['Sénéchas', 0, 0],
				['Entier', 12, 40.5]
			],
			indicators: []
		};
		expect(tableToCsv(counts).split('\r\n').slice(1, 4)).toEqual([
			'Castelnau-Valence;9,2517;20,5598',
			'Sénéchas;0;0',
			'Entier;12;40,5'
		]);
		expect(csvCount(100)).toBe('100');
		expect(csvCount(0.00004)).toBe('0');
	});
});

describe('a long table (one indicator per group of rows)', () => {
	// A population (no decimals) above a rate (one): each row keeps its own indicator's.
	const long: ExportTable = {
		title: 'Comparaison',
		columns: [{ header: 'Indicateur' }, { header: 'Valeur', digits: 2, rowDigits: [0, 1] }],
		rows: [
			['Population', 45025],
			['Taux de chômage des 15-24 ans', 39.287238]
		],
		indicators: []
	};
	it('writes each row with its own decimals in the CSV', () => {
		expect(tableToCsv(long).split('\r\n').slice(1, 3)).toEqual([
			'Population;45025',
			'Taux de chômage des 15-24 ans;39,3'
		]);
	});
	it('formats each cell with its own decimals in the workbook, its text column wide enough', async () => {
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load((await tableToXlsx(long)) as never);
		const sheet = wb.worksheets[0]!;
		expect([sheet.getCell('B2').numFmt, sheet.getCell('B3').numFmt]).toEqual(['0', '0.0']);
		// « Taux de chômage des 15-24 ans » is 29 characters: 31 wide.
		expect(sheet.getColumn(1).width).toBe(31);
	});
});

describe('tableToXlsx', () => {
	it('writes the table with numbers as numbers, and a « Sources » sheet', async () => {
		const wb = new ExcelJS.Workbook();
		// exceljs types want a Node Buffer; the ArrayBuffer reads the same.
		await wb.xlsx.load((await tableToXlsx(table)) as never);
		expect(wb.worksheets.map((s) => s.name)).toEqual(['Taux de chômage des 15-24 ans', 'Sources']);
		const sheet = wb.worksheets[0]!;
		expect(sheet.getRow(2).values).toEqual([undefined, 'Alès', 39.287238, 3124, '']);
		expect(sheet.getCell('B4').value).toBeNull();
		expect(sheet.getCell('D4').value).toBe('secret statistique');
		expect(sheet.getColumn(2).numFmt).toBe('0.0');
		expect(wb.getWorksheet('Sources')!.getRow(2).values).toEqual([
			undefined,
			'Taux de chômage des 15-24 ans',
			'Insee',
			'RP 2022',
			'dossier_complet.csv',
			'Licence Ouverte'
		]);
	});
});

describe('names', () => {
	it('keeps sheet names within Excel rules', () => {
		expect(sheetName('Communes : a/b [c]')).toBe('Communes   a b  c');
		expect(sheetName('x'.repeat(40))).toHaveLength(31);
		// Cut after the last whole word that fits in 31, not in the middle of « Alès ».
		expect(sheetName('Comparaison de communes, CA Alès Agglomération')).toBe(
			'Comparaison de communes, CA'
		);
	});
	it('makes a file name without accents', () => {
		expect(exportFileName('Taux de chômage des 15-24 ans', '2026-11-30', 'csv')).toBe(
			'taux-de-chomage-des-15-24-ans-2026-11-30.csv'
		);
	});
});
