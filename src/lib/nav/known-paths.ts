/** The site's pages (prerendered), to tell an unknown address from a page not cached yet. */
export const KNOWN_PATHS = [
	'/',
	'/ateliers/',
	'/concentrations/',
	'/croisements/',
	'/comparer/',
	'/sources/',
	'/presentation/',
	'/presentation/presentateur/'
];

/** The page the service worker serves, offline, for a navigation it has no copy of. */
export const OFFLINE_FALLBACK = '/indisponible/';

/** True when `pathname` (with or without its trailing slash) is one of the site's pages. */
export function isKnownPath(pathname: string): boolean {
	const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
	return KNOWN_PATHS.includes(path);
}
