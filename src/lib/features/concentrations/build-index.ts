/** The needs index of the page's settings, with the workshops as an optional extra component. */
import type { NeedsIndexResult } from '$lib/analysis/needs-index';
import type { Indicator, Snapshot } from '$lib/indicators/types';
import { safeNeedsIndex } from './inputs';
import type { Settings } from './settings';
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
