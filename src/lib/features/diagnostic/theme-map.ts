/**
 * A key indicator's map for the diagnostic: the map page's model (`choroplethModel`, default
 * classification) drawn by the SVG renderer's markup, so it prints as the map page prints.
 */
import { methodText } from '$lib/analysis/breaks';
import { buildChoropleth } from '$lib/features/atlas/choropleth';
import { defaultCarteView } from '$lib/features/atlas/view';
import type { Indicator } from '$lib/indicators/types';
import { choroplethModel } from '$lib/map/choropleth-model';
import type { SvgGeometry } from '$lib/map/svg/geometry';
import { legendHtml, mapSvg } from '$lib/map/svg/markup';

/** The SVG map and its legend as HTML (null when the indicator has no values). */
export function themeMapMarkup(
	indicator: Indicator,
	values: Record<string, number | null> | undefined,
	territory: readonly string[],
	territoryName: string,
	geometry: SvgGeometry,
	date: Date,
	/** Communes whose rate rests on a tiny denominator: outlined in dashes, said in the legend. */
	small: readonly string[] = []
): string | null {
	if (!values) return null;
	const { method, classes } = defaultCarteView(indicator.id);
	const choropleth = buildChoropleth(indicator, values, territory, method, classes, small);
	const model = choroplethModel({
		indicator,
		choropleth,
		methodLabel: methodText(choropleth.method, choropleth.asked, choropleth.breaks),
		territoryName,
		date
	});
	return (
		mapSvg(geometry, model.fills, model.title, '', '', model.small) +
		legendHtml(
			model.title,
			model.subtitle,
			model.legend,
			`${model.source} · Carte du ${model.date}`,
			'',
			[],
			model.small.length
		)
	);
}
