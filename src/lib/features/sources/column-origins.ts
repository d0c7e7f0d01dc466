/**
 * Where each column of an indicator's formula comes from: the producer's own column (or the rule
 * that built it) and the file, as the pipeline's dictionary records them for `manifest.json`. The
 * sources page writes the formula with the atlas' column names (« rp22_chom1524 »); this says
 * which column of which file each one is (« P22_CHOM1524 », the Dossier complet's extract).
 */
import { COLUMN_DICTIONARY } from '../../../pipeline/dictionary';
import { SOURCES } from '$lib/indicators/sources';
import type { Formula } from '$lib/indicators/types';

/** One column of a formula and its origin. */
export interface ColumnOrigin {
	column: string;
	/** The producer's column, or the rule that built the value. */
	from: string;
	/** The files it is read from (`data/sources/…`). */
	files: string[];
}

/** The columns a formula reads, in its order, each once. */
export function formulaColumns(f: Formula): string[] {
	const columns =
		f.kind === 'ratio'
			? [...f.numerator, ...f.denominator]
			: f.kind === 'growth'
				? [f.from, f.to]
				: [
						f.column,
						...(f.aggregate.kind === 'weighted' ? [f.aggregate.weight] : []),
						...(f.population ? [f.population.column] : [])
					];
	return [...new Set(columns)];
}

/**
 * The origin of each column the dictionary knows; a column it does not know (an imported
 * dataset's) is left out rather than guessed.
 */
export function columnOrigins(f: Formula): ColumnOrigin[] {
	return formulaColumns(f).flatMap((column) => {
		const info = COLUMN_DICTIONARY[column];
		if (!info) return [];
		const files = info.sources.map((id) => SOURCES[id].file);
		return [{ column, from: info.from, files }];
	});
}

/** The files of some origins, each once, in their order. */
export function originFiles(origins: readonly ColumnOrigin[]): string[] {
	return [...new Set(origins.flatMap((o) => o.files))];
}
