/**
 * Bringing older commune geographies to COG 2025. Counts of merged communes are summed into the
 * new commune; published rates and medians cannot be rebuilt, so the new commune gets NULL.
 */

import { sumOrNull } from '../lib/data/sum-or-null';

/** One commune merge in the Gard since 2018: `from` disappears into `to` on 1 January `year`. */
export interface Merge {
	from: string;
	to: string;
	year: number;
}

/** Gard merges 2018 → 2025 (SOURCES.md §1). */
export const MERGES: readonly Merge[] = [
	{ from: '30157', to: '30052', year: 2019 }, // Mars → Bréau-Mars
	{ from: '30190', to: '30339', year: 2019 }, // Notre-Dame-de-la-Rouvière → Val-d'Aigoual
	{ from: '30094', to: '30329', year: 2025 } // Corbès → Thoiras-Corbès
];

/** Values of one commune, by output column; null = secret or missing. */
export type CommuneValues = Record<string, number | null>;

/** Merges still to apply to a file published in the geography of `cogYear`. */
export function mergesAfter(cogYear: number): Merge[] {
	return MERGES.filter((m) => m.year > cogYear);
}

/** The COG 2025 code of a code published in the geography of `cogYear`. */
export function toCog2025(code: string, cogYear: number): string {
	return mergesAfter(cogYear).find((m) => m.from === code)?.to ?? code;
}

/** Codes published separately in `cogYear` that form each merged COG 2025 commune. */
function mergeGroups(cogYear: number): Map<string, string[]> {
	const groups = new Map<string, string[]>();
	for (const m of mergesAfter(cogYear)) {
		groups.set(m.to, [...(groups.get(m.to) ?? [m.to]), m.from]);
	}
	return groups;
}

/**
 * Counts: the merged commune gets the sum of its parts, column by column. A part that is absent
 * or NULL makes the sum unknown → NULL (a partial sum would understate the count).
 */
export function foldCounts(
	byCode: Map<string, CommuneValues>,
	cogYear: number,
	columns: readonly string[]
): Map<string, CommuneValues> {
	const out = new Map(byCode);
	for (const [to, parts] of mergeGroups(cogYear)) {
		const rows = parts.map((p) => byCode.get(p));
		parts.forEach((p) => out.delete(p));
		if (rows.every((r) => r === undefined)) continue;
		const merged: CommuneValues = {};
		for (const c of columns) merged[c] = sumOrNull(rows.map((r) => r?.[c]));
		out.set(to, merged);
	}
	return out;
}

/** Published values (rates, medians): a commune formed by a later merge gets NULL. */
export function foldPublished(
	byCode: Map<string, CommuneValues>,
	cogYear: number,
	columns: readonly string[]
): Map<string, CommuneValues> {
	const out = new Map(byCode);
	for (const [to, parts] of mergeGroups(cogYear)) {
		parts.forEach((p) => out.delete(p));
		out.set(to, Object.fromEntries(columns.map((c) => [c, null])));
	}
	return out;
}
