/** Reading mirror CSV files: presence, required columns, numbers (empty = NULL, never 0). */
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { SOURCES } from '../lib/indicators/sources';
import { PipelineError } from './errors';

/** The official dataset behind a file name, in words, for error messages. */
export function datasetOf(file: string): string {
	const s = Object.values(SOURCES).find((x) => x.file === file);
	return s ? `${s.origin} (${s.producer}, ${s.vintage}, ${s.licence})` : 'jeu de données ouvert';
}

const WHAT_TO_DO =
	'Les fichiers livrés avec le projet sont dans data/sources/gard (voir son README) : ' +
	'restaurez-les avec « git checkout -- data/sources/gard », ou, pour un autre millésime, ' +
	'téléchargez ce jeu de données auprès de son producteur et indiquez son dossier avec ATLAS_DATA_DIR.';

/** A parsed CSV file: its name (for messages), header and rows as strings. */
export interface CsvTable {
	file: string;
	columns: string[];
	rows: Record<string, string>[];
}

/** Path of a mirror file, or a clear error naming it when it is absent. */
export function mirrorPath(dataDir: string, file: string): string {
	const p = path.join(dataDir, file);
	if (!fs.existsSync(p)) {
		throw new PipelineError(
			`Fichier manquant : ${file} (attendu dans ${dataDir}).\n` +
				`Jeu de données : ${datasetOf(file)}.\n${WHAT_TO_DO}`
		);
	}
	return p;
}

/** Reads a comma-separated UTF-8 file with a header row and checks the columns it must have. */
export function readCsv(dataDir: string, file: string, required: readonly string[]): CsvTable {
	const text = fs.readFileSync(mirrorPath(dataDir, file), 'utf8').replace(/^\uFEFF/, '');
	const parsed = Papa.parse<Record<string, string>>(text, {
		header: true,
		skipEmptyLines: true
	});
	const columns = parsed.meta.fields ?? [];
	const missing = required.filter((c) => !columns.includes(c));
	if (missing.length > 0) {
		throw new PipelineError(
			`Colonne(s) manquante(s) dans ${file} : ${missing.join(', ')}.\n` +
				`Jeu de données attendu : ${datasetOf(file)}. Le fichier a peut-être été remplacé par ` +
				`une autre édition ou un autre export.\n${WHAT_TO_DO}`
		);
	}
	return { file, columns, rows: parsed.data };
}

/** A cell as a number: empty → null (secret or missing); anything non-numeric is an error. */
export function toNumber(raw: string | undefined, file: string, column: string): number | null {
	const s = (raw ?? '').trim();
	if (s === '') return null;
	const n = Number(s);
	if (!Number.isFinite(n)) {
		throw new PipelineError(`Valeur non numérique « ${s} » dans ${file}, colonne ${column}`);
	}
	return n;
}
