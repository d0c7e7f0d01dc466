/**
 * The choropleth legend's rows as data: one per class (« de 12,0 à 20,5 », then « plus de … à
 * … »), the n.d. class and the context. Read by the sidebar legend, the SVG map and its exports.
 */
import { formatNumber } from '$lib/format/number';
import { MISSING_EXPLANATION } from '$lib/format/indicator';
import type { Indicator } from '$lib/indicators/types';
import { CONTEXT_FILL } from './palette';

/** One legend row: a colour (null: the n.d. hatch), a label and a commune count. */
export interface LegendEntry {
	colour: string | null;
	label: string;
	count?: number;
	title?: string;
}

/** What the classes come from (a `Choropleth`'s fields). */
export interface LegendClasses {
	breaks: readonly number[];
	colours: readonly string[];
	counts: readonly number[];
	missing: number;
}

/**
 * Label of the legend: the indicator with its unit, and « taux lissé » when smoothed. A label
 * that already says « pour 1 000 … » takes the unit's fuller words in their place, not after it:
 * « Collèges pour 1 000 enfants de 0 à 14 ans », not « Collèges pour 1 000 enfants (pour 1 000
 * enfants de 0 à 14 ans) ».
 */
export function legendTitle(indicator: Pick<Indicator, 'label' | 'unit'>, smoothed = false) {
	const { label, unit } = indicator;
	const per = /pour 1[\s\u202f]000/.exec(label);
	const named = per && unit.startsWith('pour 1') ? `${label.slice(0, per.index)}${unit}` : null;
	const text = named ?? `${label}${unit ? ` (${unit})` : ''}`;
	return `${text}${smoothed ? ', taux lissé' : ''}`;
}

/** Each class's colour and bounds (a class without both bounds is skipped). */
function classRanges(classes: Pick<LegendClasses, 'breaks' | 'colours'>) {
	return classes.colours.flatMap((colour, i) => {
		const lo = classes.breaks[i];
		const hi = classes.breaks[i + 1];
		return lo === undefined || hi === undefined ? [] : [{ colour, lo, hi, i }];
	});
}

/** The rows: classes, then n.d., then the rest of the département. */
export function legendEntries(
	indicator: Pick<Indicator, 'digits'>,
	classes: LegendClasses
): LegendEntry[] {
	const f = (v: number) => formatNumber(v, indicator.digits);
	const rows: LegendEntry[] = classRanges(classes).map(({ colour, lo, hi, i }) => ({
		colour,
		// A class of one value (the many communes at 0,00: breaks.ts) says that value alone.
		label: lo === hi ? f(lo) : `${i === 0 ? 'de' : 'plus de'} ${f(lo)} à ${f(hi)}`,
		count: classes.counts[i] ?? 0
	}));
	rows.push({
		colour: null,
		label: 'Secret ou non disponible (n.d.)',
		count: classes.missing,
		title: MISSING_EXPLANATION
	});
	rows.push({ colour: CONTEXT_FILL, label: 'Reste du département (contexte)' });
	return rows;
}

/**
 * The same classes, short, for the compact key shown with the map on phones and tablets:
 * « 0,0–17,6 » per class, then « n.d. » (hatched). The full legend keeps counts and wording.
 */
export function compactEntries(
	indicator: Pick<Indicator, 'digits'>,
	classes: Pick<LegendClasses, 'breaks' | 'colours'>
): LegendEntry[] {
	const f = (v: number) => formatNumber(v, indicator.digits);
	const rows: LegendEntry[] = classRanges(classes).map(({ colour, lo, hi }) => ({
		colour,
		label: lo === hi ? f(lo) : `${f(lo)}–${f(hi)}`
	}));
	rows.push({ colour: null, label: 'n.d.', title: MISSING_EXPLANATION });
	return rows;
}
