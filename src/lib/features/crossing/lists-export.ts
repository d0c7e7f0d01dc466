/** The /croisements lists (silent needs, needs raised but little measured) as one export. */
import { detailOf } from '$lib/data/indicator-values';
import { sentenceStart } from '$lib/format/sentence';
import { valueCells, valueColumns, type ExportTable } from '$lib/format/table-export';
import type { Indicator, IndicatorValues } from '$lib/indicators/types';
import { zeroIsNoLack, type Crossing, type Thresholds } from './quadrants';

const LISTS = [
	{ reading: 'silent', label: 'Besoin silencieux' },
	{ reading: 'unmeasured', label: 'Besoin exprimé, peu mesuré' }
] as const;

/**
 * The two lists' communes, list by list, by name, with the indicator's value and the mentions.
 * The communes without an equipment that serves a sector (`zeroIsNoLack`) are listed as what
 * they are (« Sans collège, aucune problématique (pas en soi un manque) »), as the page says.
 */
export function crossingListsExport(
	rows: readonly Crossing[],
	indicator: Indicator,
	values: IndicatorValues,
	names: Record<string, string>,
	thresholds: Pick<Thresholds, 'needCuts'>
): ExportTable {
	const name = (c: string) => names[c] ?? c;
	const sector = zeroIsNoLack(indicator, thresholds) ? indicator.servesSector! : null;
	const labelOf = (reading: (typeof LISTS)[number]['reading'], label: string) =>
		reading === 'silent' && sector
			? `${sentenceStart(sector.without)}, aucune problématique (pas en soi un manque)`
			: label;
	return {
		title: `Exprimé et mesuré, ${indicator.label}`,
		columns: [
			{ header: 'Liste' },
			{ header: 'Code commune' },
			{ header: 'Commune' },
			{ header: 'Mentions pondérées pour 1 000 habitants', digits: 2 },
			...valueColumns(indicator)
		],
		rows: LISTS.flatMap(({ reading, label }) =>
			rows
				.filter((r) => r.reading === reading)
				.sort((a, b) => name(a.code).localeCompare(name(b.code), 'fr'))
				.map((r) => [
					labelOf(reading, label),
					r.code,
					name(r.code),
					r.intensity,
					...valueCells(detailOf(values, r.code), indicator)
				])
		),
		indicators: [indicator]
	};
}
