/**
 * The /croisements map as a choropleth model (`$lib/map/choropleth-model`): the bivariate colours
 * the page paints on MapLibre, for the SVG map that shows them first. Pure.
 */
import type { Indicator } from '$lib/indicators/types';
import { mapModel, type ChoroplethModel } from '$lib/map/choropleth-model';
import { communeStates, type CommuneState } from '$lib/map/feature-states';
import { legendTitle, type LegendEntry } from '$lib/map/legend-entries';
import { MISSING_EXPLANATION } from '$lib/format/indicator';
import { BIVARIATE, bivariateColour } from './palette';
import type { Crossing } from './quadrants';

const NEED = ['besoin le moins marqué', 'besoin médian', 'besoin le plus marqué'];
const MENTIONS = ['aucune mention', 'quelques mentions', 'beaucoup de mentions'];

/** The map's feature-states: each crossed commune's colour; `hidden` ones n.d. (hatched). */
export function crossingStates(
	rows: readonly Crossing[],
	hidden: readonly string[]
): Record<string, CommuneState> {
	const fills: Record<string, string | null> = {};
	for (const c of hidden) fills[c] = null;
	for (const r of rows) fills[r.code] = bivariateColour(r.need, r.expressed);
	return communeStates(fills);
}

/** The model of the crossing `rows`, painted as `states` (the page's feature-states). */
export function crossingModel(input: {
	indicator: Indicator;
	states: Readonly<Record<string, CommuneState>>;
	rows: readonly Crossing[];
	/** The workshop problems are the fictional example. */
	example: boolean;
	territoryName: string;
	date: Date;
}): ChoroplethModel {
	const { rows, states } = input;
	const legend: LegendEntry[] = [];
	for (const need of [2, 1, 0] as const)
		for (const expressed of [2, 1, 0] as const)
			legend.push({
				colour: BIVARIATE[need]![expressed]!,
				label: `${NEED[need]} · ${MENTIONS[expressed]}`,
				count: rows.filter((r) => r.need === need && r.expressed === expressed).length
			});
	legend.push({
		colour: null,
		label: 'Secret, non disponible ou écartée (n.d.)',
		count: Object.values(states).filter((s) => s.fill === null).length,
		title: MISSING_EXPLANATION
	});
	const workshops = input.example ? 'ateliers CTG, exemple fictif' : 'ateliers CTG';
	return mapModel({
		states,
		title: `Besoin mesuré (${legendTitle(input.indicator)}) × besoin exprimé — ${input.territoryName}`,
		subtitle: `Terciles du besoin mesuré × mentions des ateliers pour 1 000 habitants${input.example ? ' (exemple fictif)' : ''}`,
		legend,
		sources: [
			...input.indicator.sources,
			{ producer: workshops, vintage: 'problématiques saisies' }
		],
		date: input.date
	});
}
