/**
 * The comparison's age bands and trends: their indicators (not in the catalogue), and where their
 * values come from. The pipeline runs the indicator SQL on them at build time, as it does for the
 * catalogue's snapshot, and writes `compare-snapshot.json`: the page shows them with its table,
 * without waiting for DuckDB (8 s on this machine's /comparer). Should that file be missing (a
 * page older than its data), the engine computes them with the same SQL.
 */
import type { Indicator } from '$lib/indicators/types';
import { ageBandIndicators } from './age-structure';
import { trendIndicators } from './trends';

/** The file the pipeline writes them into, beside `snapshot.json`. */
export const COMPARE_SNAPSHOT = 'compare-snapshot.json';

/** The age bands' and the trends' indicators, in that order. */
export const compareFigureIndicators: readonly Indicator[] = [
	...ageBandIndicators,
	...trendIndicators
];
