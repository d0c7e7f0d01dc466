/**
 * The map page's first map, for the prerendered HTML: the default view drawn by the SVG renderer
 * from the pipeline's files (read at build time), its legend, and a tiny head script that turns
 * the communes neutral when the link asks for another view (no wrong colours, not even briefly).
 */
import type { FeatureCollection } from 'geojson';
import { render } from 'svelte/server';
import { COUNTING_CIRCLES, keyItems } from '$lib/features/atlas/key-items';
import CompactKey from '$lib/ui/CompactKey.svelte';
import { legendTitle } from '../legend-entries';
import { buildChoropleth } from '$lib/features/atlas/choropleth';
import { indicatorById } from '$lib/indicators/catalogue';
import { smallDenominatorCodes } from '$lib/indicators/reliability';
import { methodText } from '$lib/analysis/breaks';
import type { Snapshot, TerritoryInfo } from '$lib/indicators/types';
import { carteFields, defaultCarteView } from '$lib/features/atlas/view';
import { written } from '$lib/view/codec';
import { choroplethModel } from '../choropleth-model';
import { svgGeometry } from './geometry';
import { AFTER_FIRST_PAINT, legendHtml, mapSvg } from './markup';

/** Class on `<html>` while the communes wait for the colours of the view the link asks for. */
export const PENDING_CLASS = 'atlas-pending';

/** Class on `<html>` when the link asks for the workshops' circles (`?problemes=1`). */
export const CIRCLES_CLASS = 'atlas-circles';

/** URL parameters of the map page that change its colours (commune and problems do not). */
export function colourParams(): string[] {
	return Object.keys(defaultColourParams());
}

/** Each of those parameters as the default view writes it (`n` → « 5 »). */
export function defaultColourParams(): Record<string, string> {
	const f = carteFields({ indicators: [], communes: [] });
	const d = defaultCarteView();
	return {
		[f.indicator.param]: written(f.indicator, d.indicator),
		[f.method.param]: written(f.method, d.method),
		[f.classes.param]: written(f.classes, d.classes),
		[f.smooth.param]: written(f.smooth, d.smooth)
	};
}

/**
 * The inline head script: runs before the first paint, so the default colours never show. A link
 * that spells out the default view (« ?n=5 ») keeps them; a parameter written twice waits for the
 * page, which says which one it read.
 */
export function pendingScript(): string {
	const defaults = JSON.stringify(defaultColourParams());
	// Otherwise, the default view's outlines drawn after its colours are shown two frames after
	// the page is parsed (another view's are drawn by the page, with its colours).
	const later = `addEventListener('DOMContentLoaded',function(){requestAnimationFrame(function(){requestAnimationFrame(function(){document.querySelectorAll('.${AFTER_FIRST_PAINT}').forEach(function(g){g.classList.remove('${AFTER_FIRST_PAINT}')})})})})`;
	const other = `Object.keys(d).some(function(k){var a=q.getAll(k);return a.length>1||(a.length===1&&a[0]!==d[k])})`;
	const problems = carteFields({ indicators: [], communes: [] }).problems;
	const circles = `if(q.get(${JSON.stringify(problems.param)})===${JSON.stringify(written(problems, true))})document.documentElement.classList.add('${CIRCLES_CLASS}');`;
	return `<script>(function(){var q=new URLSearchParams(location.search),d=${defaults};${circles}if(${other})document.documentElement.classList.add('${PENDING_CLASS}');else ${later}})()</script>`;
}

type Fetch = (url: string) => Promise<Response>;

async function json<T>(fetch: Fetch, url: string): Promise<T> {
	const res = await fetch(url);
	if (!res.ok) throw new Error(`${url} : ${res.status} (lancez « npm run data »)`);
	return (await res.json()) as T;
}

/** The default view's first map: the SVG map and its legend, and the compact key. */
export interface FirstMapMarkup {
	map: string;
	/** The compact key of phones and tablets, the same component as the page's. */
	key: string;
}

/** The SVG map, legend and compact key of the default view, from the files under `dataBase`. */
export async function defaultMapMarkup(fetch: Fetch, dataBase: string): Promise<FirstMapMarkup> {
	const [territory, snapshot, communes, outline] = await Promise.all([
		json<TerritoryInfo>(fetch, `${dataBase}territory.json`),
		json<Snapshot>(fetch, `${dataBase}snapshot.json`),
		json<FeatureCollection>(fetch, `${dataBase}communes.geojson`),
		json<FeatureCollection>(fetch, `${dataBase}territory-outline.geojson`)
	]);
	const view = defaultCarteView();
	const indicator = indicatorById(view.indicator);
	const shown = snapshot.indicators[view.indicator];
	if (!indicator || !shown) return { map: '', key: '' };
	const choropleth = buildChoropleth(
		indicator,
		shown.values,
		territory.communes,
		view.method,
		view.classes,
		smallDenominatorCodes(shown, territory.communes)
	);
	const model = choroplethModel({
		indicator,
		choropleth,
		methodLabel: methodText(choropleth.method, choropleth.asked, choropleth.breaks),
		territoryName: territory.name,
		date: new Date()
	});
	const geometry = svgGeometry(communes, outline);
	const key = render(CompactKey, {
		props: {
			title: legendTitle(indicator),
			// The circles' row, shown when the link asks for them (`CIRCLES_CLASS`).
			items: [
				...keyItems(indicator, choropleth, model.small.length, null),
				{ ...COUNTING_CIRCLES, only: 'circles' }
			]
		}
	}).body;
	const map =
		mapSvg(geometry, model.fills, model.title, '', '', model.small, true) +
		legendHtml(model.title, model.subtitle, model.legend, model.source, '', [], model.small.length);
	return { map, key };
}

/**
 * Writes the map into the page's empty map slot, the key into the key's, and the pending script
 * into the head.
 */
export function injectMap(html: string, { map, key }: FirstMapMarkup): string {
	return html
		.replace('</head>', `${pendingScript()}</head>`)
		.replace(/(<div[^>]*\bdata-svg-map\b[^>]*>)(<\/div>)/, `$1${map}$2`)
		.replace(/(<div[^>]*\bdata-early-key\b[^>]*>)(<\/div>)/, `$1${key}$2`);
}
