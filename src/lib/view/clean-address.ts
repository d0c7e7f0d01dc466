/** Writes of the current page's address in place (its query corrected or removed). */
import { untrack } from 'svelte';
import { goto } from '$app/navigation';
import { navigating, page } from '$app/state';

/**
 * Whether a link to another page than `path` is being followed. A write of the address then would
 * be a navigation of its own, which cancels the one under way: the click would do nothing (seen on
 * /concentrations, a link followed while its view was still computed: 6 clicks in 25 lost on a
 * loaded machine). The page is being left, so its address need not be written.
 */
export function leavingFor(path: string): boolean {
	const to = untrack(() => navigating.to?.url.pathname);
	return to !== undefined && to !== path;
}

/** Writes the current page's address without its query (its anchor kept), in place in history. */
export function cleanAddress(): Promise<void> {
	if (leavingFor(page.url.pathname)) return Promise.resolve();
	// The current page's own path: already resolved against the base path.
	// eslint-disable-next-line svelte/no-navigation-without-resolve
	return goto(page.url.pathname + page.url.hash, {
		replaceState: true,
		keepFocus: true,
		noScroll: true
	});
}
