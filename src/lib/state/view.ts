/**
 * A view of the map as plain data, and its URL form: the same view can be shared as a link,
 * saved for a presentation, and restored after a reload.
 */
import { METHODS, type Method } from '$lib/classify/breaks';
import { DEFAULT_INDICATOR } from '$lib/indicators/catalogue';

/** What the map shows. */
export interface View {
	indicator: string;
	method: Method;
	classes: number;
	/** Selected commune (INSEE code) or null. */
	commune: string | null;
	/** Problems layer shown on top of the choropleth. */
	problems: boolean;
	/** Map the empirical-Bayes smoothed rate instead of the raw one (ratio indicators). */
	smooth: boolean;
}

/** Limits for the number of classes. */
export const MIN_CLASSES = 3;
export const MAX_CLASSES = 7;

/**
 * The default view: quantiles in 5 classes, on the catalogue's default indicator. Reading and
 * writing a URL both compare with this view, so a link never reopens another indicator.
 */
export function defaultView(indicator: string = DEFAULT_INDICATOR): View {
	return {
		indicator,
		method: 'quantile',
		classes: 5,
		commune: null,
		problems: false,
		smooth: false
	};
}

/** URL query of a view (only what differs from the default, so links stay short). */
export function viewToQuery(view: View): string {
	const d = defaultView();
	const p = new URLSearchParams();
	if (view.indicator !== d.indicator) p.set('indicateur', view.indicator);
	if (view.method !== d.method) p.set('classes', view.method);
	if (view.classes !== d.classes) p.set('n', String(view.classes));
	if (view.commune) p.set('commune', view.commune);
	if (view.problems) p.set('problemes', '1');
	if (view.smooth) p.set('lisse', '1');
	return p.toString();
}

/**
 * A view from a URL query. Unknown or malformed values fall back to the default, so an old or
 * hand-edited link still opens a valid map.
 */
export function queryToView(
	query: URLSearchParams,
	known: { indicators: ReadonlySet<string>; communes: ReadonlySet<string> }
): View {
	const v = defaultView();
	const ind = query.get('indicateur');
	if (ind && known.indicators.has(ind)) v.indicator = ind;
	const m = query.get('classes');
	if (m && m in METHODS) v.method = m as Method;
	const n = Number(query.get('n'));
	if (Number.isInteger(n) && n >= MIN_CLASSES && n <= MAX_CLASSES) v.classes = n;
	const c = query.get('commune');
	if (c && known.communes.has(c)) v.commune = c;
	v.problems = query.get('problemes') === '1';
	v.smooth = query.get('lisse') === '1';
	return v;
}
