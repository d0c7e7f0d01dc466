/** The site's pages (prerendered), to tell an unknown address from a page not cached yet. */
export const KNOWN_PATHS = [
	'/',
	'/ateliers/',
	'/concentrations/',
	'/croisements/',
	'/comparer/',
	'/diagnostic/',
	'/sources/',
	'/donnees/',
	'/presentation/',
	'/presentation/presentateur/'
];

/**
 * The page the service worker sends to, offline, for a navigation it has no copy of, with the
 * address asked in `?adresse=`. A redirect, not the page served in place: its paths are relative,
 * and two levels deep (« /commune/99999/ ») it could not start and its links pointed under the
 * wrong folder.
 */
export const OFFLINE_FALLBACK = '/indisponible/';
/** The query parameter of OFFLINE_FALLBACK naming the address asked. */
export const ASKED_PARAM = 'adresse';

/** A commune portrait's address: `/commune/` and an INSEE code (Corsica's 2A/2B included). */
const PORTRAIT = /^\/commune\/(\d{5}|2[AB]\d{3})\/$/;

/** A diagnostic theme's address: `/diagnostic/` and a theme id (or `tous`). */
const DIAGNOSTIC_THEME = /^\/diagnostic\/[a-z_]+\/$/;

/**
 * True when `pathname` (with or without its trailing slash) is one of the site's pages. A portrait
 * address counts when it has the shape of a commune code; the page itself says if the code is not
 * one of the territory's.
 */
export function isKnownPath(pathname: string): boolean {
	const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
	return KNOWN_PATHS.includes(path) || PORTRAIT.test(path) || DIAGNOSTIC_THEME.test(path);
}
