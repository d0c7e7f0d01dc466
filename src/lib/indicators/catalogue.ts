/**
 * The indicator catalogue: every number the atlas shows, with its formula from the columns of
 * `static/data/commune_values.csv`, its sources and caveats (French, for elected officials).
 */
import { activityIndicators } from './catalogue-activity';
import { incomeHousingIndicators } from './catalogue-income-housing';
import { populationIndicators } from './catalogue-population';
import { serviceIndicators } from './catalogue-services';
import type { Indicator } from './types';

export { missingIndicators, type MissingIndicator } from './missing';
export { themeNotes, themes, themeLabel } from './themes';

/** All indicators, in display order within each theme. */
export const indicators: Indicator[] = [
	...populationIndicators,
	...activityIndicators,
	...incomeHousingIndicators,
	...serviceIndicators
];

/**
 * The indicator the map opens on when its link names none. The URL leaves it out, so reading and
 * writing a link must use this one value (`src/lib/features/atlas/view.ts` does, for both).
 */
export const DEFAULT_INDICATOR = 'chomage_15_24';

const byId = new Map(indicators.map((i) => [i.id, i]));

/** The indicator with this id, or undefined. */
export function indicatorById(id: string): Indicator | undefined {
	return byId.get(id);
}
