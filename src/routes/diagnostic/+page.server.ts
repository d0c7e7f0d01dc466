/**
 * `/diagnostic/`: the first theme, prerendered. An old link `/diagnostic/?theme=…` is sent on to
 * that theme's page by the browser (the query is not seen when prerendering).
 */
import { loadDiagnostic } from '$lib/features/diagnostic/document.server';
import { DEFAULT_THEME } from '$lib/features/diagnostic/view';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, url }) => ({
	doc: await loadDiagnostic(DEFAULT_THEME, fetch, new URL('../data/', url).pathname)
});
