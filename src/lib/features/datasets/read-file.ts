/**
 * A partner's file to a table of text cells, through the workshop import's reading layer (decoding
 * UTF-8 or Windows-1252, the CSV reader, the workbook reader). What cannot be read gets a French
 * message saying what to do: an empty or binary file, UTF-16, a file too large, a broken quote.
 */
import { decodeText, latinLinesNote } from '$lib/features/workshops/import/decode';
import { readCsvTable } from '$lib/features/workshops/import/csv-parse';
import { readXlsxSheets, sheetTable } from '$lib/features/workshops/import/xlsx';
import { formatNumber } from '$lib/format/number';
import type { RejectedRow, TextTable } from './aggregate';

/** Largest file read (the browser keeps the rows; beyond this, aggregate the file first). */
export const MAX_BYTES = 50 * 1024 * 1024;

/** A sheet of a workbook, or the one table of a CSV. */
export interface ReadSheet {
	name: string;
	table: TextTable;
	rejected: RejectedRow[];
}

/** What reading a file gives. */
export type FileReading =
	| { kind: 'table'; sheets: ReadSheet[]; notes: string[] }
	| { kind: 'geojson'; text: string }
	| { kind: 'error'; message: string };

const mo = (bytes: number) => `${formatNumber(bytes / 1024 / 1024, 1)} Mo`;
const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b;

/** Mojibake of UTF-8 read as Windows-1252 (« Ã© » for « é »): the file was converted twice. */
const MOJIBAKE = /Ã[\u00a0-\u00bf\u201a-\u203a]|â€/;

function binaryMessage(b: Uint8Array): string | null {
	if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff))
		return 'Ce fichier est encodé en UTF-16, que l’atlas ne lit pas. Dans Excel, enregistrez-le au format « CSV UTF-8 (délimité par des virgules) », puis importez ce nouveau fichier.';
	const head = b.subarray(0, 4096);
	if (head.includes(0))
		return 'Ce fichier n’est ni un tableau (CSV, XLSX) ni un GeoJSON : son contenu est binaire. Enregistrez les données au format CSV ou XLSX, puis importez ce fichier.';
	return null;
}

/** A CSV's rows: a record whose quote never closes is listed and left out, the others kept. */
function csvSheet(text: string): ReadSheet | null {
	const raw = readCsvTable(text);
	if (!raw) return null;
	const rejected: RejectedRow[] = [];
	const rows = raw.rows.filter((r) => {
		if (!r.broken) return true;
		rejected.push({
			line: r.line,
			cells: r.cells,
			reasons: [`guillemet ouvert à la colonne ${r.broken.cell + 1} et jamais refermé`]
		});
		return false;
	});
	return { name: 'CSV', table: { headers: raw.headers, rows }, rejected };
}

/** Reads a file by its name and bytes; see the module comment. */
export async function readDatasetFile(name: string, bytes: Uint8Array): Promise<FileReading> {
	if (bytes.byteLength > MAX_BYTES)
		return {
			kind: 'error',
			message: `Le fichier pèse ${mo(bytes.byteLength)}, au-delà de la limite de ${mo(MAX_BYTES)} : regroupez-le d’abord par commune (un tableur suffit), ou ne gardez que les colonnes utiles.`
		};
	const blank = !/\S/.test(new TextDecoder().decode(bytes.subarray(0, 4096)));
	if (!isZip(bytes) && blank)
		return { kind: 'error', message: 'Le fichier est vide : il ne contient aucune ligne.' };
	if (isZip(bytes) || /\.xlsx$/i.test(name)) {
		try {
			const sheets = await readXlsxSheets(bytes);
			const read = sheets
				.map((s) => ({ sheet: s, table: sheetTable(s, []) }))
				.filter((s) => s.table && s.table.rows.length > 0)
				.map((s) => ({ name: s.sheet.name, table: s.table!, rejected: [] }));
			if (!read.length)
				return {
					kind: 'error',
					message: 'Le classeur ne contient aucune feuille avec un en-tête et des lignes.'
				};
			return { kind: 'table', sheets: read, notes: [] };
		} catch {
			return {
				kind: 'error',
				message:
					'Ce classeur ne peut pas être lu (fichier endommagé, protégé par un mot de passe ou au format .xls ancien). Enregistrez-le au format .xlsx ou CSV, puis importez-le de nouveau.'
			};
		}
	}
	const binary = binaryMessage(bytes);
	if (binary) return { kind: 'error', message: binary };
	const { text, encoding, latinLines } = decodeText(bytes);
	if (/\.(geo)?json$/i.test(name) || /^\s*\{/.test(text)) return { kind: 'geojson', text };
	const sheet = csvSheet(text);
	if (!sheet || !sheet.table.rows.length)
		return {
			kind: 'error',
			message: 'Le fichier ne contient qu’une ligne d’en-tête, sans données.'
		};
	const notes = [
		`Fichier lu comme texte ${encoding === 'utf-8' ? 'UTF-8' : 'Windows-1252 (Excel français)'}.`
	];
	if (latinLines.length) notes.push(latinLinesNote(latinLines));
	if (MOJIBAKE.test(text))
		notes.push(
			'Des caractères accentués semblent abîmés (« Ã© » au lieu de « é ») : le fichier a été converti deux fois. Les noms de communes touchés ne seront pas reconnus ; réenregistrez le fichier en UTF-8 depuis son original.'
		);
	return { kind: 'table', sheets: [sheet], notes };
}
