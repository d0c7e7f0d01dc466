/** Legend items of each map view, in French, with the number of communes of each class. Pure. */
import { clusterLabels, hotSpotLabels } from '$lib/analysis/clusters';
import { formatNumber } from '$lib/format/number';
import { clusterColours, hotSpotColours, levelColours } from './map-colours';
import type { ViewClasses } from './map-view';
import type { MapView } from './settings';

/** One line of the legend. */
export interface LegendItem {
	colour: string | null;
	label: string;
	count: number;
}

const LEVEL_LABELS = ['Non significatif (p > 0,05)', 'p ≤ 0,05', 'p ≤ 0,01', 'p ≤ 0,001'];

/** Items of the legend of `view` (a null colour is drawn hatched: n.d.). */
export function legendItems(view: MapView, vc: ViewClasses, digits: number): LegendItem[] {
	const count = (c: number | null) => vc.classes.filter((x) => x === c).length;
	if (view === 'index') {
		const colours = vc.colours as readonly string[];
		const f = (v: number | undefined) => formatNumber(v ?? null, digits);
		return [
			...colours.map((colour, i) => ({
				colour,
				label: `${i === 0 ? 'de' : 'plus de'} ${f(vc.breaks[i])} à ${f(vc.breaks[i + 1])}`,
				count: count(i)
			})),
			{ colour: null, label: 'Non disponible (n.d.)', count: count(null) }
		];
	}
	if (view === 'significance') {
		return [
			...[3, 2, 1, 0].map((l) => ({
				colour: levelColours[l]!,
				label: LEVEL_LABELS[l]!,
				count: count(l)
			})),
			{ colour: null, label: 'Sans valeur p (n.d. ou sans voisin)', count: count(null) }
		];
	}
	const lisa = view === 'lisa';
	const labels: Record<number, string> = lisa ? clusterLabels : hotSpotLabels;
	const colours = lisa ? clusterColours : hotSpotColours;
	const order = lisa ? [1, 2, 4, 3, 0, 6, 5] : [1, 2, 0, 6, 5];
	return order.map((c) => ({ colour: colours[c] ?? null, label: labels[c]!, count: count(c) }));
}

/**
 * Title of the legend of `view`, in two parts: what the view shows in plain words, and the
 * method's name for the planners (null for the class view). The room reads the first only.
 */
export function legendTitleParts(
	view: MapView,
	variableLabel: string
): { plain: string; term: string | null } {
	if (view === 'index')
		return {
			plain: `${variableLabel} (quantiles, 5 classes ; plus foncé = plus élevé)`,
			term: null
		};
	if (view === 'lisa') return { plain: 'Regroupements de communes voisines', term: 'LISA' };
	if (view === 'significance')
		return {
			plain:
				'Probabilité d’un tel regroupement si les valeurs étaient placées au hasard, sans correction',
			term: 'valeur p du LISA'
		};
	return { plain: 'Points chauds et froids', term: 'Gi*' };
}

/** Title of the legend of `view` (the index or indicator's label for the class view). */
export function legendTitleOf(view: MapView, variableLabel: string): string {
	const { plain, term } = legendTitleParts(view, variableLabel);
	return term ? `${plain} (${term})` : plain;
}
