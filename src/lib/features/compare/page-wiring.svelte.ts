/** The comparison page's wiring: decode the URL into the first view, keep view and URL in step. */
import { onMount } from 'svelte';
import { resolve } from '$app/paths';
import { page } from '$app/state';
import type { AtlasData } from '$lib/data/static-data';
import { decodeView, encodeView } from '$lib/view/codec';
import { syncViewWithUrl } from '$lib/view/url-sync.svelte';
import type { ComparePage } from './compare.svelte';
import { keepLastComparison, readLastComparison } from './last-comparison';
import { compareFields, defaultCompareView } from './view';

/**
 * The opening URL's query, or the last comparison's when it has none (a bookmark or a link to
 * /comparer/). Only at opening: back and forward to a query-less entry keep meaning « none ».
 */
function orLast(asked: URLSearchParams): URLSearchParams {
	const last = asked.size === 0 ? readLastComparison() : null;
	return last ? new URLSearchParams(last) : asked;
}

/** Registers the page's lifecycle and effects. */
export function wireComparePage(cmp: ComparePage): void {
	const fieldsOf = (data: AtlasData) =>
		compareFields({
			communes: data.territory.communes,
			themes: cmp.themes.map((t) => t.id),
			formerCommunes: data.territory.formerCommunes,
			names: data.names
		});
	const decode = (data: AtlasData, q: URLSearchParams) =>
		decodeView(q, fieldsOf(data), defaultCompareView());

	onMount(() => {
		void cmp.start((data) => {
			// « Comparer » with no query (the menu) reopens the last comparison of this browser,
			// checked as a URL is; the URL then says it (url-sync).
			const { view, notes } = decode(data, orLast(page.url.searchParams));
			cmp.notes = notes;
			return view;
		});
	});
	// Every change of the comparison is kept for the next « Comparer » (last-comparison.ts).
	$effect(() => {
		const view = cmp.ready ? cmp.view : null;
		if (view && cmp.data)
			keepLastComparison(encodeView(view, fieldsOf(cmp.data), defaultCompareView()));
	});
	syncViewWithUrl({
		path: resolve('/comparer/'),
		current: () => (cmp.ready ? cmp.view : null),
		encode: (v) => (cmp.data ? encodeView(v, fieldsOf(cmp.data), defaultCompareView()) : ''),
		decode: (q) => decode(cmp.data!, q),
		apply: (v) => (cmp.view = v),
		onNotes: (notes) => (cmp.notes = notes)
	});
}
