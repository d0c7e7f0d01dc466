/**
 * LISA cluster classes and their French labels. The numeric codes are GeoDa's, so results can be
 * compared with GeoDa and exported to people who use it.
 */

/** Cluster class codes (same numbers as GeoDa). */
export const ClusterClass = {
	NotSignificant: 0,
	HighHigh: 1,
	LowLow: 2,
	LowHigh: 3,
	HighLow: 4,
	/** No value for this unit (missing or under statistical secrecy). */
	Undefined: 5,
	/** No neighbour: the statistic does not exist. */
	Island: 6
} as const;

/** One of the {@link ClusterClass} codes. */
export type ClusterCode = (typeof ClusterClass)[keyof typeof ClusterClass];

/** French labels of the cluster classes, for legends and tooltips. */
export const clusterLabels: Record<ClusterCode, string> = {
	0: 'Non significatif',
	1: 'Élevé entouré d’élevés',
	2: 'Faible entouré de faibles',
	3: 'Faible entouré d’élevés',
	4: 'Élevé entouré de faibles',
	5: 'Valeur manquante',
	6: 'Sans voisin'
};

/**
 * Quadrant of the Moran scatter plot from a standardised value and its spatial lag, with GeoDa's
 * tie rule: a value exactly at the mean, with a lag exactly at the mean, falls in high-high.
 */
export function quadrant(z: number, lag: number): ClusterCode {
	if (z > 0 && lag < 0) return ClusterClass.HighLow;
	if (z < 0 && lag > 0) return ClusterClass.LowHigh;
	if (z < 0 && lag < 0) return ClusterClass.LowLow;
	return ClusterClass.HighHigh;
}

/** Classes of Getis–Ord hot and cold spots. */
export const HotSpotClass = {
	NotSignificant: 0,
	Hot: 1,
	Cold: 2,
	Undefined: 5,
	Island: 6
} as const;

/** One of the {@link HotSpotClass} codes. */
export type HotSpotCode = (typeof HotSpotClass)[keyof typeof HotSpotClass];

/** French labels of hot and cold spots. */
export const hotSpotLabels: Record<HotSpotCode, string> = {
	0: 'Non significatif',
	1: 'Point chaud (valeurs élevées regroupées)',
	2: 'Point froid (valeurs faibles regroupées)',
	5: 'Valeur manquante',
	6: 'Sans voisin'
};
