/** Reading mirror CSV files: presence, required columns, numbers (empty = NULL, never 0). */
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { PipelineError } from './errors';

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
			`Fichier manquant dans le miroir : ${file} (attendu dans ${dataDir}). ` +
				'Voir shared/data/SOURCES.md, ou pointer ATLAS_DATA_DIR vers un miroir complet.'
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
		throw new PipelineError(`Colonne(s) manquante(s) dans ${file} : ${missing.join(', ')}`);
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
