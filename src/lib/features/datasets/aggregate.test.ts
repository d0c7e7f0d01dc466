/**
 * From partner-style files to per-commune numbers. Expectations counted by hand from the fixtures
 * in tests/fixtures/datasets (every row is listed in the comments) and from
 * static/data/communes-ref.json (71 communes; Corbès and Thoiras merged into Thoiras-Corbès,
 * 30329, former code 30094).
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCommuneMatcher, type CommuneRef } from '$lib/features/workshops/communes';
import { aggregateRows, type CommuneScope } from './aggregate';
import type { DatasetSettings } from './model';
import ExcelJS from 'exceljs';
import { readDatasetFile } from './read-file';

const json = (f: string) => JSON.parse(fs.readFileSync(`static/data/${f}`, 'utf8')) as CommuneRef[];
const territory = json('communes-ref.json');
const outside = json('communes-departement.json');
const scope: CommuneScope = {
	matcher: createCommuneMatcher(territory, outside),
	covered: territory.map((c) => c.code),
	name: 'l’Agglomération'
};
const fixture = (name: string) =>
	new Uint8Array(fs.readFileSync(`tests/fixtures/datasets/${name}`));

async function table(name: string) {
	const r = await readDatasetFile(name, fixture(name));
	if (r.kind !== 'table') throw new Error(`not a table: ${JSON.stringify(r)}`);
	return r;
}

describe('an RNA-style list of associations (one row per association, names as written)', () => {
	const settings: DatasetSettings = {
		shape: 'items',
		communeColumn: 'adrs_libcommune',
		coverage: 'territory',
		measure: { kind: 'count', per: 'habitants' }
	};

	it('counts associations per commune, folds Corbès, lists the rows it cannot place', async () => {
		const r = aggregateRows(
			(await table('rna-associations-exemple-fictif.csv')).sheets[0]!.table,
			settings,
			scope
		);
		// Lines 2-3 Alès (« ALES », « Alès »), 5 ANDUZE, 6 Corbès → Thoiras-Corbès, 8 « La Grand
		// Combe », 9 « St Martin de Valgalgues ».
		expect(r.counts.n).toMatchObject({
			'30007': 2,
			'30010': 1,
			'30329': 1,
			'30132': 1,
			'30284': 1
		});
		// Every other commune of the Agglomération has none: 0, not missing.
		expect(Object.keys(r.counts.n)).toHaveLength(71);
		expect(r.counts.n['30022']).toBe(0);
		expect(Object.values(r.counts.n).reduce((a, b) => a + b, 0)).toBe(6);
		// Line 4 « Anduse » (a typo), 7 Nîmes (outside), 10 no commune.
		expect(r.rejected.map((x) => x.line)).toEqual([4, 7, 10]);
		expect(r.rejected[0]!.reasons[0]).toContain('Anduze');
		expect(r.rejected[1]!.reasons[0]).toBe('« Nîmes » : commune hors de l’Agglomération (Nîmes)');
		expect(r.rejected[2]!.reasons[0]).toBe('commune manquante');
		expect(r.notes.join(' ')).toContain('« Corbès » est une ancienne commune');
		expect(r.kept).toHaveLength(6);
		expect(r.error).toBeNull();
	});

	it('says which column is missing when a newer file lacks it', async () => {
		const t = (await table('rna-associations-exemple-fictif.csv')).sheets[0]!.table;
		const r = aggregateRows(t, { ...settings, communeColumn: 'Commune' }, scope);
		expect(r.error).toContain('Colonne absente du fichier : « Commune »');
	});
});

describe('a CAF-style file (« ; », Windows-1252, one row per commune with places and children)', () => {
	const settings: DatasetSettings = {
		shape: 'rate',
		communeColumn: 'Code INSEE',
		coverage: 'territory',
		measure: {
			kind: 'rate',
			numerator: 'Nombre de places EAJE',
			denominator: 'Enfants de moins de 3 ans',
			scale: 100
		}
	};

	it('keeps places and children as counts, the secret as secret, and reports the rest', async () => {
		const read = await table('caf-eaje-exemple-fictif.csv');
		expect(read.notes[0]).toContain('Windows-1252');
		const r = aggregateRows(read.sheets[0]!.table, settings, scope);
		// Line 2 Alès 1 204 / 1 530; line 5 Saint-Martin 60 / 120; line 9 Saint-Privat 0 / 190.
		expect(r.counts.n).toEqual({ '30007': 1204, '30284': 60, '30294': 0 });
		expect(r.counts.d).toEqual({ '30007': 1530, '30284': 120, '30294': 190 });
		// Line 4 Anduze « s »: secret, never 0.
		expect(r.secret).toEqual(['30010']);
		// Lines 3 and 8 La Grand-Combe twice; 6 « douze » (Bagard); 7 a negative count
		// (Boisset-et-Gaujac): their values are unknown, said « ligne rejetée », not « non publié ».
		expect(r.refused).toEqual(['30027', '30042', '30132']);
		expect(r.notes).toContain(
			'3 communes dont une ligne est rejetée : valeur inconnue (n.d., « ligne rejetée à l’import »), jamais une somme partielle ni 0.'
		);
		expect(r.rejected.map((x) => x.line)).toEqual([3, 6, 7, 8]);
		expect(r.rejected[0]!.reasons[0]).toContain(
			'La Grand-Combe figure sur plusieurs lignes (3, 8)'
		);
		expect(r.rejected[1]!.reasons[0]).toBe(
			'« Nombre de places EAJE » : « douze » n’est pas un nombre'
		);
		expect(r.rejected[2]!.reasons[0]).toBe(
			'« Nombre de places EAJE » : effectif négatif (\u22125)'
		);
	});
});

describe('items summed per commune, with a row whose number cannot be read', () => {
	const settings: DatasetSettings = {
		shape: 'items',
		communeColumn: 'commune',
		coverage: 'territory',
		measure: { kind: 'sum', column: 'places', per: null }
	};
	const rows = (...lines: string[]) => ({
		headers: ['commune', 'places'],
		rows: lines.map((l, k) => ({ line: k + 2, cells: l.split(';') }))
	});

	it('leaves that commune unknown: never the sum of its other rows, never 0', () => {
		// Alès 12 + « douze »; Anduze « ? » alone; Bagard 5 + 7.
		const r = aggregateRows(
			rows('30007;12', '30007;douze', '30010;?', '30027;5', '30027;7'),
			settings,
			scope
		);
		expect(r.counts.n['30007']).toBeUndefined();
		expect(r.counts.n['30010']).toBeUndefined();
		expect(r.counts.n['30027']).toBe(12);
		// A commune with no row at all has no item: 0.
		expect(r.counts.n['30022']).toBe(0);
		expect(Object.keys(r.counts.n)).toHaveLength(69);
		expect(r.refused).toEqual(['30007', '30010']);
		expect(r.rejected.map((x) => x.line)).toEqual([3, 4]);
	});

	it('a secret row wins over a refused one: the commune is said secret', () => {
		const r = aggregateRows(rows('30007;s', '30007;douze'), settings, scope);
		expect(r.secret).toEqual(['30007']);
		expect(r.refused).toEqual([]);
	});
});

describe('files that cannot be read say why', () => {
	it('empty, binary, UTF-16 and too large', async () => {
		const msg = async (name: string, bytes: Uint8Array) => {
			const r = await readDatasetFile(name, bytes);
			return r.kind === 'error' ? r.message : `lu : ${r.kind}`;
		};
		expect(await msg('vide.csv', new Uint8Array())).toContain('Le fichier est vide');
		expect(await msg('blanc.csv', new TextEncoder().encode('  \r\n\r\n'))).toContain('vide');
		expect(await msg('image.csv', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]))).toContain(
			'binaire'
		);
		expect(await msg('excel.csv', new Uint8Array([0xff, 0xfe, 0x41, 0]))).toContain('UTF-16');
		// 60 Mo: the message gives the real size.
		expect(await msg('gros.csv', new Uint8Array(60 * 1024 * 1024))).toContain('60,0 Mo');
		expect(await msg('entete.csv', new TextEncoder().encode('code;valeur\n'))).toContain(
			'qu’une ligne d’en-tête'
		);
	});

	it('a quote left open is reported at its line, and the other rows kept', async () => {
		const text = 'commune;nombre\n30007;3\n"Anduze;2\n30132;1\n';
		const r = await readDatasetFile('q.csv', new TextEncoder().encode(text));
		if (r.kind !== 'table') throw new Error(r.kind);
		const s = r.sheets[0]!;
		expect(s.rejected.map((x) => x.line)).toEqual([3]);
		expect(s.table.rows.map((x) => x.cells[0])).toEqual(['30007', '30132']);
	});

	it('mojibake (UTF-8 read twice) is pointed out', async () => {
		const r = await readDatasetFile('m.csv', new TextEncoder().encode('commune;n\nAlÃ¨s;3\n'));
		expect(r.kind === 'table' && r.notes.join(' ')).toContain('« Ã© » au lieu de « é »');
	});
});

describe('a CAF-style workbook with a sheet of notes before the data', () => {
	it('offers every sheet, the largest first, and reads numbers typed as numbers', async () => {
		const wb = new ExcelJS.Workbook();
		wb.addWorksheet('Notes').addRow(['Places EAJE au 31/12/2024 (exemple fictif)']);
		const data = wb.addWorksheet('EAJE 2024');
		data.addRow(['Code commune', 'Places']);
		data.addRow(['30007', 1204]);
		data.addRow(['30010', 's']);
		data.addRow(['30132', 40]);
		const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
		const r = await readDatasetFile('eaje.xlsx', bytes);
		if (r.kind !== 'table') throw new Error(r.kind);
		// « Notes » has a header and no row: it is not offered.
		expect(r.sheets.map((x) => x.name)).toEqual(['EAJE 2024']);
		const agg = aggregateRows(
			r.sheets[0]!.table,
			{
				shape: 'communes',
				communeColumn: 'Code commune',
				coverage: 'territory',
				measure: { kind: 'value', column: 'Places', additive: true }
			},
			scope
		);
		expect(agg.counts.n).toEqual({ '30007': 1204, '30132': 40 });
		expect(agg.secret).toEqual(['30010']);
	});
});
