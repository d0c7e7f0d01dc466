/**
 * A page's code that the browser could not fetch: the connection is cut (or the site's server is
 * down) and this page was not yet in the offline copy. SvelteKit then shows its error page with
 * status 500, as for a fault in the atlas; the page says instead what happened and what to do.
 */

/**
 * The messages of a failed fetch of a page's code or data: a module import (Chromium, Firefox,
 * Safari), its style sheet (Vite's preloading, which throws first when the connection is cut), a
 * data file (`fetch`).
 */
const FAILED_FETCH =
	/dynamically imported module|Importing a module script failed|Unable to preload CSS|Failed to fetch|NetworkError/i;

/** Whether `error` is a page's code (or data) that could not be fetched. */
export function isUnreachable(error: unknown): boolean {
	return error instanceof Error && FAILED_FETCH.test(error.message);
}

export const UNREACHABLE_TEXT =
	'Cette page n’a pas pu être chargée : le site ne répond pas, la connexion est peut-être coupée. Rechargez-la une fois la connexion revenue. Pour travailler sans réseau (salle de forum), ouvrez l’atlas une première fois connecté et laissez-le se charger : il garde alors une copie de toutes ses pages.';
