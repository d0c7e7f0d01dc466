/**
 * A commune's key indicators for its portrait, grouped by CTG theme. The numbers are the
 * comparison page's lines (`compareRows`: value with counts, rank, gap, Agglomération and
 * Gard from summed counts) for this one commune; nothing is computed a second time here.
 */
import { snapshotProvider } from '$lib/data/values';
import type { Indicator, Snapshot, ThemeId, ValueDetail } from '$lib/indicators/types';
import type { Theme } from '$lib/indicators/themes';
import { compareRows, type CompareRow } from '$lib/features/compare/compare-rows';

/** One indicator's line without every commune's values (the portrait shows one commune). */
export type PortraitRow = Omit<CompareRow, 'values'>;

/** The lines of one theme; `note` says why a theme has no indicator. */
export interface ThemeGroup {
	theme: ThemeId;
	label: string;
	rows: PortraitRow[];
	note: string | null;
}

/** The id of the indicator shown in the header as the commune's population. */
export const POPULATION_INDICATOR = 'population_2022';

/** The lines of every indicator for `code`, from the snapshot (the map's first numbers). */
export async function portraitRows(
	code: string,
	indicators: readonly Indicator[],
	territory: readonly string[],
	snapshot: Snapshot
): Promise<PortraitRow[]> {
	const provider = snapshotProvider(snapshot);
	const [values, aggregates] = await Promise.all([
		Promise.all(indicators.map((i) => provider.communeValues(i))),
		Promise.all(indicators.map((i) => provider.aggregates(i)))
	]);
	const byId = <T>(xs: T[]) => Object.fromEntries(indicators.map((i, k) => [i.id, xs[k]!]));
	return compareRows(indicators, [code], territory, byId(values), byId(aggregates)).map(
		({ values: _all, ...row }) => row
	);
}

/** Lines grouped in the themes' order; a theme without lines keeps its note (or is left out). */
export function groupByTheme(
	rows: readonly PortraitRow[],
	themes: readonly Theme[],
	notes: Partial<Record<ThemeId, string>>
): ThemeGroup[] {
	return themes.flatMap((t) => {
		const own = rows.filter((r) => r.indicator.theme === t.id);
		const note = notes[t.id] ?? null;
		return own.length || note ? [{ theme: t.id, label: t.label, rows: own, note }] : [];
	});
}

/** The commune's population and its vintage, from the population line (null if absent). */
export function populationOf(
	rows: readonly PortraitRow[]
): { detail: ValueDetail; indicator: Indicator; vintage: string } | null {
	const row = rows.find((r) => r.indicator.id === POPULATION_INDICATOR);
	const cell = row?.cells[0];
	if (!row || !cell) return null;
	return {
		detail: cell.detail,
		indicator: row.indicator,
		vintage: row.indicator.sources.map((s) => s.vintage).join(', ')
	};
}

/** The services the portrait lists, as the catalogue measures them (distances and counts). */
export const SERVICE_INDICATORS = [
	'ecoles_pour_1000_enfants',
	'distance_france_services',
	'distance_mission_locale_pij',
	'distance_lycee',
	'distance_gare'
] as const;

/** The lines of the service indicators, in that order. */
export function serviceRows(rows: readonly PortraitRow[]): PortraitRow[] {
	return SERVICE_INDICATORS.flatMap((id) => rows.filter((r) => r.indicator.id === id));
}

/** A line as the prerendered page carries it: the indicator by id (the catalogue is in the app). */
export type CompactRow = Omit<PortraitRow, 'indicator'> & { indicator: string };

/** Lines with their indicators replaced by ids, to keep each page's data small. */
export function compactRows(rows: readonly PortraitRow[]): CompactRow[] {
	return rows.map((r) => ({ ...r, indicator: r.indicator.id }));
}

/** Lines with their indicators back from the catalogue; an id it does not know is left out. */
export function expandRows(
	rows: readonly CompactRow[],
	byId: (id: string) => Indicator | undefined
): PortraitRow[] {
	return rows.flatMap((r) => {
		const indicator = byId(r.indicator);
		return indicator ? [{ ...r, indicator }] : [];
	});
}
