/** The comparison as an export: one line per indicator and commune, then the two references. */
import { counted } from '$lib/format/plural';
import { rankText } from '$lib/format/rank';
import type { ExportTable } from '$lib/format/table-export';
import { aggregateMissing, missingWhy, reliabilityCell } from '$lib/format/indicator';
import type { CompareRow } from './compare-rows';

/** Long format (indicators have different units): each value keeps its indicator's decimals. */
export function compareExport(
	rows: readonly CompareRow[],
	names: Record<string, string>,
	territoryName: string,
	departementName: string
): ExportTable {
	// Each indicator's lines: its communes, then the two references.
	const rowDigits = rows.flatMap(({ indicator, cells }) =>
		Array<number>(cells.length + 2).fill(indicator.digits)
	);
	return {
		title: `Comparaison de communes, ${territoryName}`,
		columns: [
			{ header: 'Indicateur' },
			{ header: 'Unité' },
			{ header: 'Code' },
			{ header: 'Commune ou territoire' },
			{ header: 'Valeur', digits: 2, rowDigits },
			{ header: 'Numérateur', digits: 0, counts: true },
			{ header: 'Dénominateur', digits: 0, counts: true },
			{ header: 'Fiabilité' },
			{ header: 'Raison si non disponible' },
			{ header: 'Rang' },
			{ header: `Écart à ${territoryName}`, digits: 2, rowDigits }
		],
		rows: rows.flatMap(({ indicator: ind, cells, aggregates }) => [
			...cells.map((c) => [
				ind.label,
				ind.unit,
				c.code,
				names[c.code] ?? c.code,
				c.detail.value,
				c.detail.numerator,
				c.detail.denominator,
				reliabilityCell(c.detail, ind),
				missingWhy(c.detail, ind)?.label ?? '',
				c.rank ? rankText(c.rank) : 'non classée',
				c.gap
			]),
			...(
				[
					[territoryName, aggregates.territory],
					[departementName, aggregates.departement]
				] as const
			).map(([label, a]) => [
				ind.label,
				ind.unit,
				'',
				label,
				a.value,
				a.numerator,
				a.denominator,
				// As the screen says it (`formatAggregate`): a value's coverage when partial; for
				// none, why (a median has no value for a set of communes: not « non publié »).
				a.value !== null && a.covered < a.total
					? `${counted(a.covered, 'commune', 'communes')} sur ${a.total}`
					: '',
				a.value === null ? aggregateMissing(a, ind) : '',
				'',
				null
			])
		]),
		indicators: rows.map((r) => r.indicator)
	};
}
