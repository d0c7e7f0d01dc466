/** Classes and colours of the current map view, from the variable and the corrected results. Pure. */
import { classOf } from '$lib/analysis/breaks';
import type { CommuneState } from '$lib/map/feature-states';
import {
	clusterColours,
	classStates,
	hotSpotColours,
	levelColours,
	valueChoropleth
} from './map-colours';
import type { StatsRun } from './run-stats';
import type { MapView } from './settings';
import { significanceLevel } from './significance';
import type { Variable } from './variable';

/** What one view shows: a class per commune (null = n.d.) and the colour of each class. */
export interface ViewClasses {
	classes: (number | null)[];
	colours: Record<number, string | null> | readonly string[];
	/** Breaks of the value classes (index view only). */
	breaks: number[];
}

/** Classes of `view`, or null when the results it needs are not there yet. */
export function viewClasses(
	view: MapView,
	variable: Variable | null,
	run: StatsRun | null,
	clusters: Uint8Array | null,
	hotSpots: Uint8Array | null
): ViewClasses | null {
	switch (view) {
		case 'index': {
			if (!variable) return null;
			const { breaks, colours } = valueChoropleth([], variable.values);
			return { classes: variable.values.map((v) => classOf(v, breaks)), colours, breaks };
		}
		case 'lisa':
			return clusters
				? { classes: Array.from(clusters), colours: clusterColours, breaks: [] }
				: null;
		case 'significance':
			return run
				? {
						classes: Array.from(run.lisa.pValues, significanceLevel),
						colours: levelColours,
						breaks: []
					}
				: null;
		case 'gi':
			return hotSpots
				? { classes: Array.from(hotSpots), colours: hotSpotColours, breaks: [] }
				: null;
	}
}

/** Feature-states of a view. */
export function viewStates(
	codes: readonly string[],
	vc: ViewClasses | null
): Record<string, CommuneState> | null {
	return vc && codes.length ? classStates(codes, vc.classes, vc.colours) : null;
}
