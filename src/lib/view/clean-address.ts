/** Writes the current page's address without its query (its anchor kept), in place in history. */
import { goto } from '$app/navigation';
import { page } from '$app/state';

export function cleanAddress(): Promise<void> {
	// The current page's own path: already resolved against the base path.
	// eslint-disable-next-line svelte/no-navigation-without-resolve
	return goto(page.url.pathname + page.url.hash, {
		replaceState: true,
		keepFocus: true,
		noScroll: true
	});
}
