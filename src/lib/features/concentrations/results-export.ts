/** The /concentrations results table as an export (same rows as `ResultsTable`). */
import type { ExportTable } from '$lib/format/table-export';
import type { Indicator } from '$lib/indicators/types';
import type { CommuneResult } from './commune-report';

/** Inputs: the table's rows, what the value is, and the indicators it is computed from. */
export interface ResultsExportInput {
	rows: readonly CommuneResult[];
	valueLabel: string;
	digits: number;
	indicators: readonly Indicator[];
	territoryName: string;
}

/**
 * One row per commune, sorted by name; a value not computed is an empty cell. A birth rate among
 * the indicators adds the « peu de naissances » column.
 */
export function resultsExport(input: ResultsExportInput): ExportTable {
	const rows = [...input.rows].sort((a, b) => a.name.localeCompare(b.name, 'fr'));
	const births = input.indicators.some((i) => i.events);
	return {
		title: `Concentrations, ${input.valueLabel}, ${input.territoryName}`,
		columns: [
			{ header: 'Code commune' },
			{ header: 'Commune' },
			{ header: input.valueLabel, digits: input.digits },
			{ header: 'Classe (LISA)' },
			{ header: 'Valeur p', digits: 4 },
			{ header: 'Stabilité' },
			{ header: 'Petit effectif' },
			...(births ? [{ header: 'Peu de naissances' }] : []),
			{ header: 'Indice sans toutes les composantes' }
		],
		rows: rows.map((r) => [
			r.code,
			r.name,
			r.value,
			r.classLabel,
			r.p,
			r.stabilityText,
			r.small ? 'oui' : '',
			...(births ? [r.rare ? 'oui' : ''] : []),
			r.flagged ? 'oui' : ''
		]),
		indicators: [...input.indicators]
	};
}
