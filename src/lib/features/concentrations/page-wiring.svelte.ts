/**
 * The /concentrations page's wiring, called once while the page initialises: restore the view
 * from the URL, start the analysis, and keep settings and URL in step.
 */
import { onMount } from 'svelte';
import { holdUntil } from '$lib/io/page-settled';
import { resolve } from '$app/paths';
import { page } from '$app/state';
import type { UrlNote } from '$lib/view/codec';
import { syncViewWithUrl } from '$lib/view/url-sync.svelte';
import type { Concentrations } from './state.svelte';
import { decodeConcentrations, encodeConcentrations } from './view';

/** The notes of ignored URL parameters, shown by the page. */
export class ConcentrationsUrlNotes {
	notes = $state.raw<UrlNote[]>([]);
}

/** Registers the page's lifecycle and URL effects; returns the URL notes to show. */
export function wireConcentrationsPage(conc: Concentrations): ConcentrationsUrlNotes {
	const url = new ConcentrationsUrlNotes();
	let restored = $state(false);
	conc.connect();
	onMount(() => {
		// Browser tests read the page's state through this handle.
		(window as unknown as { concentrations: Concentrations }).concentrations = conc;
		// A shared link reopens the same view.
		if (page.url.search) {
			const { view, notes } = decodeConcentrations(page.url.searchParams, conc.catalogue);
			conc.settings = view;
			url.notes = notes;
		}
		// Write the URL only once started: SvelteKit's router is not ready during hydration.
		// The offline copy waits for the first map (page-settled.ts).
		holdUntil(conc.start().then(() => (restored = true)));
		return () => conc.destroy();
	});
	syncViewWithUrl({
		path: resolve('/concentrations/'),
		current: () => (restored ? conc.settings : null),
		encode: (s) => encodeConcentrations(s, conc.catalogue),
		decode: (q) => decodeConcentrations(q, conc.catalogue),
		apply: (s) => (conc.settings = s),
		onNotes: (notes) => (url.notes = notes)
	});
	return url;
}
