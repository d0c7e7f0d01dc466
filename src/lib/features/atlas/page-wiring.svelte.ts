/**
 * The map page's wiring, called once while the page component initialises: decode the URL into
 * the first view, start the atlas, keep view and URL in step, and repaint when the view changes.
 */
import { onMount, untrack } from 'svelte';
import { resolve } from '$app/paths';
import { page } from '$app/state';
import { settle } from '$lib/core/settle';
import type { AtlasData } from '$lib/data/static-data';
import { decodeView, encodeView, type UrlNote } from '$lib/view/codec';
import { syncViewWithUrl } from '$lib/view/url-sync.svelte';
import { hasWebGL2 } from '$lib/map/webgl';
import { holdUntil } from '$lib/io/page-settled';
import type { Atlas } from './atlas.svelte';
import { carteFields, defaultCarteView, problemsAsked, withSmoothingChecked } from './view';
import { isSmoothable } from '$lib/analysis/indicator-smoothing';

/** What the page knows beside the atlas: the notes of ignored URL parameters, and WebGL. */
export class AtlasPageUi {
	notes = $state.raw<UrlNote[]>([]);
	/** False where MapLibre cannot start: the SVG map is then the map. */
	webgl = $state(true);
	/** Whether `webgl` has been checked (it is, as soon as the page runs). */
	checked = $state(false);
}

/** Registers the page's lifecycle and effects; returns what the page shows beside the atlas. */
export function wireAtlasPage(atlas: Atlas): AtlasPageUi {
	const url = new AtlasPageUi();
	const fieldsOf = (data: AtlasData) =>
		carteFields({
			indicators: atlas.indicators.map((i) => i.id),
			communes: data.territory.communes,
			formerCommunes: data.territory.formerCommunes,
			names: data.names
		});
	const smoothable = (id: string) => {
		const ind = atlas.indicators.find((i) => i.id === id);
		return !!ind && isSmoothable(ind);
	};
	const decode = (data: AtlasData, q: URLSearchParams) =>
		withSmoothingChecked(decodeView(q, fieldsOf(data), defaultCarteView()), smoothable);

	onMount(() => {
		// Browser tests and the benchmark read the page's state through this handle.
		(window as unknown as { atlas: Atlas }).atlas = atlas;
		url.webgl = hasWebGL2();
		url.checked = true;
		if (!url.webgl) atlas.attachMap(null);
		const started = atlas.start((data) => {
			const { view, notes } = decode(data, page.url.searchParams);
			url.notes = notes;
			return view;
		}, problemsAsked(page.url.searchParams));
		// The offline copy waits until the first map is interactive (see page-settled.ts).
		holdUntil(started);
		return () => atlas.destroy();
	});
	syncViewWithUrl({
		path: resolve('/'),
		// From the first paint (the SVG map's): the view can change before MapLibre is there.
		current: () => (atlas.paints > 0 && atlas.data ? atlas.view : null),
		encode: (v) => (atlas.data ? encodeView(v, fieldsOf(atlas.data), defaultCarteView()) : ''),
		decode: (q) => decode(atlas.data!, q),
		apply: (v) => {
			// Back, Forward or a link: the theme list and the radios follow the view's indicator,
			// not a theme picked before (they showed one theme while the map showed another's).
			atlas.theme = null;
			atlas.view = v;
			void atlas.select(v.commune);
		},
		onNotes: (notes) => (url.notes = notes)
	});

	// A change of indicator or classes repaints the map (the URL follows through syncViewWithUrl).
	const paintKey = $derived(
		`${atlas.view.indicator}|${atlas.view.method}|${atlas.view.classes}|${atlas.view.smooth}|${atlas.gapTheme}`
	);
	// The SVG map repaints too once first painted, while MapLibre is not there yet (it may wait for
	// the counts). Only the view's key and the map's state trigger it: `refresh` itself paints nothing
	// twice, but a second call during MapLibre's first paint would paint it again.
	$effect(() => {
		const key = paintKey;
		if (!key || (atlas.mapState !== 'ready' && untrack(() => atlas.paints) === 0)) return;
		untrack(() =>
			settle(atlas.refresh(), 'La carte n’a pas pu être mise à jour', (m) => (atlas.error = m))
		);
	});
	// The circles, on whichever map is shown (the counts' own load draws them the first time). The
	// switch alone triggers it: a commune chosen (a new view object) redraws nothing.
	const showProblems = $derived(atlas.view.problems);
	$effect(() => {
		void showProblems;
		untrack(() =>
			settle(
				atlas.updateProblems(false),
				'Les problématiques des ateliers n’ont pas pu être affichées',
				(m) => (atlas.error = m)
			)
		);
	});
	return url;
}
