import { describe, expect, it } from 'vitest';
import { OPTIONS, utf8 } from '../../../../../tests/fixtures/workshops/helpers';
import { MAX_IMPORT_BYTES, sizeRefusal } from './detect';
import { importProblems } from './index';

const SAVE_AS =
	'Dans votre tableur, choisissez « Enregistrer sous » puis le format CSV (séparateur point-virgule) ou Excel (.xlsx), et importez ce fichier.';
const PNG_HEADER = [
	0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52
];

describe('refused files', () => {
	const cases: { args: [Uint8Array | ArrayBuffer | Blob, string]; expected: string }[] = [
		{
			args: [new Uint8Array([0xff, 0xfe, 0x44, 0x00, 0x61, 0x00]), 'unicode.csv'],
			expected:
				'« unicode.csv » est enregistré en « Texte Unicode » (UTF-16). Dans votre tableur, choisissez « Enregistrer sous » puis « CSV UTF-8 (délimité par des virgules) », et importez ce fichier.'
		},
		// The same without its byte-order mark (« Date;Thème » in UTF-16LE): not « binaire ».
		{
			args: [
				new Uint8Array([...'Date;Thème\r\n'].flatMap((c) => [c.charCodeAt(0), 0])),
				'sans-bom.csv'
			],
			expected:
				'« sans-bom.csv » est enregistré en « Texte Unicode » (UTF-16). Dans votre tableur, choisissez « Enregistrer sous » puis « CSV UTF-8 (délimité par des virgules) », et importez ce fichier.'
		},
		{
			args: [new Uint8Array(0), 'forum.csv'],
			expected:
				'« forum.csv » est vide : vérifiez que vous avez choisi le bon fichier, enregistré après saisie.'
		},
		{
			args: [new Uint8Array(PNG_HEADER), 'photo-du-tableau.csv'],
			expected: `« photo-du-tableau.csv » contient des données binaires (image, PDF, document compressé…), pas un tableau. ${SAVE_AS}`
		},
		{
			args: [utf8('%PDF-1.7\n%âãÏÓ\n'), 'compte-rendu.pdf'],
			expected: `Le format .pdf ne peut pas être importé : seuls les fichiers CSV, Excel (.xlsx) et JSON (export de l’Atlas) sont acceptés. ${SAVE_AS}`
		},
		{
			args: [utf8('a;b'), 'ancien.xls'],
			expected: `Le format .xls n’est pas pris en charge. ${SAVE_AS}`
		},
		{
			args: [utf8('Date;Thème\n'), 'faux.xlsx'],
			expected: `« faux.xlsx » porte l’extension .xlsx mais n’est pas un classeur Excel valide. ${SAVE_AS}`
		},
		{
			args: [new ArrayBuffer(MAX_IMPORT_BYTES + 1), 'enorme.csv'],
			expected:
				'« enorme.csv » est trop volumineux (32 Mo, maximum 32 Mo). Importez seulement le tableau des problématiques, sans images ni autres onglets, ou découpez-le en plusieurs fichiers.'
		},
		{
			args: [new Blob(['{"format":"autre"}']), 'data.json'],
			expected:
				'Ce fichier JSON n’est pas un export de problématiques de l’Atlas. Pour importer un tableau, enregistrez-le en CSV ou en Excel (.xlsx).'
		},
		// Text that is not a table (notes, junk): one column cannot give the four required ones;
		// the header shown cut at 40 characters (« Compte rendu du forum de Génolhac avec d »);
		// it opened the column-mapping step with one meaningless column.
		{
			args: [
				utf8(
					'Compte rendu du forum de Génolhac avec des remarques diverses\nlorem ipsum\nautre ligne\n'
				),
				'notes.txt.csv'
			],
			expected:
				'« notes.txt.csv » ne ressemble pas à un tableau de problématiques : sa ligne d’en-tête (« Compte rendu du forum de Génolhac avec d… ») ne donne qu’une colonne, alors qu’il en faut au moins quatre (Date du forum, Thème, Communes, Description). Enregistrez-le depuis votre tableur en CSV (colonnes séparées par des points-virgules, des virgules ou des tabulations) ou en Excel (.xlsx), avec une ligne d’en-têtes, puis importez-le de nouveau. Les problématiques déjà enregistrées ne changent pas.'
		},
		// An export cut short is still an export: not « n'est pas un export ».
		{
			args: [
				new Blob(['{"format":"atlas-des-besoins/problemes","version":2,"probl']),
				'coupe.json'
			],
			expected:
				'Le fichier JSON est illisible (syntaxe invalide) : il est peut-être incomplet (copie interrompue) ou modifié à la main. Importez une sauvegarde complète, exportée par l’atlas (« Exporter », JSON) ; pour importer un tableau, enregistrez-le en CSV ou en Excel (.xlsx).'
		}
	];
	it.each(cases)('$args.1', async ({ args, expected }) => {
		expect(await importProblems(args[0], args[1], OPTIONS)).toEqual({
			kind: 'refused',
			message: expected
		});
	});
});

describe('sizeRefusal (the real size, not the size read)', () => {
	it('accepts 20,8 Mo (21 810 381 bytes) and states the real size of a 40,8 Mo file', () => {
		expect(sizeRefusal('gros.csv', 21_810_381)).toBeNull();
		expect(sizeRefusal('tres-gros.csv', 40 * 1024 * 1024 + 838_861)).toBe(
			'« tres-gros.csv » est trop volumineux (40,8 Mo, maximum 32 Mo). Importez seulement le tableau des problématiques, sans images ni autres onglets, ou découpez-le en plusieurs fichiers.'
		);
	});

	it('accepts the 6,1 Mo export of 20 000 problems', () => {
		expect(sizeRefusal('export.csv', Math.round(6.1 * 1024 * 1024))).toBeNull();
	});
});
