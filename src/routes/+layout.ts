import type { TerritoryInfo } from '$lib/indicators/types';
import type { LayoutLoad } from './$types';

// Every page is prerendered to static HTML; the map itself starts in the browser.
export const prerender = true;
export const trailingSlash = 'always';

/** The territory's name for the header and titles, read from the pipeline's output at build time. */
export const load: LayoutLoad = async ({ fetch }) => {
	const res = await fetch('/data/territory.json');
	const territory = res.ok ? ((await res.json()) as TerritoryInfo) : null;
	return {
		territoryName: territory?.name ?? 'territoire',
		departementName: territory?.departement.name ?? 'département'
	};
};
