/** The comparison page's wiring: decode the URL into the first view, keep view and URL in step. */
import { onMount } from 'svelte';
import { resolve } from '$app/paths';
import { page } from '$app/state';
import type { AtlasData } from '$lib/data/static-data';
import { decodeView, encodeView } from '$lib/view/codec';
import { syncViewWithUrl } from '$lib/view/url-sync.svelte';
import type { ComparePage } from './compare.svelte';
import { compareFields, defaultCompareView } from './view';

/** Registers the page's lifecycle and effects. */
export function wireComparePage(cmp: ComparePage): void {
	const fieldsOf = (data: AtlasData) =>
		compareFields({
			communes: data.territory.communes,
			themes: cmp.themes.map((t) => t.id),
			formerCommunes: data.territory.formerCommunes
		});
	const decode = (data: AtlasData, q: URLSearchParams) =>
		decodeView(q, fieldsOf(data), defaultCompareView());

	onMount(() => {
		void cmp.start((data) => {
			const { view, notes } = decode(data, page.url.searchParams);
			cmp.notes = notes;
			return view;
		});
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
