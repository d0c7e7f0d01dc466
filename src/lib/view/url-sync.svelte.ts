/**
 * Keeps a page's view and its URL in step, through SvelteKit's navigation: a change of view
 * pushes a history entry (the first write after opening replaces it, so a corrected link does
 * not leave its invalid twin behind), and back or forward restores the view from `page.url`.
 */
import { untrack } from 'svelte';
import { goto } from '$app/navigation';
import { page } from '$app/state';
import { leavingFor } from './clean-address';
import type { UrlNote } from './codec';

/** How a page reads, writes and applies its view; `current` is null until the page is ready. */
export interface ViewBinding<V> {
	/** The page's path, already resolved against the base path (e.g. resolve('/concentrations/')). */
	path: string;
	current: () => V | null;
	encode: (view: V) => string;
	decode: (query: URLSearchParams) => { view: V; notes: UrlNote[] };
	apply: (view: V) => void;
	/** Notes of the latest decoded URL (shown by `UrlNotice`). */
	onNotes: (notes: UrlNote[]) => void;
}

const canonical = (search: string) => new URLSearchParams(search).toString();

/** Registers the two effects (call during component initialisation). */
export function syncViewWithUrl<V>(b: ViewBinding<V>): void {
	let written = false;
	// The current page with a new query string: already resolved against the base path.
	const write = (q: string, replaceState: boolean) => {
		if (leavingFor(b.path)) return;
		// eslint-disable-next-line svelte/no-navigation-without-resolve
		void goto(b.path + (q ? `?${q}` : ''), { replaceState, keepFocus: true, noScroll: true });
	};
	// View → URL.
	$effect(() => {
		const view = b.current();
		if (view === null) return;
		const q = b.encode(view);
		if (q === untrack(() => canonical(page.url.search))) {
			written = true;
			return;
		}
		const replaceState = !written;
		written = true;
		write(q, replaceState);
	});
	// URL → view (back, forward, or a link to the same page).
	$effect(() => {
		void page.url.search;
		untrack(() => {
			const view = b.current();
			if (view === null) return;
			const decoded = b.decode(page.url.searchParams);
			const q = b.encode(view);
			if (b.encode(decoded.view) === q) {
				// A link to the view already shown: nothing to apply, but what it got wrong is
				// said, and the corrected link replaces it.
				if (decoded.notes.length) {
					b.onNotes(decoded.notes);
					write(q, true);
				}
				return;
			}
			b.onNotes(decoded.notes);
			b.apply(decoded.view);
		});
	});
}
