/**
 * `/diagnostic/?theme=…`, the first address of the diagnostic: prerendering cannot see the query,
 * so the browser sends such a link on to the theme's own page (`/diagnostic/jeunesse/`). An
 * unknown theme stays on the first theme with a notice saying why.
 */
import { onMount } from 'svelte';
import { goto } from '$app/navigation';
import { diagnosticHref } from './href';
import { page } from '$app/state';
import { decodeView, type UrlNote } from '$lib/view/codec';
import { defaultDiagnosticView, diagnosticFields } from './view';

/** Registers the redirection; `onNotes` receives what was wrong with the link. */
export function followThemeLink(
	themes: () => readonly string[],
	onNotes: (n: UrlNote[]) => void
): void {
	onMount(() => {
		const q = page.url.searchParams;
		if (!q.has('theme')) return;
		const { view, notes } = decodeView(q, diagnosticFields(themes()), defaultDiagnosticView());
		if (notes.length) onNotes(notes);
		// eslint-disable-next-line svelte/no-navigation-without-resolve -- diagnosticHref resolves it
		else void goto(diagnosticHref(view.theme), { replaceState: true });
	});
}
