/** The needs index of the page's settings, with the workshops as an optional extra component. */
import type { NeedsIndexResult } from '$lib/analysis/needs-index';
import type { Indicator, Snapshot, ThemeId } from '$lib/indicators/types';
import { safeNeedsIndex } from './inputs';
import { defaultSettings, type Settings } from './settings';
import { workshopComponent, type WorkshopValues } from './workshop-component';

/**
 * Index result or French error. The workshop component enters when its weight is > 0 and its
 * values, counted with the current filters, are there; until then the index goes without it.
 */
export function buildIndex(
	settings: Settings,
	catalogue: readonly Indicator[],
	snapshot: Snapshot,
	codes: readonly string[],
	workshop: WorkshopValues | null
): { result: NeedsIndexResult | null; error: string | null } {
	const extra =
		settings.workshopWeight > 0 && workshop
			? [workshopComponent(workshop.values, settings.workshopWeight, workshop.example)]
			: [];
	return safeNeedsIndex(settings.choices, settings, catalogue, snapshot, codes, extra);
}

/** The index of one theme with the page's default settings, or its French error. */
export function themeIndex(
	theme: ThemeId,
	catalogue: readonly Indicator[],
	snapshot: Snapshot,
	codes: readonly string[]
): { settings: Settings; result: NeedsIndexResult | null; error: string | null } {
	const settings = defaultSettings(catalogue, theme);
	if (!settings.choices.length)
		return { settings, result: null, error: 'aucun indicateur mesurable pour ce thème' };
	return { settings, ...buildIndex(settings, catalogue, snapshot, codes, null) };
}
