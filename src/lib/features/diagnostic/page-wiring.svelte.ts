/**
 * `/diagnostic/?theme=…`, the first address of the diagnostic: prerendering cannot see the query,
 * so the browser sends such a link on to the theme's own page (`/diagnostic/jeunesse/`), with what
 * else the link held said there (the navigation's state). An unknown theme stays on the first
 * theme with a notice saying why. A theme's page says which parameters of its own link it ignores.
 * Either page then writes its address without them.
 */
import { onMount } from 'svelte';
import { goto } from '$app/navigation';
import { diagnosticHref } from './href';
import { page } from '$app/state';
import { cleanAddress } from '$lib/view/clean-address';
import { decodeView, type UrlNote } from '$lib/view/codec';
import { defaultDiagnosticView, diagnosticFields } from './view';

/** Registers the redirection; `onNotes` receives what was wrong with the link. */
export function followThemeLink(
	themes: () => readonly string[],
	onNotes: (n: UrlNote[]) => void
): void {
	onMount(() => {
		const q = page.url.searchParams;
		if (q.size === 0) return;
		const { view, notes } = decodeView(q, diagnosticFields(themes()), defaultDiagnosticView());
		// The link's theme was read (the first of its values, and a known one): its page opens,
		// even when the link held something else too.
		if (view.theme === q.get('theme')) {
			const href = diagnosticHref(view.theme);
			// eslint-disable-next-line svelte/no-navigation-without-resolve -- diagnosticHref resolves it
			void goto(href, { replaceState: true, state: notes.length ? { urlNotes: notes } : {} });
			return;
		}
		onNotes(notes);
		void cleanAddress();
	});
}

/** On a theme's page: the notes the first address handed over, or its own link's parameters. */
export function themePageNotes(onNotes: (n: UrlNote[]) => void): void {
	onMount(() => {
		const handed = page.state.urlNotes;
		if (handed?.length) return onNotes(handed);
		if (page.url.searchParams.size === 0) return;
		onNotes(decodeView(page.url.searchParams, {}, {}).notes);
		void cleanAddress();
	});
}
