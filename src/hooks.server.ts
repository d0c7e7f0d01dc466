/**
 * Server hook, run when the site is prerendered (and by `vite dev`): the map page's HTML gets
 * its first map as SVG, so that it shows before any JavaScript runs (src/lib/map/svg/prerender.ts),
 * and the inline script that starts MapLibre before the framework (src/lib/map/early-map.ts).
 */
import type { Handle } from '@sveltejs/kit';
import { earlyEngineScript } from '$lib/data/early-engine';
import { withEarlyMap } from '$lib/map/early-map';
import { defaultMapMarkup, injectMap, type FirstMapMarkup } from '$lib/map/svg/prerender';

let cached: Promise<FirstMapMarkup> | null = null;

/**
 * The page with the inline script that starts DuckDB's worker, at the end of its body: it still
 * runs before the framework's modules, and holds nothing before the first paint (in the head, it
 * would wait for the stylesheets like any script there).
 */
const withEarlyEngine = (html: string, onlyWithProblems: boolean) =>
	html.replace('</body>', `${earlyEngineScript(onlyWithProblems)}</body>`);

export const handle: Handle = async ({ event, resolve }) => {
	// /croisements counts the problems as it opens: DuckDB's worker starts from its HTML.
	if (event.route.id === '/croisements')
		return resolve(event, { transformPageChunk: ({ html }) => withEarlyEngine(html, false) });
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
			// DuckDB's worker too, when the URL asks for the problems (src/lib/data/early-engine.ts).
			withEarlyEngine(withEarlyMap(injectMap(html, markup)), true)
	});
};
