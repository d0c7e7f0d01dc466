/**
 * One chapter of the diagnostic per CTG theme: its indicators' sentences (from the snapshot's
 * values and aggregates, the map's first numbers) and its data gaps (the theme's note and the
 * indicators open data cannot provide).
 */
import type { ThemeEntry } from '$lib/core/catalogue-registry.svelte';
import type { MissingIndicator } from '$lib/indicators/missing';
import type { Indicator, Snapshot, ThemeId } from '$lib/indicators/types';
import type { ChapterConcentration } from './concentration';
import { indicatorSentence, type DiagnosticSentence } from './sentences';

/** What the page, the print and the Markdown show for one theme. */
export interface Chapter {
	theme: ThemeId;
	label: string;
	sentences: DiagnosticSentence[];
	/** Why the theme is hard to measure with open data (null when it is not). */
	note: string | null;
	missing: MissingIndicator[];
	/** Where needs concentrate (absent when not computed). */
	concentration?: ChapterConcentration;
}

/** Where the numbers come from. */
export interface ChapterData {
	snapshot: Snapshot;
	territory: readonly string[];
	names: Record<string, string>;
	departementName: string;
}

/** The chapter of `theme`, from the indicators of the catalogue that belong to it. */
export function buildChapter(
	theme: ThemeEntry,
	indicators: readonly Indicator[],
	data: ChapterData
): Chapter {
	const sentences = indicators
		.filter((i) => i.theme === theme.id)
		.flatMap((indicator) => {
			const s = data.snapshot.indicators[indicator.id];
			if (!s) return [];
			return [
				indicatorSentence({
					indicator,
					aggregates: { territory: s.territory, departement: s.departement },
					values: s,
					territory: data.territory,
					names: data.names,
					departementName: data.departementName
				})
			];
		});
	return {
		theme: theme.id,
		label: theme.label,
		sentences,
		note: theme.note ?? null,
		missing: theme.missing
	};
}
