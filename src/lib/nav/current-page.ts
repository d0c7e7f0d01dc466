/**
 * Whether a navigation link names the page at `pathname`: its own path, or any page below it
 * (/diagnostic/jeunesse/ is in « Diagnostic »). The root link (the map) matches itself only.
 * Links end with « / » (trailing-slash site); a path without it still matches its link.
 */
export function isCurrentLink(pathname: string, href: string, root: string): boolean {
	const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
	if (href === root) return path === root;
	return path.startsWith(href);
}
