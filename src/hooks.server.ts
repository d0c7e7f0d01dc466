/**
 * Server hook, run when the site is prerendered (and by `vite dev`): the map page's HTML gets
 * its first map as SVG, so that it shows before any JavaScript runs (src/lib/map/svg/prerender.ts),
 * and the inline script that starts MapLibre before the framework (src/lib/map/early-map.ts).
 */
import type { Handle } from '@sveltejs/kit';
import { withEarlyMap } from '$lib/map/early-map';
import { defaultMapMarkup, injectMap } from '$lib/map/svg/prerender';

let cached: Promise<string> | null = null;

export const handle: Handle = async ({ event, resolve }) => {
	if (event.route.id !== '/') return resolve(event);
	// The page's own URL carries the base path: the data files sit under it.
	const dataBase = new URL('data/', event.url).pathname;
	cached ??= defaultMapMarkup(event.fetch, dataBase).catch((e: unknown) => {
		cached = null;
		throw e;
	});
	const markup = await cached;
	return resolve(event, {
		transformPageChunk: ({ html }) =>
			// MapLibre starts from the HTML, as soon as it is parsed (src/lib/map/early-map.ts).
			withEarlyMap(injectMap(html, markup))
	});
};
