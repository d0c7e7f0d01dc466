/** The diagnostic page's wiring: decode the URL into the first view, keep view and URL in step. */
import { onMount } from 'svelte';
import { resolve } from '$app/paths';
import { page } from '$app/state';
import { decodeView, encodeView } from '$lib/view/codec';
import { syncViewWithUrl } from '$lib/view/url-sync.svelte';
import type { DiagnosticPage } from './diagnostic.svelte';
import { defaultDiagnosticView, diagnosticFields } from './view';

/** Registers the page's lifecycle and effects. */
export function wireDiagnosticPage(p: DiagnosticPage): void {
	const fields = () => diagnosticFields(p.themes.map((t) => t.id));
	const decode = (q: URLSearchParams) => decodeView(q, fields(), defaultDiagnosticView());
	onMount(() => {
		void p.start(() => {
			const { view, notes } = decode(page.url.searchParams);
			p.notes = notes;
			return view;
		});
	});
	syncViewWithUrl({
		path: resolve('/diagnostic/'),
		current: () => (p.ready ? p.view : null),
		encode: (v) => encodeView(v, fields(), defaultDiagnosticView()),
		decode,
		apply: (v) => (p.view = v),
		onNotes: (notes) => (p.notes = notes)
	});
}
