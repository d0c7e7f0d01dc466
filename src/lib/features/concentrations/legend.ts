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

/** Title of the legend of `view` (the index or indicator's label for the class view). */
export function legendTitleOf(view: MapView, variableLabel: string): string {
	if (view === 'index') return `${variableLabel} (quantiles, 5 classes ; plus foncé = plus élevé)`;
	if (view === 'lisa') return 'Regroupements (LISA)';
	if (view === 'significance') return 'Valeur p du LISA (sans correction)';
	return 'Points chauds et froids (Gi*)';
}
