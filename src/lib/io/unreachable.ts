/**
 * A page's code that the browser could not fetch: the connection is cut (or the site's server is
 * down) and this page was not yet in the offline copy. SvelteKit then shows its error page with
 * status 500, as for a fault in the atlas; it says instead « Page pas encore chargée » (NotFound).
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
