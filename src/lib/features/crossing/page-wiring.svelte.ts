/**
 * The /croisements page's wiring, called once while the page initialises: reopen the view of a
 * shared link, start the page, keep view and URL in step, and recompute when a choice changes.
 */
import { onMount, untrack } from 'svelte';
import { holdUntil } from '$lib/io/page-settled';
import { resolve } from '$app/paths';
import { page as kitPage } from '$app/state';
import { settle } from '$lib/core/settle';
import type { ThemeId } from '$lib/indicators/types';
import { decodeView, encodeView, type UrlNote } from '$lib/view/codec';
import { syncViewWithUrl } from '$lib/view/url-sync.svelte';
import type { CrossingPage } from './crossing.svelte';
import { croisementsFields, defaultCroisementsView } from './view';

/** What the sidebar shows besides the page state: URL notes and the picker's theme. */
export class CrossingUi {
	notes = $state.raw<UrlNote[]>([]);
	/** Theme picked in the indicator picker; null follows the indicator's own theme. */
	theme = $state<ThemeId | null>(null);
}

/** Registers the page's lifecycle and effects; returns the sidebar's UI state. */
export function wireCrossingPage(page: CrossingPage): CrossingUi {
	const ui = new CrossingUi();
	const fields = croisementsFields({
		indicators: page.indicators.map((i) => i.id),
		workshopThemes: page.themeIds
	});
	const defaults = defaultCroisementsView(page.indicatorId);
	const decode = (q: URLSearchParams) => decodeView(q, fields, defaults);

	onMount(() => {
		// A shared link reopens the same crossing.
		const { view, notes } = decode(kitPage.url.searchParams);
		page.applyView(view);
		ui.notes = notes;
		// start() shows its own failure in page.error; the offline copy waits for it (page-settled.ts).
		holdUntil(page.start());
		return () => page.destroy();
	});
	syncViewWithUrl({
		path: resolve('/croisements/'),
		// Once the first crossing is computed (not when MapLibre has painted: without WebGL it never
		// does, and the SVG map is then the map).
		current: () => (page.states ? page.view : null),
		encode: (v) => encodeView(v, fields, defaults),
		decode,
		apply: (v) => {
			ui.theme = null;
			page.applyView(v);
		},
		onNotes: (notes) => (ui.notes = notes)
	});
	// Said with the link's other notes: the theme is known only once this browser's are read.
	$effect(() => {
		const theme = page.unknownTheme;
		if (!theme) return;
		const reason = 'thème d’atelier inconnu dans ce navigateur : tous les thèmes sont comptés';
		ui.notes = [
			...untrack(() => ui.notes),
			{ param: 'atelier', value: theme.id, reason, kind: 'ignored' }
		];
	});
	$effect(() => {
		void page.hideSmall;
		if (page.indicatorId)
			settle(page.update(), 'Le croisement n’a pas pu être mis à jour', (m) => (page.error = m));
	});
	return ui;
}
