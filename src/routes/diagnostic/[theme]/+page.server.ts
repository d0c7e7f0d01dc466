/** One theme's diagnostic (or `tous`), prerendered with its sentences, maps and concentrations. */
import { diagnosticThemes, loadDiagnostic } from '$lib/features/diagnostic/document.server';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => diagnosticThemes().map((theme) => ({ theme }));

export const load: PageServerLoad = async ({ params, fetch, url }) => ({
	doc: await loadDiagnostic(params.theme, fetch, new URL('../../data/', url).pathname)
});
