/** The portrait's key indicators as an export: the comparison's table for one commune. */
import { ofPlace } from '$lib/format/place';
import { compareExport } from '$lib/features/compare/compare-export';
import type { ExportTable } from '$lib/format/table-export';
import type { PortraitRow } from './portrait-data';

/** One line per indicator for the commune, then the Agglomération's and the Gard's lines. */
export function portraitExport(
	rows: readonly PortraitRow[],
	code: string,
	name: string,
	territoryName: string,
	departementName: string
): ExportTable {
	// The export reads neither the other communes' values nor the dot plot's: none are passed.
	const lines = rows.map((r) => ({ ...r, values: { values: {}, counts: {}, missing: {} } }));
	return {
		...compareExport(lines, { [code]: name }, territoryName, departementName),
		title: `Portrait ${ofPlace(name)} (${code})`
	};
}
