/**
 * The /concentrations map as a choropleth model (`$lib/map/choropleth-model`): the colours of the
 * current view as the page paints them on MapLibre, for the SVG map that shows them first. Pure.
 */
import type { Indicator } from '$lib/indicators/types';
import { mapModel, type ChoroplethModel } from '$lib/map/choropleth-model';
import type { CommuneState } from '$lib/map/feature-states';
import { legendItems, legendTitleOf } from './legend';
import type { ViewClasses } from './map-view';
import type { MapView } from './settings';
import type { Variable } from './variable';

/** The model of `view`, painted as `states` (the page's feature-states of `vc`). */
export function concentrationsModel(input: {
	view: MapView;
	vc: ViewClasses;
	states: Readonly<Record<string, CommuneState>>;
	variable: Pick<Variable, 'label' | 'digits'>;
	/** The indicators analysed (the index's weighted components, or one). */
	indicators: readonly Indicator[];
	territoryName: string;
	date: Date;
}): ChoroplethModel {
	return mapModel({
		states: input.states,
		title: `${legendTitleOf(input.view, input.variable.label)} — ${input.territoryName}`,
		subtitle: 'Communes du territoire ; hachuré : non disponible (n.d.)',
		legend: legendItems(input.view, input.vc, input.variable.digits),
		sources: input.indicators.flatMap((i) => i.sources),
		date: input.date
	});
}
