/** The map's commune table as an export: one row per commune, its value, counts, flag and reason. */
import { detailOf } from '$lib/data/indicator-values';
import { valueCells, valueColumns, type ExportTable } from '$lib/format/table-export';
import type { Indicator, IndicatorValues } from '$lib/indicators/types';

/** The table of `communes` (sorted by name) for one indicator, as the map shows it. */
export function communeTableExport(
	indicator: Indicator,
	communes: readonly string[],
	names: Record<string, string>,
	values: IndicatorValues,
	territoryName: string
): ExportTable {
	const sorted = [...communes].sort((a, b) => (names[a] ?? a).localeCompare(names[b] ?? b, 'fr'));
	return {
		title: `${indicator.label} par commune, ${territoryName}`,
		columns: [{ header: 'Code commune' }, { header: 'Commune' }, ...valueColumns(indicator)],
		rows: sorted.map((c) => [c, names[c] ?? c, ...valueCells(detailOf(values, c), indicator)]),
		indicators: [indicator]
	};
}
